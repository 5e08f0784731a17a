import { describe, expect, it } from 'vitest';
import { isVraagbaakError } from '../../core/model/index.js';
import { parseText } from '../../core/parse/index.js';
import { importFile, importerFor } from './index.js';

const XML = `<?xml version="1.0" encoding="UTF-8"?>
<kamervragen><meta name="DC.identifier" content="kv-tk-2024Z18891"/>
<kamervraagkop><kamervraagnummer>2024Z18891</kamervraagnummer>
<kamervraagomschrijving type="vraag">Vragen van het lid Tseggai (GroenLinks-PvdA) aan de minister van Justitie en Veiligheid over escortbureaus (ingezonden 20 november 2024).</kamervraagomschrijving></kamervraagkop>
<vraag><nr>Vraag 1</nr><al>Kent u het bericht?</al></vraag></kamervragen>`;

const HTML = `<html><body><h1 class="kamervraagomschrijving_kop">Vragen van het lid Tseggai (GroenLinks-PvdA) aan de minister van Justitie en Veiligheid over escortbureaus (ingezonden 20 november 2024).</h1>
<div class="vraag"><h2>Vraag 1</h2><p>Kent u het bericht?</p></div></body></html>`;

const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('officielebekendmakingen importers (fixtures written to the documented shape; no real sample available)', () => {
  it('are chosen for .xml, .html and .htm and keep the whole file as original (fixture written to the documented shape; no real sample available)', async () => {
    expect(['a.xml', 'a.HTML', 'a.htm'].map((n) => importerFor(n).format)).toEqual(['xml', 'html', 'html']);
    const xml = await importFile('kv-tk-2024Z18891.xml', bytesOf(XML), parseText);
    expect(xml.map((m) => [m.document.id, m.document.kind, m.document.source.format])).toEqual([['kv-tk-2024Z18891', 'questions', 'xml']]);
    const html = await importFile('vragen.htm', bytesOf(HTML), parseText);
    expect(html.map((m) => [m.document.kind, m.document.source.format, m.document.questions.length])).toEqual([['questions', 'html', 1]]);
    expect(html[0]?.original).toEqual(bytesOf(HTML));
  });

  it('names the file when the XML is invalid or the HTML is no Kamervragen page', async () => {
    const reason = async (name: string, text: string): Promise<string> => {
      const error = await importFile(name, bytesOf(text), parseText).then(
        () => null,
        (e: unknown) => e,
      );
      expect(isVraagbaakError(error, 'parse-failed')).toBe(true);
      return (error as Error).message;
    };
    expect(await reason('stuk.xml', '<kamervragen><vraag>')).toMatch(/^stuk\.xml is not well-formed XML/);
    expect(await reason('pagina.html', '<html><body>Hallo</body></html>')).toMatch(/^pagina\.html: this HTML is not a Kamervragen page/);
  });
});
