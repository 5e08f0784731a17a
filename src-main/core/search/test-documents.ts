/**
 * Small, real-shaped documents for the search tests (not used at run time). The seed answer is
 * built by hand from /work/shared/seed/000_c9bbddca1680c246.txt (answer to question 8).
 */
import type { Annotation, QaDocument, Tag } from '../model/index.js';
import type { SavedIndex } from './saved-index.js';

/** Builds a QaDocument with sensible empty defaults; override what the test needs. */
export function makeDocument(over: Partial<QaDocument> & { id: string }): QaDocument {
  return {
    kind: 'answer', title: null, askedBy: [], addressedTo: [], answeredBy: [],
    submittedOn: null, receivedOn: null, identifiers: {}, questions: [], answers: [], footnotes: [],
    references: [], source: { fileName: `${over.id}.txt`, format: 'text', sha256: '0'.repeat(64) }, warnings: [],
    ...over,
  };
}

/** Builds an annotation on one part, with a note and tags. */
export function makeAnnotation(over: Partial<Annotation> & { id: string; documentId: string; part: Annotation['target']['part'] }): Annotation {
  const { part, ...rest } = over;
  return {
    target: { part, quote: { exact: 'x', prefix: '', suffix: '' }, position: { start: 0, end: 1 } },
    note: '', color: 'yellow', tagIds: [], createdAt: '2021-02-16T10:00:00Z', updatedAt: '2021-02-16T10:00:00Z', revision: 1,
    ...rest,
  };
}

export function makeTag(id: string, name: string, parentId: string | null = null): Tag {
  return { id, name, color: '#1d4ed8', parentId, description: '' };
}

export const SEED_ANSWER_8 =
  'Het kabinet stelt zich op het standpunt dat er sprake is van grootschalige mensenrechtenschendingen tegen Oeigoeren. ' +
  'Leidend voor de Nederlandse regering bij de erkenning van genocides zijn uitspraken van internationale gerechts- of ' +
  'strafhoven, eenduidige conclusies volgend uit wetenschappelijk onderzoek en vaststellingen door de VN leidend, zoals ' +
  'is vastgesteld in het regeerakkoord. Hiervan is op dit moment geen sprake.';

/** The seed document, trimmed to questions 7 and 8 with their answers and footnote 1. */
export function seedDocument(): QaDocument {
  return makeDocument({
    id: 'sha256:c9bbddca1680c246',
    kind: 'answer',
    title: 'Minister Pompeo: Chinese behandeling Oeigoeren is genocide',
    askedBy: [{ name: 'Sjoerdsma', party: 'D66' }],
    addressedTo: ['minister van Buitenlandse Zaken'],
    answeredBy: [{ name: 'Blok', role: 'minister', portfolio: 'Buitenlandse Zaken' }],
    receivedOn: '2021-02-15',
    questions: [
      {
        number: 7,
        text: 'Klopt het dat de gerichte inzet van geboortebeperkingsmaatregelen tegen een specifieke groep neerkomt op genocide en dat er sterk bewijs is dat China zich hier middels gedwongen sterilisaties van Oeigoerse vrouwen schuldig aan maakt?',
        footnoteRefs: [],
      },
      {
        number: 8,
        text: 'Deelt u de kwalificatie van Pompeo dat China zich schuldig heeft gemaakt aan genocide op de Oeigoeren? Zo nee, waarom niet?',
        footnoteRefs: [],
      },
    ],
    answers: [
      {
        questionNumbers: [7],
        text: 'Genocide is een zeer ernstig internationaal misdrijf, waarbij het gaat om een aantal ernstige daden die worden gepleegd met de opzet om een specifieke groep geheel of gedeeltelijk uit te roeien (genocidale opzet).',
        footnoteRefs: [],
      },
      { questionNumbers: [8], text: SEED_ANSWER_8, footnoteRefs: [] },
    ],
    footnotes: [
      {
        number: 1,
        text: "NRC.nl, 19 januari 2021, 'Minister Pompeo: Chinese behandeling van Oeigoeren is genocide' (https://www.nrc.nl/nieuws/2021/01/19/minister-pompeo-chinese-behandeling-oeigoeren-is-genocide-a4028198).",
        url: 'https://www.nrc.nl/nieuws/2021/01/19/minister-pompeo-chinese-behandeling-oeigoeren-is-genocide-a4028198',
      },
    ],
  });
}

/**
 * A saved index as it comes back from `index/`: the tables through JSON, the posting bytes copied
 * (nothing shared with the engine that saved it).
 */
export function storedCopy(saved: SavedIndex): SavedIndex {
  return { format: saved.format, postings: saved.postings.slice(), titlePostings: saved.titlePostings.slice(), tables: JSON.parse(JSON.stringify(saved.tables)) as SavedIndex['tables'] };
}
