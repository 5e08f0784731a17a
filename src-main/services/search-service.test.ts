import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_PATH as SEED, useTempArchives } from './test-archives.js';

const { open, tempDir } = useTempArchives('vraagbaak-search-');

/** An archive holding the seed with one annotation note, its index saved; returns its folder. */
async function archiveWithSeed(): Promise<{ dir: string; id: string; seedHits: unknown }> {
  const dir = await tempDir();
  const v = await open(dir);
  const { imported } = await v.importer.importFiles([{ name: 'seed.txt', bytes: new Uint8Array(await readFile(SEED)) }]);
  const id = imported[0]!.id;
  await v.archive.updateAnnotations(id, () => [{
    id: 'ann-1', documentId: id, target: { part: { type: 'answer', index: 0 }, quote: { exact: 'x', prefix: '', suffix: '' }, position: { start: 0, end: 1 } },
    note: 'zeldzaamnotitiewoord', color: 'yellow', tagIds: [], createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', revision: 1,
  }]);
  await v.search.refreshDocuments([id]);
  const seedHits = await v.search.query('mensenrechtenschending', 10);
  await v.search.flush();
  await v.close();
  return { dir, id, seedHits };
}

describe('search service: the saved index', () => {
  it('loads the saved index at open, with notes re-added from the archive', async () => {
    const { dir, id, seedHits } = await archiveWithSeed();
    const v = await open(dir);
    expect(v.indexReport).toMatchObject({ source: 'saved', indexed: 1 });
    expect(await v.search.query('mensenrechtenschending', 10)).toEqual(seedHits);
    expect((await v.search.query('zeldzaamnotitiewoord', 10)).map((h) => h.annotationId)).toEqual(['ann-1']);
    expect((await v.search.query('schendingen', 10)).map((h) => h.documentId)).toContain(id);
  });

  it('rebuilds a deleted index, with progress, and saves it again', async () => {
    const { dir, seedHits } = await archiveWithSeed();
    await rm(join(dir, 'index'), { recursive: true, force: true });
    const v = await open(dir);
    expect(v.indexReport).toMatchObject({ source: 'rebuilt', rebuildReason: 'missing', indexed: 1 });
    expect(await v.search.query('mensenrechtenschending', 10)).toEqual(seedHits);
    const progress: [number, number][] = [];
    await rm(join(dir, 'index'), { recursive: true, force: true });
    expect(await v.search.rebuild((done, total) => progress.push([done, total]))).toMatchObject({ source: 'rebuilt' });
    expect(progress).toEqual([[1, 1]]);
    expect(JSON.parse(await readFile(join(dir, 'index', 'manifest.json'), 'utf8'))).toMatchObject({ version: 2 });
  });

  it('rebuilds a corrupt or truncated index instead of trusting it', async () => {
    const { dir, seedHits } = await archiveWithSeed();
    const body = join(dir, 'index', 'postings.bin');
    await writeFile(body, (await readFile(body)).subarray(0, 20));
    const v = await open(dir);
    expect(v.indexReport).toMatchObject({ source: 'rebuilt', rebuildReason: 'corrupt', indexed: 1 });
    expect(await v.search.query('mensenrechtenschending', 10)).toEqual(seedHits);
    await v.close();
    await writeFile(join(dir, 'index', 'manifest.json'), '{ not json');
    const again = await open(dir);
    expect(again.indexReport).toMatchObject({ source: 'rebuilt', rebuildReason: 'corrupt' });
  });

  it('rebuilds a stale index whose catalog no longer fits', async () => {
    const { dir } = await archiveWithSeed();
    const manifest = join(dir, 'index', 'manifest.json');
    await writeFile(manifest, (await readFile(manifest, 'utf8')).replace(/"fingerprint": "[0-9a-f]+"/, `"fingerprint": "${'0'.repeat(64)}"`));
    const v = await open(dir);
    expect(v.indexReport).toMatchObject({ source: 'rebuilt', rebuildReason: 'stale', indexed: 1 });
  });
});
