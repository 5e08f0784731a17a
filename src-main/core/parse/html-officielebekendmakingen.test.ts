import { describe, expect, it } from 'vitest';
import { QaDocument, isVraagbaakError } from '../model/index.js';
import { parseOfficieleBekendmakingenHtml } from './html-officielebekendmakingen.js';
import type { ParseSource } from './index.js';

const source = (fileName: string): ParseSource => ({ fileName, sha256: 'b'.repeat(64), format: 'html' });

/** An answer page written to the class names of SOURCES §D. */
const ANSWER_HTML = `<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8">
<meta name="DC.identifier" content="ah-tk-20242025-605">
<meta name="DC.type" content="Aanhangsel van de Handelingen">
<meta name="OVERHEIDop.indiener" content="J. Jansen">
<meta name="OVERHEIDop.datumIndiening" content="2024-10-24">
<title>Aanhangsel</title><script>var x = "<div class='vraag'>";</script></head>
<body><div id="broodtekst">
<h1 class="kamervraagomschrijving_kop">Vragen van het lid Jansen (VVD) aan de minister van Financiën over de belastingdienst (ingezonden 24 oktober 2024).</h1>
<p class="kamervraagomschrijving">Antwoord van minister Heinen (Financiën) (ontvangen 21 november 2024).</p>
<div class="vraag"><h2>Vraag 1</h2><p>Kent u het bericht "Belastingdienst kampt met achterstanden"?<sup><a class="nootnum supernote-anchor" href="#n1">1</a></sup></p></div>
<div class="vraag"><h2>Vraag 2</h2><p>Hoeveel bezwaren liggen er?</p></div>
<div class="vraag"><p class="nummer">Vraag 3</p><p>Wanneer zijn die weggewerkt?</p></div>
<div class="antwoord"><h2>Antwoord 1</h2><p>Ja, ik ken het bericht.</p></div>
<div class="antwoord"><h2>Vraag 2, 3</h2><p>Er liggen 12.000 bezwaren &amp; beroepen.<sup><a class="nootnum" href="#n1">1</a></sup></p><ul><li>in box 1;</li><li>in box 3.</li></ul></div>
<div class="voet noot" id="n1"><span class="nootnum">1</span> RTL Nieuws, 20 oktober 2024 (https://www.rtl.nl/nieuws/1)</div>
</div></body></html>`;

const NOTICE_HTML = `<html><head><meta name="DC.identifier" content="ah-tk-20242025-615"></head><body>
<p class="kamervraagnummer">2024Z17538</p>
<h1 class="kamervraagomschrijving_kop">Mededeling van staatssecretaris Coenradie (Justitie en Veiligheid) (ontvangen 19 november 2024).</h1>
<div class="kamervraagopmerking"><p>De vragen van het lid Mutluer kunnen niet binnen de gebruikelijke termijn worden beantwoord.</p></div>
</body></html>`;

describe('officielebekendmakingen HTML (fixtures written to the documented shape; no real sample available)', () => {
  it('reads an answer page: h1/p header, div.vraag with h2 or p.nummer, div.antwoord "Vraag 2, 3", div.voet.noot (fixture written to the documented shape; no real sample available)', () => {
    const d = parseOfficieleBekendmakingenHtml(ANSWER_HTML, source('ah-tk-20242025-605.html'));
    expect(QaDocument.safeParse(d).success).toBe(true);
    expect(d).toMatchObject({
      id: 'ah-tk-20242025-605',
      kind: 'answer',
      title: 'de belastingdienst',
      askedBy: [{ name: 'Jansen', party: 'VVD' }],
      answeredBy: [{ name: 'Heinen', role: 'minister', portfolio: 'Financiën' }],
      submittedOn: '2024-10-24',
      receivedOn: '2024-11-21',
      source: { format: 'html' },
      warnings: [],
    });
    expect(d.questions.map((q) => [q.number, q.text, q.footnoteRefs])).toEqual([
      [1, 'Kent u het bericht "Belastingdienst kampt met achterstanden"?', [1]],
      [2, 'Hoeveel bezwaren liggen er?', []],
      [3, 'Wanneer zijn die weggewerkt?', []],
    ]);
    expect(d.answers).toEqual([
      { questionNumbers: [1], text: 'Ja, ik ken het bericht.', footnoteRefs: [] },
      { questionNumbers: [2, 3], text: 'Er liggen 12.000 bezwaren & beroepen.\n\nin box 1;\n\nin box 3.', footnoteRefs: [1] },
    ]);
    expect(d.footnotes).toEqual([{ number: 1, text: 'RTL Nieuws, 20 oktober 2024 (https://www.rtl.nl/nieuws/1)', url: 'https://www.rtl.nl/nieuws/1' }]);
  });

  it('reads a mededeling page (div.kamervraagopmerking) as a delay notice (fixture written to the documented shape; no real sample available)', () => {
    const d = parseOfficieleBekendmakingenHtml(NOTICE_HTML, source('ah-tk-20242025-615.html'));
    expect(d).toMatchObject({ id: 'ah-tk-20242025-615', kind: 'delay-notice', receivedOn: '2024-11-19', identifiers: { zaak: '2024Z17538' } });
    expect(d.answeredBy[0]).toMatchObject({ name: 'Coenradie', role: 'staatssecretaris' });
    expect(d.answers).toEqual([{ questionNumbers: [], text: 'De vragen van het lid Mutluer kunnen niet binnen de gebruikelijke termijn worden beantwoord.', footnoteRefs: [] }]);
  });

  it('refuses a page without Kamervragen blocks, naming the file', () => {
    let error: unknown = null;
    try {
      parseOfficieleBekendmakingenHtml('<html><body><h1>Welkom</h1><p>Nieuws</p></body></html>', source('home.html'));
    } catch (e) {
      error = e;
    }
    expect(isVraagbaakError(error, 'parse-failed')).toBe(true);
    expect((error as Error).message).toBe('home.html: this HTML is not a Kamervragen page from officielebekendmakingen.nl (no div.vraag, div.antwoord or div.kamervraagopmerking).');
  });
});
