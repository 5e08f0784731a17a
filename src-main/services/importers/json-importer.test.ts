import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isVraagbaakError } from '../../core/model/index.js';
import { parseText } from '../../core/parse/index.js';
import { importFile, importerFor } from './index.js';

const UK_FILE = resolve(import.meta.dirname, '../../../../shared/corpus/uk-json/commons-2024-11.4c508b0.json');
const encode = (value: unknown): Uint8Array => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));

async function reasonOf(fileName: string, bytes: Uint8Array): Promise<string> {
  const error = await importFile(fileName, bytes, parseText).then(
    () => null,
    (e: unknown) => e,
  );
  expect(isVraagbaakError(error)).toBe(true);
  return (error as Error).message;
}

describe('json importer', () => {
  it('turns the real UK file into one document per item, each with its own record as original', async () => {
    const bytes = new Uint8Array(readFileSync(UK_FILE));
    const started = performance.now();
    const made = await importFile('commons-2024-11.4c508b0.json', bytes, parseText);
    console.log(`UK JSON parse of ${made.length} questions: ${(performance.now() - started).toFixed(0)} ms`);
    expect(importerFor('x.JSON').format).toBe('uk-json');
    expect(made).toHaveLength(916);
    const first = made[0];
    expect(first && (JSON.parse(new TextDecoder().decode(first.original)) as { value: { uin: string } }).value.uin).toBe('12320');
    expect(made.every((m) => m.document.source.format === 'uk-json')).toBe(true);
  });

  it('refuses Tweede Kamer open-data Document metadata with what to import instead', async () => {
    const entity = { Id: '1b0f0b98-7c34-418c-98dc-43de7930e685', Soort: 'Antwoord schriftelijke vragen', DocumentNummer: '2024D45011', Titel: 'Antwoord', Datum: '2024-11-20T00:00:00+01:00' };
    expect(await reasonOf('tk.json', encode(entity))).toBe(
      "tk.json: Tweede Kamer open-data metadata holds no question or answer text; import the document's PDF or DOCX (Document(1b0f0b98-7c34-418c-98dc-43de7930e685)/resource).",
    );
    expect(await reasonOf('tk-lijst.json', encode({ '@odata.context': 'x', value: [entity, { ...entity, Id: 'abc' }] }))).toMatch(
      /^tk-lijst\.json: Tweede Kamer open-data metadata holds no question or answer text; .*Document\(1b0f0b98-7c34-418c-98dc-43de7930e685\)\/resource\) for each of its 2 documents\.$/,
    );
  });

  it('refuses invalid JSON, JSON of another shape, and an empty file, naming the file', async () => {
    expect(await reasonOf('kapot.json', encode('[{"value": {"uin": "1"'))).toMatch(/^kapot\.json is not valid JSON \(/);
    expect(await reasonOf('ander.json', encode({ name: 'vraagbaak', version: '0.1.0' }))).toBe(
      'ander.json: this JSON is neither a UK Written Questions API response nor Tweede Kamer open data; Vraagbaak reads JSON only in those shapes.',
    );
    expect(await reasonOf('leeg.json', new Uint8Array())).toBe('leeg.json is empty.');
  });
});
