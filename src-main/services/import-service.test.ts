import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMPORT_FAILURE_CODES } from '../core/api/types.js';
import { isVraagbaakError } from '../core/model/index.js';
import { REPO_ROOT, SEED_PATH as SEED, useTempArchives } from './test-archives.js';

const SAMPLE = resolve(REPO_ROOT, 'data/samples/ah-tk-20252026-101.txt');
const temp = useTempArchives('vraagbaak-import-');
const openTemp = (dir?: string) => temp.open(dir);

const seedFile = async () => ({ name: '000_c9bbddca1680c246.txt', bytes: new Uint8Array(await readFile(SEED)) });

describe('importFiles', () => {
  it('imports the seed once; a second import is a duplicate, not a second document', async () => {
    const v = await openTemp();
    const first = await v.importer.importFiles([await seedFile()]);
    expect(first.failed).toEqual([]);
    expect(first.imported).toHaveLength(1);
    const id = first.imported[0]?.id;

    const second = await v.importer.importFiles([{ ...(await seedFile()), name: 'kopie.txt' }]);
    expect(second).toEqual({ imported: [], duplicates: [{ fileName: 'kopie.txt', documentId: id }], failed: [], replaced: [] });
    expect(v.documents.list().map((s) => s.id)).toEqual([id]);
    expect(await readdir(join(v.archive.dir, 'documents'))).toHaveLength(1);
  });

  it('keeps the original bytes and stores a document that reads back after re-open', async () => {
    const v = await openTemp();
    const { imported } = await v.importer.importFiles([await seedFile()]);
    const summary = imported[0];
    if (!summary) throw new Error('not imported');
    expect(summary.source).toMatchObject({ fileName: '000_c9bbddca1680c246.txt', format: 'text' });
    const original = await readFile(join(v.archive.dir, 'originals', `${summary.source.sha256}.txt`));
    expect(Buffer.compare(original, await readFile(SEED))).toBe(0);
    const before = await v.documents.get(summary.id);
    const dir = v.archive.dir;
    await v.close();
    const again = await openTemp(dir);
    expect((await again.documents.get(summary.id)).document).toEqual(before.document);
  });

  it('a binary file and an empty file fail with their names; the seed in the same import is still imported', async () => {
    const v = await openTemp();
    const report = await v.importer.importFiles([
      { name: 'scan.txt', bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0x00, 0xff]) },
      { name: 'leeg.txt', bytes: new Uint8Array() },
      await seedFile(),
    ]);
    expect(report.failed.map((f) => f.fileName)).toEqual(['scan.txt', 'leeg.txt']);
    expect(report.failed[0]?.reason).toMatch(/scan\.txt is a binary file/);
    expect(report.failed[1]?.reason).toMatch(/leeg\.txt is empty/);
    expect(report.imported).toHaveLength(1);
    expect(await readdir(join(v.archive.dir, 'originals'))).toHaveLength(1);
  });

  it('reports unsupported formats, text that is not a Kamervragen document, and progress per file', async () => {
    const v = await openTemp();
    const progress: [number, number, string][] = [];
    const report = await v.importer.importFiles(
      [
        { name: 'antwoord.doc', bytes: new TextEncoder().encode('\u00d0\u00cf\u0011\u00e0') },
        { name: 'boodschappen.txt', bytes: new TextEncoder().encode('melk, brood, kaas\n') },
        await seedFile(),
      ],
      (done, total, fileName) => progress.push([done, total, fileName]),
    );
    expect(report.failed[0]).toEqual({
      fileName: 'antwoord.doc',
      reason: expect.stringMatching(/unsupported format "\.doc"/) as unknown,
      code: 'unsupported-extension',
      params: { fileName: 'antwoord.doc', extension: 'doc', supported: expect.stringMatching(/^\.txt, .*\.pdf/) as unknown },
    });
    expect(report.failed[1]).toMatchObject({ fileName: 'boodschappen.txt', code: 'not-kamervragen' });
    expect(report.imported).toHaveLength(1);
    expect(progress).toEqual([
      [1, 3, 'antwoord.doc'],
      [2, 3, 'boodschappen.txt'],
      [3, 3, '000_c9bbddca1680c246.txt'],
    ]);
    expect(await readdir(join(v.archive.dir, 'documents'))).toHaveLength(1);
  });

  it('gives each failure the reason code and params of its error, for the renderer\'s own text', async () => {
    const v = await openTemp();
    const text = (name: string, content: string) => ({ name, bytes: new TextEncoder().encode(content) });
    const report = await v.importer.importFiles([
      text('kapot.xml', '<?xml version="1.0"?>\n<kamervragen>\n  <vraag>\n</kamervragen>'),
      text('ander.xml', '<?xml version="1.0"?><boek><titel>x</titel></boek>'),
      text('pagina.html', '<html><body><p>Hallo</p></body></html>'),
      text('kapot.json', '{"a": '),
      text('ander.json', '{"a": 1}'),
      text('tk.json', JSON.stringify({ Id: '11111111-2222-3333-4444-555555555555', Soort: 'Antwoord schriftelijke vragen', ContentType: 'application/pdf' })),
      text('uk.json', JSON.stringify([{ value: { uin: 1, questionText: 'x' } }])),
      { name: 'latin1.json', bytes: new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d]) },
      text('oud.docx', 'geen zip'),
      { name: 'kapot.docx', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]) },
      text('LEESMIJ', 'tekst'),
      text('leeg.txt', ' \n'),
    ]);
    const byFile = Object.fromEntries(report.failed.map((f) => [f.fileName, f]));
    expect(byFile['kapot.xml']).toMatchObject({ code: 'not-xml', params: { fileName: 'kapot.xml', line: expect.any(Number) as unknown, column: expect.any(Number) as unknown } });
    expect(byFile['ander.xml']).toMatchObject({ code: 'not-kamervragen-xml' });
    expect(byFile['pagina.html']).toMatchObject({ code: 'not-kamervragen-html' });
    expect(byFile['kapot.json']).toMatchObject({ code: 'not-json' });
    expect(byFile['ander.json']).toMatchObject({ code: 'json-unknown-shape' });
    expect(byFile['tk.json']).toMatchObject({ code: 'tk-odata-metadata', params: { documentId: '11111111-2222-3333-4444-555555555555', count: 1 } });
    expect(byFile['uk.json']).toMatchObject({ code: 'uk-item-invalid', params: { item: 1, index: 0 } });
    expect(byFile['latin1.json']).toMatchObject({ code: 'not-decodable', params: { encoding: 'utf-8' } });
    expect(byFile['oud.docx']).toMatchObject({ code: 'docx-not-zip' });
    expect(byFile['kapot.docx']).toMatchObject({ code: 'docx-unreadable' });
    expect(byFile['LEESMIJ']).toMatchObject({ code: 'no-extension', params: { supported: expect.stringContaining('.docx') as unknown } });
    expect(byFile['leeg.txt']).toMatchObject({ code: 'empty-file' });
    for (const failure of report.failed) {
      expect(IMPORT_FAILURE_CODES).toContain(failure.code);
      for (const value of Object.values(failure.params ?? {})) expect(['string', 'number']).toContain(typeof value);
    }
    expect(report.failed).toHaveLength(12);
  });

  it('treats different bytes that parse to the same document (same id and text) as a duplicate', async () => {
    const v = await openTemp();
    const bytes = new Uint8Array(await readFile(SAMPLE));
    const changed = new Uint8Array([...bytes, 0x0a, 0x0a]);
    const report = await v.importer.importFiles([
      { name: 'a.txt', bytes },
      { name: 'b.txt', bytes: changed },
    ]);
    expect(report.imported).toHaveLength(1);
    expect(report.duplicates).toEqual([{ fileName: 'b.txt', documentId: report.imported[0]?.id }]);
    expect(report.replaced).toEqual([]);
  });

  it('makes imported documents searchable at once and after re-open', async () => {
    const v = await openTemp();
    const { imported } = await v.importer.importFiles([await seedFile()]);
    const id = imported[0]?.id;
    expect((await v.search.query('Oeigoeren', 10)).map((h) => h.documentId)).toContain(id);
    const dir = v.archive.dir;
    await v.close();
    const again = await openTemp(dir);
    expect((await again.search.query('Oeigoeren', 10)).map((h) => h.documentId)).toContain(id);
  });

  it('refuses to import into a read-only archive', async () => {
    const v = await openTemp();
    const dir = v.archive.dir;
    await v.close();
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(dir, 'workspace.json'), '{');
    const ro = await openTemp(dir);
    const error = await ro.importer.importFiles([await seedFile()]).catch((e: unknown) => e);
    expect(isVraagbaakError(error, 'archive-read-only')).toBe(true);
    expect(await readdir(join(dir, 'documents'))).toEqual([]);
  });
});
