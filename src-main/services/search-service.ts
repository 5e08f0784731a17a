/**
 * Keeps the search engine in step with the archive: loaded from the saved index at open (or rebuilt
 * from every document when that is missing, stale or damaged), updated when a document is imported
 * or its annotations or tags change, and saved again a little after the documents change. Until the
 * load is done, searches wait for it and index updates are queued in order (the app may open first).
 */
import type { BrowseResult, BrowseSort, IndexStatus, SearchHit } from '../core/api/types.js';
import { isVraagbaakError, VraagbaakError, type QaDocument } from '../core/model/index.js';
import type { SearchEngine } from '../core/search/engine.js';
import { SAVED_FORMAT } from '../core/search/index.js';
import type { Archive } from '../archive/index.js';
import type { IndexLoadProblem } from '../archive/index-store.js';

export interface SearchServiceDeps {
  archive: Archive;
  engine: SearchEngine;
  /** ms to wait after the last document change before saving the index (default 5,000) */
  saveDelayMs?: number;
}

export interface RebuildReport {
  indexed: number;
  /** documents whose file could not be read (damaged archive); they are left out of the index */
  skipped: { documentId: string; reason: string }[];
  /** 'saved': loaded from index/; 'rebuilt': built from the documents */
  source: 'saved' | 'rebuilt';
  /** why the saved index was not used (absent when it was) */
  rebuildReason?: IndexLoadProblem;
}

/** Progress of a rebuild: documents indexed so far of all. */
export type RebuildProgress = (done: number, total: number) => void;

export interface SearchService {
  /**
   * Makes the index searchable at open: loads the saved index when it fits the catalog, else indexes
   * every document (damaged files are skipped and reported) and saves the result; then applies the
   * index updates queued meanwhile. Call it once at a time.
   * @param onProgress called during a rebuild, about every 100 documents and at the end
   * @throws whatever made the load fail (an unreadable archive); the index is then 'failed'
   */
  rebuild(onProgress?: RebuildProgress): Promise<RebuildReport>;
  /**
   * Resolves when the index is complete: the load of `rebuild()` done and the updates queued
   * meanwhile applied. Rejects when the load failed.
   */
  whenReady(): Promise<RebuildReport>;
  /** How far the load is now (for `app.info`); see IndexStatus. */
  status(): IndexStatus;
  /** Saves the index now if documents changed since the last save (call before closing the archive); waits for the load first. */
  flush(): Promise<void>;
  /**
   * Stops a rebuild from the documents at the next document, because the archive is closing: quitting
   * must not wait for a 30,000-document rebuild. The index then counts as failed and is not saved, so
   * the next open rebuilds it. Loading a saved index (seconds) is not stopped.
   */
  stop(): void;
  /**
   * Runs a query in the DESIGN §5 query language, once the index is ready.
   * @throws VraagbaakError('search-syntax') for a malformed query; the load's error when it failed
   */
  query(query: string, limit: number): Promise<SearchHit[]>;
  /**
   * Lists every document matching a query (empty: all) in `sort` order, with facet counts, once the
   * index is ready.
   * @throws VraagbaakError('search-syntax') for a malformed query; the load's error when it failed
   */
  browse(query: string, sort: BrowseSort): Promise<BrowseResult>;
  /**
   * (Re)indexes a document already in memory, with its current annotations and tags: at once when the
   * index is ready, else queued in order until the load is done.
   */
  indexDocument(document: QaDocument): void;
  /**
   * Re-reads and re-indexes the given documents (after their annotations or tags changed); while the
   * index loads, the work is queued in order and the promise settles when it has run.
   * @throws VraagbaakError('archive-corrupt') when a document file cannot be read
   */
  refreshDocuments(documentIds: Iterable<string>): Promise<void>;
  /** Number of documents in the index (so far, while it loads). */
  readonly size: number;
}

/** A promise with its settle functions at hand. */
interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (reason: unknown) => void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.catch(() => {}); // a failed load is reported through rebuild(); nobody has to wait for it
  return { promise, resolve, reject };
}

