/**
 * Keeps the search engine in step with the archive: built from every document at open, and
 * updated when a document is imported or its annotations or tags change.
 */
import type { SearchHit } from '../core/api/types.js';
import { isVraagbaakError, type QaDocument } from '../core/model/index.js';
import type { SearchEngine } from '../core/search/engine.js';
import type { Archive } from '../archive/index.js';

export interface SearchServiceDeps {
  archive: Archive;
  engine: SearchEngine;
}

export interface RebuildReport {
  indexed: number;
  /** documents whose file could not be read (damaged archive); they are left out of the index */
  skipped: { documentId: string; reason: string }[];
}

export interface SearchService {
  /** Indexes every document in the archive (at open). Damaged document files are skipped and reported. */
  rebuild(): Promise<RebuildReport>;
  /**
   * Runs a query in the DESIGN §5 query language.
   * @throws VraagbaakError('search-syntax') for a malformed query
   */
  query(query: string, limit: number): SearchHit[];
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
export function createSearchService({ archive, engine }: SearchServiceDeps): SearchService {
  const indexDocument = (document: QaDocument): void => {
    engine.upsert(
      {
        document,
        annotations: [...archive.listAnnotations(document.id)],
        documentTagIds: [...(archive.workspace.documentTags[document.id] ?? [])],
      },
      archive.workspace.tags,
    );
  };

  return {
    async rebuild() {
      const report: RebuildReport = { indexed: 0, skipped: [] };
      for (const summary of archive.listSummaries()) {
        try {
          indexDocument(await archive.readDocument(summary.id));
          report.indexed++;
        } catch (e) {
          if (!isVraagbaakError(e, 'archive-corrupt')) throw e;
          report.skipped.push({ documentId: summary.id, reason: e.message });
        }
      }
      return report;
    },
    query(query, limit) {
      return engine.search(query, limit);
    },
    indexDocument,
    async refreshDocuments(documentIds) {
      for (const id of new Set(documentIds)) {
        if (archive.getSummary(id)) indexDocument(await archive.readDocument(id));
        else engine.remove(id);
      }
    },
    get size() {
      return engine.size;
    },
  };
}
