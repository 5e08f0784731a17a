/**
 * A briefing as resolved content, built by hand for the Word export tests: Dutch text with ĳ, é
 * and ë, every item kind, notes, themes, footnotes with URLs, and the document of the founding
 * Kamervragen (Sjoerdsma and Van Helvert → minister Blok, Aanhangsel 2020/21 nr. 1682).
 */
import type { BriefingContent, ContentItem, SourceInfo } from '../core/briefing/content.js';
import { annotate, foundingDocument } from '../core/briefing/test-briefings.js';
import { BriefingOptions, type Annotation, type QaDocument } from '../core/model/index.js';

/** The source line of the founding document, as core/briefing/source-info.ts words it. */
export const SOURCE: SourceInfo = {
  documentId: 'ah-tk-20202021-1682',
  title: 'Antwoord van minister Blok over de mensenrechtensituatie van de Oeigoeren',
  citation:
    'Aanhangsel Handelingen II 2020/21, nr. 1682. Vragen van de leden Sjoerdsma (D66) en Van Helvert (CDA), ingezonden 20 januari 2021; antwoord van minister Blok (Buitenlandse Zaken), ontvangen 15 februari 2021.',
  askedBy: 'Sjoerdsma (D66) en Van Helvert (CDA)',
  answeredBy: 'minister Blok (Buitenlandse Zaken)',
  date: '2021-02-15',
  reference: 'Aanhangsel Handelingen II 2020/21, nr. 1682',
  url: 'https://zoek.officielebekendmakingen.nl/ah-tk-20202021-1682.html',
};

const ANSWER_3 =
  'Het kabinet deelt de zorgen over de situatie in Xinjiang. Nederland heeft in EU-verband gepleit voor gerichte sancties; ' +
  'de coördinatie met gelijkgezinde landen is daarbij essentieel.\n\nDe Kamer wordt vóór de zomer geïnformeerd over de ĳkpunten van het beleid.';

/** The founding document's metadata (core/briefing/test-briefings.ts) with questions, answers and footnotes of its own. */
export const DOCUMENT: QaDocument = {
  ...foundingDocument(),
  title: 'de mensenrechtensituatie van de Oeigoeren',
  questions: [
    { number: 1, text: 'Bent u bekend met het bericht „China zet Oeigoeren in kampen”?', footnoteRefs: [1] },
    { number: 2, text: 'Deelt u de mening dat de situatie in Xinjiang een reëel risico op genocide inhoudt?', footnoteRefs: [] },
    { number: 3, text: 'Bent u bereid in EU-verband te pleiten voor sancties?', footnoteRefs: [] },
  ],
  answers: [
    { questionNumbers: [1], text: 'Ja.', footnoteRefs: [] },
    { questionNumbers: [2], text: 'Het kabinet volgt de berichtgeving nauwlettend.', footnoteRefs: [] },
    { questionNumbers: [3], text: ANSWER_3, footnoteRefs: [2] },
  ],
  footnotes: [
    { number: 1, text: 'NOS, 12 januari 2021', url: 'https://nos.nl/artikel/2364812' },
    { number: 2, text: 'Raadsbesluit (GBVB) 2021/481, zie https://eur-lex.europa.eu/eli/dec/2021/481', url: 'https://eur-lex.europa.eu/eli/dec/2021/481' },
    { number: 3, text: 'Zie ook de brief van 3 februari 2021.', url: null },
  ],
  explanations: [],
};

/** A quote of answer 3, highlighted green in the sample. */
export const QUOTE = 'Nederland heeft in EU-verband gepleit voor gerichte sancties';

/** An excerpt of answer 3 with its context, note, themes and footnote. */
export const EXCERPT: Extract<ContentItem, { kind: 'excerpt' }> = {
  kind: 'excerpt',
  itemId: 'i-excerpt',
  anchor: 'ex-i-excerpt',
  source: SOURCE,
  partLabel: 'Antwoord op vraag 3',
  annotationId: 'a-ans',
  color: 'green',
  quote: QUOTE,
  placed: true,
  context: { before: 'Het kabinet deelt de zorgen over de situatie in Xinjiang. ', after: '; de coördinatie met gelijkgezinde landen is daarbij essentieel.' },
  fullPart: null,
  note: 'Vergelijk met de motie-Sjoerdsma.\nDit is de eerste toezegging.',
  themes: ['Mensenrechten', 'Sancties'],
  footnotes: [{ number: 2, text: 'Raadsbesluit (GBVB) 2021/481', url: 'https://eur-lex.europa.eu/eli/dec/2021/481' }],
};

