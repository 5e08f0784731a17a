import { describe, expect, it } from 'vitest';
import { QaDocument, isVraagbaakError } from '../model/index.js';
import type { ParseSource } from './index.js';
import { parseOfficieleBekendmakingenXml } from './xml-officielebekendmakingen.js';

const source = (fileName: string): ParseSource => ({ fileName, sha256: 'a'.repeat(64), format: 'xml' });

/** An answer document (Aanhangsel) written to the element names of SOURCES §D. */
const ANSWER_XML = `<?xml version="1.0" encoding="UTF-8"?>
<officiele-publicatie>
  <metadata>
    <meta name="DC.identifier" content="ah-tk-20242025-604"/>
    <meta name="DC.type" content="Aanhangsel van de Handelingen"/>
    <meta name="OVERHEIDop.indiener" content="M. Mutluer"/>
    <meta name="OVERHEIDop.datumIndiening" content="2024-10-23"/>
  </metadata>
  <vragen>
    <kamervraagkop>
      <kamervraagnummer>2024Z16240</kamervraagnummer>
      <kamervraagomschrijving type="vraag">Vragen van het lid <naam><achternaam>Mutluer</achternaam></naam> (GroenLinks-PvdA) aan de minister van Justitie en Veiligheid over <kamervraagonderwerp>het landelijk kwaliteitskader effectieve jeugdinterventies</kamervraagonderwerp> (ingezonden <datum isodatum="2024-10-23">23 oktober 2024</datum>).</kamervraagomschrijving>
      <kamervraagomschrijving type="antwoord">Antwoord van minister Van Weel (Justitie en Veiligheid) (ontvangen <datum isodatum="2024-11-20">20 november 2024</datum>).</kamervraagomschrijving>
    </kamervraagkop>
    <vraag><nr>Vraag 1</nr><al>Kent u het bericht "Kwaliteitskader jeugd"?<noot id="n1" type="voet"><noot.nr>1</noot.nr><noot.al>NOS, 1 oktober 2024 (https://nos.nl/artikel/1)</noot.al></noot></al></vraag>
    <vraag><nr>Vraag 2</nr><al>Zijn gemeenten meegenomen?</al><al>Zo nee, waarom niet?</al></vraag>
    <vraag><nr>Vraag 3</nr><al>Klopt het dat het kader ondergeschikt is?</al></vraag>
    <antwoord><nr>Antwoord 1</nr><al>Ja.</al></antwoord>
    <antwoord><nr>Antwoord 2, 3</nr><al>Zie het antwoord op vraag 1 en Kamerstuk 35 207, nr. 32.<nootref refid="n1"/></al><al>Tweede alinea &amp; meer.</al></antwoord>
  </vragen>
</officiele-publicatie>`;

/** A question document (kamervragen root, older `nummer` element, a Toelichting). */
const QUESTIONS_XML = `<?xml version="1.0" encoding="UTF-8"?>
<kamervragen>
  <meta name="DC.identifier" content="kv-tk-2024Z18891"/>
  <meta name="OVERHEIDop.indiener" content="S. Tseggai"/>
  <meta name="OVERHEIDop.datumIndiening" content="2024-11-20"/>
  <kamervraagkop>
    <kamervraagnummer>2024Z18891</kamervraagnummer>
    <kamervraagomschrijving type="vraag">Vragen van het lid Tseggai (GroenLinks-PvdA) aan de minister van Justitie en Veiligheid over vergunningverlening aan escortbureaus (ingezonden 20 november 2024).</kamervraagomschrijving>
  </kamervraagkop>
  <vraag><nummer>1</nummer><al>Kent u het bericht over escortbureau Nirvana?</al></vraag>
  <vraag><nummer>2</nummer><al>Welke criteria gelden bij de Bibob-toets?</al><lijst><li><al>Voor gemeenten?</al></li><li><al>Voor het Rijk?</al></li></lijst></vraag>
  <toelicht><al>Deze vragen dienen ter aanvulling op eerdere vragen.</al></toelicht>
</kamervragen>`;