/** Creates the search service over `engine`; call `rebuild()` once before searching gives results. */
export function createSearchService({ archive, engine, saveDelayMs = 5000 }: SearchServiceDeps): SearchService {
  /** true once the load is done and the queued updates are applied: updates then go straight in */
  let ready = false;
  /** true when the load failed: updates are dropped (the index is rebuilt at the next open) */
  let failed = false;
  /** set by stop(): the archive is closing, a rebuild in progress gives up */
  let stopping = false;
  /** true once rebuild() was called: flush() then waits for the load to settle */
  let started = false;
  let gate = deferred<RebuildReport>();
  let progress: IndexStatus = { state: 'loading', done: 0, total: 0 };
  /** index updates made while the index loads, in the order they were made */
  const queue: (() => Promise<void>)[] = [];
  let dirty = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let saving: Promise<void> = Promise.resolve();

  const entryOf = (document: QaDocument) => ({
    document,
    annotations: [...archive.listAnnotations(document.id)],
    documentTagIds: [...(archive.workspace.documentTags[document.id] ?? [])],
  });

  const save = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!dirty || archive.isReadOnly) return saving;
    dirty = false;
    const saved = engine.exportIndex();
    // the index is rebuildable: a failed save (or a closed archive) only costs a rebuild at the next open
    saving = saving.then(() => archive.saveSearchIndex(saved)).catch(() => { dirty = true; });
    return saving;
  };

  const changed = (): void => {
    dirty = true;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void save(), saveDelayMs);
    timer.unref?.();
  };

  const upsertNow = (document: QaDocument): void => {
    engine.upsert(entryOf(document), archive.workspace.tags);
    changed();
  };

  /** Runs an index update now when the index is ready, else queues it until the load is done. */
  const whenIndexed = (work: () => void | Promise<void>): Promise<void> => {
    if (failed) return Promise.resolve();
    if (ready) return Promise.resolve(work());
    return new Promise<void>((resolve, reject) => {
      // the drain awaits each entry; its own outcome goes to the caller's promise
      queue.push(() => (failed ? Promise.resolve() : Promise.resolve().then(work)).then(resolve, reject));
    });
  };

  const indexDocument = (document: QaDocument): void => {
    if (ready) upsertNow(document);
    // the engine does not throw for a parsed document; a queued failure would have no one to tell
    else void whenIndexed(() => upsertNow(document)).catch(() => {});
  };

  const refreshNow = async (documentIds: Iterable<string>): Promise<void> => {
    for (const id of new Set(documentIds)) {
      if (!archive.getSummary(id)) {
        engine.remove(id);
        changed();
      } else if (!engine.retag(id, archive.listAnnotations(id), archive.workspace.documentTags[id] ?? [], archive.workspace.tags)) {
        upsertNow(await archive.readDocument(id));
      }
    }
  };

  /** Re-adds notes and tags from the archive (they are not in the saved index). */
  const retagAll = (): void => {
    const { documentTags, tags } = archive.workspace;
    for (const summary of archive.listSummaries()) {
      const annotations = archive.listAnnotations(summary.id);
      const docTags = documentTags[summary.id] ?? [];
      if (annotations.length > 0 || docTags.length > 0) engine.retag(summary.id, annotations, docTags, tags);
    }
  };

  const rebuildFromDocuments = async (onProgress?: RebuildProgress): Promise<Omit<RebuildReport, 'source'>> => {
    const report = { indexed: 0, skipped: [] as RebuildReport['skipped'] };
    const summaries = archive.listSummaries();
    for (const id of engine.documentIds()) engine.remove(id);
    progress = { state: 'rebuilding', done: 0, total: summaries.length };
    for (const [i, summary] of summaries.entries()) {
      if (stopping) throw new VraagbaakError('internal', `The search index rebuild was stopped after ${i} of ${summaries.length} documents: the archive is closing.`);
      try {
        engine.upsert(entryOf(await archive.readDocument(summary.id)), archive.workspace.tags);
        report.indexed++;
      } catch (e) {
        // a document deleted while the index is built in the background is simply left out
        if (archive.getSummary(summary.id)) {
          if (!isVraagbaakError(e, 'archive-corrupt')) throw e;
          report.skipped.push({ documentId: summary.id, reason: e.message });
        }
      }
      progress = { state: 'rebuilding', done: i + 1, total: summaries.length };
      if (onProgress && ((i + 1) % 100 === 0 || i + 1 === summaries.length)) onProgress(i + 1, summaries.length);
    }
    return report;
  };

  /** Loads the saved index, or rebuilds it from the documents. */
  const load = async (onProgress?: RebuildProgress): Promise<RebuildReport> => {
    const summaries = archive.listSummaries();
    const loaded = await archive.loadSearchIndex(SAVED_FORMAT);
    let problem: IndexLoadProblem = loaded.ok ? 'stale' : loaded.problem;
    if (loaded.ok) {
      try {
        engine.importIndex(loaded.saved);
        if (engine.size === summaries.length) {
          retagAll();
          return { indexed: engine.size, skipped: [], source: 'saved' };
        }
      } catch {
        problem = 'corrupt';
      }
    }
    const report = await rebuildFromDocuments(onProgress);
    // an index missing damaged documents is not saved: the next open tries them again
    if (report.skipped.length === 0) {
      dirty = true;
      await save();
    }
    return { ...report, source: 'rebuilt', rebuildReason: problem };
  };

  /** The index once ready (after the queued updates). @throws the load's error */
  const indexed = async (): Promise<void> => {
    if (!ready) await gate.promise;
  };

  return {
    async rebuild(onProgress) {
      // a later rebuild (after a settled one) makes searches and updates wait again
      if (ready || failed) gate = deferred<RebuildReport>();
      const current = gate;
      ready = false;
      failed = false;
      started = true;
      progress = { state: 'loading', done: 0, total: 0 };
      let report: RebuildReport;
      try {
        report = await load(onProgress);
      } catch (e) {
        failed = true;
        progress = { ...progress, state: 'failed' };
        // the queued updates are done in the archive; without an index they have nothing to update
        for (const work of queue.splice(0)) await work();
        current.reject(e);
        throw e;
      }
      // updates made meanwhile, in order; an update made while these run is queued behind them
      for (let work = queue.shift(); work; work = queue.shift()) await work();
      ready = true;
      progress = { state: 'ready', done: engine.size, total: engine.size };
      current.resolve(report);
      return report;
    },
    whenReady: () => gate.promise,
    stop() {
      stopping = true;
    },
    status: () => (ready ? { state: 'ready', done: engine.size, total: engine.size } : { ...progress }),
    async flush() {
      if (started) await gate.promise.catch(() => {});
      if (failed) return;
      await save();
    },
    async query(query, limit) {
      await indexed();
      // a hit in a damaged document file cannot be shown or opened: left out (archive.damagedDocuments names it)
      const hits = engine.search(query, limit);
      return archive.damagedDocuments.size === 0 ? hits : hits.filter((h) => !archive.isDocumentDamaged(h.documentId));
    },
    async browse(query, sort) {
      await indexed();
      return engine.browse(query, sort);
    },
    indexDocument,
    refreshDocuments: (documentIds) => whenIndexed(() => refreshNow(documentIds)),
    get size() {
      return engine.size;
    },
  };
}
