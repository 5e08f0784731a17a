import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempArchives } from './test-archives.js';

const REPO = resolve(import.meta.dirname, '../..');
const UK_FILE = resolve(REPO, '../shared/corpus/uk-json/commons-2024-11.4c508b0.json');
const temp = useTempArchives('vraagbaak-many-');

describe('importing a file that holds many documents (UK Written Questions JSON)', () => {
  it('stores one document per question with its own record as original; a second import finds them all as duplicates', async () => {
    const archiveDir = await temp.tempDir();
    const v = await temp.open(archiveDir);
    // the first 25 questions of the real file (all 916 take ~40 s: each document is written and flushed on its own)
    const all = JSON.parse(await readFile(UK_FILE, 'utf8')) as unknown[];
    const items = 25;
    const file = { name: 'commons-2024-11-part.json', bytes: new TextEncoder().encode(JSON.stringify(all.slice(0, items))) };

    const first = await v.importer.importFiles([file]);
    expect(first.failed).toEqual([]);
    expect(first.imported).toHaveLength(items);
    expect(await readdir(join(archiveDir, 'originals'))).toHaveLength(items);

    const one = first.imported.find((s) => s.id === 'uk-wq-2024-11-01-12320');
    expect(one?.source).toMatchObject({ fileName: file.name, format: 'uk-json' });
    const original = JSON.parse(await readFile(join(archiveDir, 'originals', `${one?.source.sha256}.json`), 'utf8')) as { value: { uin: string } };
    expect(original.value.uin).toBe('12320');
    expect((await v.search.query('Personal Independence Payment', 5)).map((h) => h.documentId)).toContain('uk-wq-2024-11-01-12320');

    const second = await v.importer.importFiles([{ ...file, name: 'again.json' }]);
    expect(second.imported).toEqual([]);
    expect(second.failed).toEqual([]);
    expect(second.duplicates).toHaveLength(items);
    expect(second.duplicates[0]).toEqual({ fileName: 'again.json', documentId: first.imported[0]?.id });
  }, 60_000);
});
