/**
 * Opening with the search index loaded in the background (`indexInBackground`, the app shells):
 * on a real archive of the corpus whose index/ was deleted, searches made before the rebuild is done
 * wait for it and get the right hits, `app.info` reports the progress, and updates made meanwhile
 * (an import, an index update queued before the load) end up in the index in order.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../core/api/dispatch.js';
import type { AppInfo, SearchHit } from '../core/api/types.js';
import { createSearchEngine } from '../core/search/index.js';
import { Archive } from '../archive/index.js';
import { openVraagbaak, type OpenVraagbaakOptions, type Vraagbaak } from './index.js';
import { createSearchService } from './search-service.js';
import { REPO_ROOT, unusedPrinter, useTempArchives } from './test-archives.js';

const CORPUS = resolve(REPO_ROOT, '../shared/corpus/nl-text');
/** imported while the index loads; the others are in the archive before */
const LATE_FILE = 'kvl-r34-De_ontkoppeling_van_ontwikkelingshulp.pdf.txt';

const temp = useTempArchives('vraagbaak-background-');
const opened: Vraagbaak[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((v) => v.close()));
});

async function open(archiveDir: string, options: Partial<OpenVraagbaakOptions> = {}): Promise<Vraagbaak> {
  const v = await openVraagbaak({ archiveDir, printer: unusedPrinter, shell: 'web', version: 'test', ...options });
  opened.push(v);
  return v;
}

async function fileOf(path: string): Promise<{ name: string; bytes: Uint8Array }> {
  return { name: path.split('/').pop()!, bytes: new Uint8Array(await readFile(path)) };
}

/** The corpus (but LATE_FILE) in a new archive, its index deleted; with the hits of `query` before. */
async function archiveWithoutIndex(query: string): Promise<{ dir: string; count: number; hits: SearchHit[] }> {
  const dir = await temp.tempDir();
  const v = await openVraagbaak({ archiveDir: dir, printer: unusedPrinter, shell: 'cli', version: 'test' });
  const names = (await readdir(CORPUS)).filter((n) => n !== LATE_FILE).sort();
  const report = await v.importer.importFiles(await Promise.all(names.map((n) => fileOf(join(CORPUS, n)))));
  const hits = await v.search.query(query, 20);
  await v.close();
  await rm(join(dir, 'index'), { recursive: true, force: true });
  return { dir, count: report.imported.length, hits };
}

function info(v: Vraagbaak): Promise<AppInfo> {
  return dispatch(v.handlers, 'app.info', {}).then((r) => {
    if (!r.ok) throw new Error(r.error.message);
    return r.value as AppInfo;
  });
}

describe('openVraagbaak with indexInBackground', () => {
  it('opens before the rebuild; early searches wait for it, app.info reports the progress, an import meanwhile is indexed', async () => {
    const { dir, count, hits } = await archiveWithoutIndex('minister');
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
    const { dir, count, hits } = await archiveWithoutIndex('minister');
    const v = await openVraagbaak({ archiveDir: dir, printer: unusedPrinter, shell: 'web', version: 'test', indexInBackground: true });
    expect(v.search.status().state).toBe('loading');
    await v.close();
    await expect(v.indexReady).rejects.toThrow(/stopped after 0 of \d+ documents/);
    await expect(readdir(join(dir, 'index'))).rejects.toThrow(/ENOENT/);
    const again = await open(dir);
    expect(again.indexReport).toMatchObject({ source: 'rebuilt', rebuildReason: 'missing', indexed: count });
    expect(await again.search.query('minister', 20)).toEqual(hits);
  });

  it('closes safely while a saved index still loads, and keeps it', async () => {
    const { dir } = await archiveWithoutIndex('minister');
    await (await open(dir)).close();
    const v = await openVraagbaak({ archiveDir: dir, printer: unusedPrinter, shell: 'web', version: 'test', indexInBackground: true });
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