describe('officielebekendmakingen XML (fixtures written to the documented shape; no real sample available)', () => {
  it('reads an answer document: header sentences, grouped answer "Antwoord 2, 3", footnote and its repeated nootref (fixture written to the documented shape; no real sample available)', () => {
    const d = parseOfficieleBekendmakingenXml(ANSWER_XML, source('ah-tk-20242025-604.xml'));
    expect(QaDocument.safeParse(d).success).toBe(true);
    expect(d).toMatchObject({
      id: 'ah-tk-20242025-604',
      kind: 'answer',
      title: 'het landelijk kwaliteitskader effectieve jeugdinterventies',
      askedBy: [{ name: 'Mutluer', party: 'GroenLinks-PvdA' }],
      addressedTo: ['minister van Justitie en Veiligheid'],
      answeredBy: [{ name: 'Van Weel', role: 'minister', portfolio: 'Justitie en Veiligheid' }],
      submittedOn: '2024-10-23',
      receivedOn: '2024-11-20',
      identifiers: { zaak: '2024Z16240', aanhangsel: 'ah-tk-20242025-604', type: 'Aanhangsel van de Handelingen' },
      source: { format: 'xml', fileName: 'ah-tk-20242025-604.xml' },
      warnings: [],
    });
    expect(d.questions).toEqual([
      { number: 1, text: 'Kent u het bericht "Kwaliteitskader jeugd"?', footnoteRefs: [1] },
      { number: 2, text: 'Zijn gemeenten meegenomen?\n\nZo nee, waarom niet?', footnoteRefs: [] },
      { number: 3, text: 'Klopt het dat het kader ondergeschikt is?', footnoteRefs: [] },
    ]);
    expect(d.answers).toEqual([
      { questionNumbers: [1], text: 'Ja.', footnoteRefs: [] },
      { questionNumbers: [2, 3], text: 'Zie het antwoord op vraag 1 en Kamerstuk 35 207, nr. 32.\n\nTweede alinea & meer.', footnoteRefs: [1] },
    ]);
    expect(d.footnotes).toEqual([{ number: 1, text: 'NOS, 1 oktober 2024 (https://nos.nl/artikel/1)', url: 'https://nos.nl/artikel/1' }]);
    expect(d.references).toContainEqual({ inPart: { type: 'answer', index: 1 }, kind: 'kamerstuk', target: '35 207, nr. 32' });
  });

  it('reads a question document with <nummer>, a list inside a question and a Toelichting (fixture written to the documented shape; no real sample available)', () => {
    const d = parseOfficieleBekendmakingenXml(QUESTIONS_XML, source('kv-tk-2024Z18891.xml'));
    expect(d).toMatchObject({ id: 'kv-tk-2024Z18891', kind: 'questions', askedBy: [{ name: 'Tseggai', party: 'GroenLinks-PvdA' }], submittedOn: '2024-11-20', answers: [] });
    expect(d.questions.map((q) => [q.number, q.text])).toEqual([
      [1, 'Kent u het bericht over escortbureau Nirvana?'],
      [2, 'Welke criteria gelden bij de Bibob-toets?\n\nVoor gemeenten?\n\nVoor het Rijk?'],
    ]);
    expect(d.explanations).toEqual([{ afterQuestion: null, text: 'Deze vragen dienen ter aanvulling op eerdere vragen.' }]);
  });

  it('takes asker and date from the metadata when the text has no "Vragen van …" sentence (fixture written to the documented shape; no real sample available)', () => {
    const xml = `<vragen><meta name="DC.identifier" content="ah-tk-20242025-700"/><meta name="OVERHEIDop.indiener" content="A. de Vries"/><meta name="OVERHEIDop.datumIndiening" content="2024-11-01"/>
      <kamervraagkop><kamervraagomschrijving type="antwoord">Antwoord van minister Keijzer (Volkshuisvesting en Ruimtelijke Ordening) (ontvangen 29 november 2024).</kamervraagomschrijving></kamervraagkop>
      <vraag><nr>Vraag 1</nr><al>Hoeveel woningen zijn er gebouwd?</al></vraag><antwoord><nr>Antwoord 1</nr><al>Dat zijn er 80.000.</al></antwoord></vragen>`;
    const d = parseOfficieleBekendmakingenXml(xml, source('ah-700.xml'));
    expect(d.askedBy).toEqual([{ name: 'A. de Vries', party: null }]);
    expect(d.submittedOn).toBe('2024-11-01');
    expect(d.warnings.join(' ')).not.toMatch(/who asked/);
  });

  it('refuses XML that is not well-formed, and XML that is no Kamervragen document, naming the file', () => {
    const reason = (xml: string, fileName: string): string => {
      try {
        parseOfficieleBekendmakingenXml(xml, source(fileName));
      } catch (e) {
        expect(isVraagbaakError(e, 'parse-failed')).toBe(true);
        return (e as Error).message;
      }
      throw new Error('did not throw');
    };
    expect(reason(ANSWER_XML.slice(0, 900), 'afgebroken.xml')).toMatch(/^afgebroken\.xml is not well-formed XML \(line \d+, column \d+: /);
    expect(reason('<rss><channel><title>Nieuws</title></channel></rss>', 'feed.xml')).toBe(
      'feed.xml: this XML is not a Kamervragen document from officielebekendmakingen.nl (it has no <kamervragen> or <vragen> element).',
    );
  });
});
