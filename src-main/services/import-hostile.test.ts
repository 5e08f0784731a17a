/**
 * Hostile files in one import (issue 11 item 1): each fails alone with its name and a plain reason
 * code, the good file in the same import is imported, no promise is left rejected unhandled, and
 * the archive answers other calls while a file is being read.
 */
import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { corpusPdf, damaged, docxZipBomb, unclosedDivs } from './importers/test-hostile-files.js';
import { SEED_PATH, useTempArchives } from './test-archives.js';

const temp = useTempArchives('vraagbaak-hostile-');
const unhandled: unknown[] = [];
const onUnhandled = (e: unknown): void => {
  unhandled.push(e);
};
beforeEach(() => {
  process.on('unhandledRejection', onUnhandled);
});
afterEach(() => {
  process.off('unhandledRejection', onUnhandled);
});

describe('importing hostile files', () => {
  it('a zip bomb, deep HTML and damaged corpus PDFs fail alone with plain reasons; the good file is imported', async () => {
    const v = await temp.open();
    const pdf = corpusPdf();
    const damagedPdfs = [1, 2, 3, 4, 5, 6].map((seed) => ({ name: `beschadigd-${seed}.pdf`, bytes: damaged(pdf.bytes, seed) }));
    const report = await v.importer.importFiles([
      { name: 'bom.docx', bytes: docxZipBomb(30) },
      { name: 'diep.html', bytes: unclosedDivs(200_000) },
      ...damagedPdfs,
      { name: 'seed.txt', bytes: new Uint8Array(await readFile(SEED_PATH)) },
    ]);
    expect(report.imported.map((s) => s.source.fileName)).toContain('seed.txt');
    const byName = new Map(report.failed.map((f) => [f.fileName, f]));
    expect(byName.get('bom.docx')).toMatchObject({ code: 'too-large' });
    expect(byName.get('diep.html')).toMatchObject({ code: 'too-deep', reason: 'diep.html: the file is nested too deeply to be a Kamervragen document; it was not read' });
    // a damaged PDF is either still readable or fails with its own name and a code, never with a stack trace
    for (const f of report.failed) {
      expect(f.reason.startsWith(f.fileName)).toBe(true);
      expect(f.code).toEqual(expect.any(String));
      expect(f.reason).not.toMatch(/\n\s+at /);
    }
    const handled = new Set([...report.imported.map((s) => s.source.fileName), ...report.failed.map((f) => f.fileName), ...report.duplicates.map((d) => d.fileName), ...(report.replaced ?? []).map((r) => r.fileName)]);
    expect(handled.size).toBe(9);
    expect(unhandled).toEqual([]);
  });

  it('other calls are answered while a file is being read in the worker', async () => {
    const v = await temp.open();
    const order: string[] = [];
    const importing = v.importer.importFiles([{ name: 'diep.html', bytes: unclosedDivs(200_000) }]).then((r) => {
      order.push('import');
      return r;
    });
    const listed = await v.handlers['documents.list']({});
    order.push('list');
    expect(listed).toEqual([]);
    expect((await importing).failed[0]?.code).toBe('too-deep');
    expect(order).toEqual(['list', 'import']);
  });
});
