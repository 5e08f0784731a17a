/** The founding document (/work/shared/seed) parsed exactly: every question and key answers verbatim. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { QaDocument } from '../model/index.js';
import { parseText } from './index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const seedPath = path.resolve(repoRoot, '../shared/seed/000_c9bbddca1680c246.txt');
const doc = parseText(readFileSync(seedPath, 'utf8'), { fileName: '000_c9bbddca1680c246.txt', sha256: 'c9bbddca1680c246'.padEnd(64, '0'), format: 'text' });

const QUESTIONS = [
  'Heeft u kennisgenomen van het bericht ‘Minister Pompeo: Chinese behandeling Oeigoeren is genocide’?',
  'Klopt het dat de Amerikaanse minister van Buitenlandse Zaken Mike Pompeo heeft verklaard dat China onder leiding van de Communistische Partij genocide heeft gepleegd op Oeigoeren in Xinjiang?',
  'In hoeverre is dit nu het officiële standpunt van de Amerikaanse regering? Is het de verwachting dat de nieuwe regering onder leiding van Joe Biden dit standpunt overneemt?',
  'Wat zijn de gevolgen van deze Amerikaanse stellingname?',
  'Bent u bereid om nauwe samenwerking te zoeken met de nieuwe Amerikaanse regering om gezamenlijk op te trekken richting China met betrekking tot de situatie van de Oeigoeren? Zo ja, op welke wijze?',
  'Wat is uw appreciatie van het onderliggende rapport van de Congressional Executive Commission on China? Deelt u de conclusies van dit rapport?',
  'Klopt het dat de gerichte inzet van geboortebeperkingsmaatregelen tegen een specifieke groep neerkomt op genocide en dat er sterk bewijs is dat China zich hier middels gedwongen sterilisaties van Oeigoerse vrouwen schuldig aan maakt?',
  'Deelt u de kwalificatie van Pompeo dat China zich schuldig heeft gemaakt aan genocide op de Oeigoeren? Zo nee, waarom niet?',
  'Bent u bereid om een officieel onderzoek te starten, op nationaal of Europees niveau, om te bepalen of China zich inderdaad schuldig maakt aan genocide en op welke wijze?',
  'Bent u bereid om de Chinese autoriteiten te verzoeken om toegang te verlenen voor onafhankelijke onderzoekers tot Xinjiang en de strafkampen en dat u, mocht die toegang niet worden verleend, op basis van de huidige kennis over zult gaan tot de officiële vaststelling dat er genocide plaatsvindt?',
  'Wat zijn de gevolgen van een Nederlandse of Europese vaststelling van genocide, op het gebied van diplomatieke relaties, sancties en handelsrelaties?',
];

describe('seed document 000_c9bbddca1680c246', () => {
  it('is a valid QaDocument (DESIGN §2 schema)', () => {
    expect(QaDocument.safeParse(doc).success).toBe(true);
  });

  it('has metadata from the answer line', () => {
    expect(doc.kind).toBe('answer');
    expect(doc.receivedOn).toBe('2021-02-15');
    expect(doc.answeredBy).toEqual([{ name: 'Blok', role: 'minister', portfolio: 'Buitenlandse Zaken' }]);
    expect(doc.askedBy).toEqual([]);
    expect(doc.submittedOn).toBeNull();
    expect(doc.identifiers).toEqual({});
    expect(doc.id).toMatch(/^sha256:[0-9a-f]{16}$/);
    expect(doc.source).toEqual({ fileName: '000_c9bbddca1680c246.txt', sha256: 'c9bbddca1680c246'.padEnd(64, '0'), format: 'text' });
  });

  it('has all 11 questions verbatim, question 5 healed across the page break', () => {
    expect(doc.questions.map((q) => q.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(doc.questions.map((q) => q.text)).toEqual(QUESTIONS);
    expect(doc.questions[0]?.footnoteRefs).toEqual([1]);
    expect(doc.questions.slice(1).every((q) => q.footnoteRefs.length === 0)).toBe(true);
  });

  it('has 10 answers, one covering questions 3 and 4', () => {
    expect(doc.answers.map((a) => a.questionNumbers)).toEqual([[1], [2], [3, 4], [5], [6], [7], [8], [9], [10], [11]]);
    expect(doc.answers[0]?.text).toBe('Ja.');
    expect(doc.answers[2]?.text).toBe(
      'Het is nog niet duidelijk of de nieuwe Amerikaanse administratie deze vaststelling over zal nemen. Secretary of State Blinken heeft wel tijdens zijn hoorzitting met de Senate Foreign Relations Committee aangegeven de kwalificatie te onderschrijven. Nadere besluitvorming door de Amerikaanse overheid moet worden afgewacht voordat eventuele gevolgen in kaart kunnen worden gebracht.',
    );
    expect(doc.answers[3]?.text).toBe(
      'T.a.v. Xinjiang delen de VS, de EU en NL de ernstige zorgen over de plaatselijke mensenrechtensituatie in het algemeen en de behandeling van de Oeigoeren in het bijzonder. Op dit terrein is de afgelopen jaren al nauw samen opgetrokken met de VS, vooral in VN-verband. Deze samenwerking zal met de nieuwe Amerikaanse regering voortgezet en waar mogelijk en relevant uitgebreid worden.',
    );
    expect(doc.answers[4]?.text).toBe(
      'Het rapport van de Congressional Executive Commission on China geeft een overzicht van mensenrechtenschendingen door de Chinese overheid. Het rapporteert over repressie van minderheden in Xinjiang en Tibet, het ondermijnen van de rechtstaat in Hongkong, beperkingen op vrijheid van religie en levensovertuiging, gebruik van het strafrecht om kritiek te smoren, inperking van de vrijheid van meningsuiting en internetvrijheid, genderongelijkheid, mensensmokkel, een krimpend maatschappelijk middenveld, en het repatriëren van Noord-Koreaanse vluchtelingen. In grote lijnen zijn dit bevindingen waarover ik uw Kamer eerder heb geïnformeerd, onder andere in de brief over Mensenrechten in China van 11 november 2019 (Kamerstuk 35 207, nr. 32).',
    );
    expect(doc.answers[6]?.text).toBe(
      'Het kabinet stelt zich op het standpunt dat er sprake is van grootschalige mensenrechtenschendingen tegen Oeigoeren. Leidend voor de Nederlandse regering bij de erkenning van genocides zijn uitspraken van internationale gerechts- of strafhoven, eenduidige conclusies volgend uit wetenschappelijk onderzoek en vaststellingen door de VN leidend, zoals is vastgesteld in het regeerakkoord. Hiervan is op dit moment geen sprake.',
    );
    expect(doc.answers[8]?.text).toBe(
      'Nederland vraagt China consequent om transparantie en betekenisvolle toegang voor waarnemers, waaronder de VN Hoge Commissaris voor de Mensenrechten, tot Xinjiang en zal dat blijven doen. Wat betreft het vaststellen van genocide met de huidige informatie, zie het antwoord op vraag 8.',
    );
    expect(doc.answers[9]?.text).toBe('Mogelijke gevolgen zijn afhankelijk van de precieze omstandigheden en bevindingen. Daar kan ik niet op vooruit lopen.');
    expect(doc.answers.every((a) => a.footnoteRefs.length === 0)).toBe(true);
  });

  it('moves footnote 1 out of question 5, with its whole URL', () => {
    expect(doc.footnotes).toEqual([
      {
        number: 1,
        text: "NRC.nl, 19 januari 2021, 'Minister Pompeo: Chinese behandeling van Oeigoeren is genocide' (https://www.nrc.nl/nieuws/2021/01/19/minister-pompeo-chinese-behandeling-oeigoeren-is-genocide-a4028198).",
        url: 'https://www.nrc.nl/nieuws/2021/01/19/minister-pompeo-chinese-behandeling-oeigoeren-is-genocide-a4028198',
      },
    ]);
    expect(doc.questions[4]?.text).not.toContain('NRC');
  });

  it('finds the cross-reference from answer 10 to question 8 and the Kamerstuk', () => {
    expect(doc.references).toContainEqual({ inPart: { type: 'answer', index: 8 }, kind: 'question', target: '8' });
    expect(doc.references).toContainEqual({ inPart: { type: 'answer', index: 4 }, kind: 'kamerstuk', target: '35 207, nr. 32' });
    expect(doc.references).toContainEqual({
      inPart: { type: 'footnote', index: 0 },
      kind: 'url',
      target: 'https://www.nrc.nl/nieuws/2021/01/19/minister-pompeo-chinese-behandeling-oeigoeren-is-genocide-a4028198',
    });
    expect(doc.references).toHaveLength(3);
  });

  it('gives the same id for the same text with other line endings', () => {
    const crlf = readFileSync(seedPath, 'utf8').replace(/\n/g, '\r\n');
    expect(parseText(crlf, { fileName: 'x.txt', sha256: '0'.repeat(64), format: 'text' }).id).toBe(doc.id);
  });
});
