/**
 * Opening with the search index loaded in the background (`indexInBackground`, the app shells):
 * on a real archive of the corpus whose index/ was deleted, searches made before the rebuild is done
 * wait for it and get the right hits, `app.info` reports the progress, and updates made meanwhile
 * (an import, an index update queued before the load) end up in the index in order.
 */
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../core/api/dispatch.js';
import type { AppInfo, SearchHit } from '../core/api/types.js';
import { createSearchEngine } from '../core/search/index.js';
import { Archive } from '../archive/index.js';
import type { Vraagbaak } from './index.js';
import { createSearchService } from './search-service.js';
import { openVraagbaak } from './index.js';
import { REPO_ROOT, unusedPrinter, useTempArchives } from './test-archives.js';

const CORPUS = resolve(REPO_ROOT, '../shared/corpus/nl-text');
/** imported while the index loads; the others are in the archive before */
const LATE_FILE = 'kvl-r34-De_ontkoppeling_van_ontwikkelingshulp.pdf.txt';

// every Vraagbaak is opened through `temp`: after each test it is closed (its index work stopped)
// before its folder is removed, also when the test failed while the work was still running
const temp = useTempArchives('vraagbaak-background-');
const open: typeof temp.open = (dir, options) => temp.open(dir, { shell: 'web', ...options });

async function fileOf(path: string): Promise<{ name: string; bytes: Uint8Array }> {
  return { name: path.split('/').pop()!, bytes: new Uint8Array(await readFile(path)) };
}

/**
 * The corpus (but LATE_FILE) imported once for this file, closed; each test works on a copy. Importing
 * the corpus is the costly step: once instead of once per test keeps the file cheap on a slow machine.
 */
const corpusArchive = { dir: '', count: 0, hits: [] as SearchHit[] };
beforeAll(async () => {
  corpusArchive.dir = await mkdtemp(join(tmpdir(), 'vraagbaak-background-corpus-'));
  const v = await openVraagbaak({ archiveDir: corpusArchive.dir, printer: unusedPrinter, shell: 'cli', version: 'test' });
  try {
    const names = (await readdir(CORPUS)).filter((n) => n !== LATE_FILE).sort();
    corpusArchive.count = (await v.importer.importFiles(await Promise.all(names.map((n) => fileOf(join(CORPUS, n)))))).imported.length;
    corpusArchive.hits = await v.search.query('minister', 20);
  } finally {
    await v.close();
  }
});
afterAll(async () => {
  if (corpusArchive.dir !== '') await rm(corpusArchive.dir, { recursive: true, force: true });
});

/** A copy of the corpus archive, its index deleted; with the hits of 'minister' before. */
async function archiveWithoutIndex(): Promise<{ dir: string; count: number; hits: SearchHit[] }> {
  const dir = await temp.tempDir();
  await cp(corpusArchive.dir, dir, { recursive: true });
  await rm(join(dir, 'index'), { recursive: true, force: true });
  return { dir, count: corpusArchive.count, hits: corpusArchive.hits };
}

function info(v: Vraagbaak): Promise<AppInfo> {
  return dispatch(v.handlers, 'app.info', {}).then((r) => {
    if (!r.ok) throw new Error(r.error.message);
    return r.value as AppInfo;
  });
}

