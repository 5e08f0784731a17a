/**
 * Keeps the search engine in step with the archive: loaded from the saved index at open (or rebuilt
 * from every document when that is missing, stale or damaged), updated when a document is imported
 * or its annotations or tags change, and saved again a little after the documents change.
 */
import type { BrowseResult, BrowseSort, SearchHit } from '../core/api/types.js';
import { isVraagbaakError, type QaDocument } from '../core/model/index.js';
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
   * every document (damaged files are skipped and reported) and saves the result.
   * @param onProgress called during a rebuild, about every 100 documents and at the end
   */
  rebuild(onProgress?: RebuildProgress): Promise<RebuildReport>;
  /** Saves the index now if documents changed since the last save (call before closing the archive). */
  flush(): Promise<void>;
  /**
   * Runs a query in the DESIGN §5 query language.
   * @throws VraagbaakError('search-syntax') for a malformed query
   */
  query(query: string, limit: number): SearchHit[];
  /**
   * Lists every document matching a query (empty: all) in `sort` order, with facet counts.
   * @throws VraagbaakError('search-syntax') for a malformed query
   */
  browse(query: string, sort: BrowseSort): BrowseResult;
  /** (Re)indexes a document already in memory, with its current annotations and tags. */
  indexDocument(document: QaDocument): void;
  /**
   * Re-reads and re-indexes the given documents (after their annotations or tags changed).
   * @throws VraagbaakError('archive-corrupt') when a document file cannot be read
   */
  refreshDocuments(documentIds: Iterable<string>): Promise<void>;
  /** Number of documents in the index. */
  readonly size: number;
}

/** Creates the search service over `engine`; call `rebuild()` once before use. */
export function createSearchService({ archive, engine, saveDelayMs = 5000 }: SearchServiceDeps): SearchService {
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

  const indexDocument = (document: QaDocument): void => {
    engine.upsert(entryOf(document), archive.workspace.tags);
    changed();
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
    for (const [i, summary] of summaries.entries()) {
      try {
        engine.upsert(entryOf(await archive.readDocument(summary.id)), archive.workspace.tags);
        report.indexed++;
      } catch (e) {
        if (!isVraagbaakError(e, 'archive-corrupt')) throw e;
        report.skipped.push({ documentId: summary.id, reason: e.message });
      }
      if (onProgress && ((i + 1) % 100 === 0 || i + 1 === summaries.length)) onProgress(i + 1, summaries.length);
    }
    return report;
  };

  return {
    async rebuild(onProgress) {
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
    },
    flush: save,
    query(query, limit) {
      return engine.search(query, limit);
    },
    browse(query, sort) {
      return engine.browse(query, sort);
    },
    indexDocument,
    async refreshDocuments(documentIds) {
      for (const id of new Set(documentIds)) {
        if (!archive.getSummary(id)) {
          engine.remove(id);
          changed();
        } else if (!engine.retag(id, archive.listAnnotations(id), archive.workspace.documentTags[id] ?? [], archive.workspace.tags)) {
          indexDocument(await archive.readDocument(id));
        }
      }
    },
    get size() {
      return engine.size;
    },
  };
}
