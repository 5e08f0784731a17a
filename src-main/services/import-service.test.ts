import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
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
    expect(second).toEqual({ imported: [], duplicates: [{ fileName: 'kopie.txt', documentId: id }], failed: [] });
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
    expect(report.failed[0]).toEqual({ fileName: 'antwoord.doc', reason: expect.stringMatching(/unsupported format "\.doc"/) as unknown });
    expect(report.failed[1]?.fileName).toBe('boodschappen.txt');
    expect(report.imported).toHaveLength(1);
    expect(progress).toEqual([
      [1, 3, 'antwoord.doc'],
      [2, 3, 'boodschappen.txt'],
      [3, 3, '000_c9bbddca1680c246.txt'],
    ]);
    expect(await readdir(join(v.archive.dir, 'documents'))).toHaveLength(1);
  });

  it('treats different bytes that parse to the same document id as a duplicate', async () => {
    const v = await openTemp();
    const bytes = new Uint8Array(await readFile(SAMPLE));
    const changed = new Uint8Array([...bytes, 0x0a, 0x0a]);
    const report = await v.importer.importFiles([
      { name: 'a.txt', bytes },
      { name: 'b.txt', bytes: changed },
    ]);
    expect(report.imported).toHaveLength(1);
    expect(report.duplicates).toEqual([{ fileName: 'b.txt', documentId: report.imported[0]?.id }]);
  });

  it('makes imported documents searchable at once and after re-open', async () => {
    const v = await openTemp();
    const { imported } = await v.importer.importFiles([await seedFile()]);
    const id = imported[0]?.id;
    expect(v.search.query('Oeigoeren', 10).map((h) => h.documentId)).toContain(id);
    const dir = v.archive.dir;
    await v.close();
    const again = await openTemp(dir);
    expect(again.search.query('Oeigoeren', 10).map((h) => h.documentId)).toContain(id);
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