const QA: Extract<ContentItem, { kind: 'qa' }> = {
  kind: 'qa',
  itemId: 'i-qa',
  anchor: 'qa-i-qa',
  source: SOURCE,
  question: { label: 'Vraag 1', text: { text: DOCUMENT.questions[0]?.text ?? '', marks: [] }, footnotes: [{ number: 1, text: 'NOS, 12 januari 2021', url: 'https://nos.nl/artikel/2364812' }] },
  answer: {
    label: 'Antwoord op vraag 1',
    text: { text: 'Ja. Het bericht is mij bekend.', marks: [{ start: 4, end: 30, color: 'pink', annotationId: 'a-qa', note: 'Kort antwoord.', themes: ['Oeigoeren'] }] },
    footnotes: [],
  },
};

/**
 * The full briefing: heading, text, excerpt, heading 2, qa, the document, with options `options`
 * (defaults of the model otherwise).
 */
export function sampleContent(options: Partial<BriefingOptions> = {}): BriefingContent {
  const gone = annotate(DOCUMENT, { type: 'answer', index: 1 }, 'nauwlettend', { id: 'a-gone', color: 'orange', note: 'Verloren aantekening.' });
  const annotations: Annotation[] = [
    annotate(DOCUMENT, { type: 'answer', index: 2 }, QUOTE, { id: 'a-ans', color: 'green', note: 'Toezegging over sancties.', tagIds: ['t-sanc'] }),
    annotate(DOCUMENT, { type: 'title', index: 0 }, 'Oeigoeren', { id: 'a-title', color: 'blue', note: 'Titel gemarkeerd.' }),
    // its quote is no longer in the answer (the text changed on re-import)
    { ...gone, target: { ...gone.target, quote: { exact: 'Deze zin bestaat niet meer', prefix: '', suffix: '' } } },
  ];
  const opts = BriefingOptions.parse(options);
  return {
    title: 'Briefing Oeigoeren en sancties',
    subtitle: 'Wat heeft het kabinet gezegd over financiële sancties?',
    author: 'Eline van der Zee',
    classification: 'Intern',
    date: '2021-03-04',
    locale: opts.locale,
    intro: [{ type: 'paragraph', runs: [{ text: 'Deze briefing bundelt de antwoorden van het kabinet.', bold: false, italic: false }] }],
    options: opts,
    items: [
      { kind: 'heading', itemId: 'h1', anchor: 'sec-h1', level: 1, text: 'Sancties en coördinatie' },
      {
        kind: 'text',
        itemId: 't1',
        blocks: [
          { type: 'paragraph', runs: [{ text: 'Het kabinet is ', bold: false, italic: false }, { text: 'terughoudend', bold: true, italic: false }, { text: ' maar ', bold: false, italic: false }, { text: 'niet afwijzend', bold: false, italic: true }, { text: '.\nTweede regel.', bold: false, italic: false }] },
          { type: 'list', ordered: false, items: [[{ text: 'eerste punt', bold: false, italic: false }], [{ text: 'tweede punt', bold: false, italic: false }]] },
          { type: 'list', ordered: true, items: [[{ text: 'één', bold: false, italic: false }], [{ text: 'twee', bold: false, italic: false }]] },
        ],
      },
      EXCERPT,
      { kind: 'heading', itemId: 'h2', anchor: 'sec-h2', level: 2, text: 'Vragen en antwoorden' },
      QA,
      { kind: 'document', itemId: 'd1', anchor: 'doc-d1', source: SOURCE, document: DOCUMENT, annotations, documentTagIds: ['t-mr'] },
    ],
    omitted: [{ itemId: 'gone', type: 'annotation', reason: 'annotation-deleted', label: '“Deze passage is verwijderd”' }],
    appendix: opts.appendixDocuments ? [{ anchor: 'app-doc', source: SOURCE, document: DOCUMENT, annotations, documentTagIds: ['t-mr'] }] : [],
    tags: [
      { id: 't-mr', name: 'Mensenrechten', color: '#047857', parentId: null, description: '' },
      { id: 't-sanc', name: 'Sancties', color: '#b45309', parentId: null, description: '' },
    ],
  };
}