describe('openVraagbaak with indexInBackground', () => {
  it('opens before the rebuild; early searches wait for it, app.info reports the progress, an import meanwhile is indexed', async () => {
    const { dir, count, hits } = await archiveWithoutIndex();
    expect(count).toBeGreaterThan(20);
    expect(hits.length).toBeGreaterThan(0);

    const lateFile = await fileOf(join(CORPUS, LATE_FILE));
    const during: AppInfo[] = [];
    const late: { import: Promise<unknown> | null } = { import: null };
    let app: Vraagbaak | null = null;
    const v = await open(dir, {
      indexInBackground: true,
      onIndexProgress: () => {
        if (!app) return;
        // called inside the rebuild: app.info answers from that moment, and an import starts then
        void info(app).then((i) => during.push(i));
        late.import ??= app.importer.importFiles([lateFile]);
      },
    });
    app = v;
    // open resolved with the index not yet loaded
    expect((await info(v)).index).toEqual({ state: 'loading', done: 0, total: 0 });
    expect(() => v.indexReport).toThrow(/not ready/);
    const early = await dispatch(v.handlers, 'search.query', { query: 'minister', limit: 20 });
    expect(early).toEqual({ ok: true, value: hits });

    const report = await v.indexReady;
    expect(report).toMatchObject({ source: 'rebuilt', rebuildReason: 'missing', indexed: count });
    expect(v.indexReport).toBe(report);
    expect(during.length).toBeGreaterThan(0);
    for (const i of during) {
      expect(i.index.state).toBe('rebuilding');
      expect(i.index.total).toBe(count);
      expect(i.index.done).toBeLessThanOrEqual(i.index.total);
    }

    expect(late.import).not.toBeNull();
    await late.import;
    const lateId = v.documents.list().find((s) => s.source.fileName === LATE_FILE)?.id;
    expect(lateId).toBeDefined();
    expect((await v.search.query('ontkoppeling', 20)).map((h) => h.documentId)).toContain(lateId);
    expect((await info(v)).index).toEqual({ state: 'ready', done: count + 1, total: count + 1 });

    // the index saved at close holds the late import
    await v.close();
    const again = await open(dir);
    expect(again.indexReport).toMatchObject({ source: 'saved', indexed: count + 1 });
  });

  it('closes without waiting for a rebuild: it stops, nothing half-built is saved, the next open rebuilds', async () => {
    const { dir, count, hits } = await archiveWithoutIndex();
    const v = await open(dir, { indexInBackground: true });
    expect(v.search.status().state).toBe('loading');
    await v.close();
    await expect(v.indexReady).rejects.toThrow(/stopped after 0 of \d+ documents/);
    await expect(readdir(join(dir, 'index'))).rejects.toThrow(/ENOENT/);
    const again = await open(dir);
    expect(again.indexReport).toMatchObject({ source: 'rebuilt', rebuildReason: 'missing', indexed: count });
    expect(await again.search.query('minister', 20)).toEqual(hits);
  });

  it('closes safely while a saved index still loads, and keeps it', async () => {
    const { dir } = await archiveWithoutIndex();
    await (await open(dir)).close();
    const v = await open(dir, { indexInBackground: true });
    expect(v.search.status().state).toBe('loading');
    await v.close();
    const again = await open(dir);
    expect(again.indexReport.source).toBe('saved');
  });
});

describe('search service: updates while the index loads', () => {
  it('queues an update made before the load and applies it after, in order; searches wait', async () => {
    const { v, dir, doc } = await temp.withSeed();
    await v.close();
    await rm(join(dir, 'index'), { recursive: true, force: true });
    const archive = await Archive.open(dir);
    try {
      const search = createSearchService({ archive, engine: createSearchEngine({ textSource: (id) => archive.readDocumentSync(id) }) });
      expect(search.status()).toEqual({ state: 'loading', done: 0, total: 0 });
      // a rebuild clears the engine first: applied now, this update would be lost
      search.indexDocument({ ...doc, title: 'zeldzaamtitelwoord' });
      const early = search.query('zeldzaamtitelwoord', 10);
      const seen: string[] = [];
      const report = await search.rebuild(() => seen.push(search.status().state));
      expect(report).toMatchObject({ source: 'rebuilt', indexed: 1 });
      expect(seen).toEqual(['rebuilding']);
      expect((await early).map((h) => h.documentId)).toContain(doc.id);
      expect(search.status()).toEqual({ state: 'ready', done: 1, total: 1 });
      await search.flush();
    } finally {
      await archive.close();
    }
  });
});
