/**
 * The search engine's interface, as the services see it. The implementation (FlexSearch + Dutch
 * analysis) lives beside this file; services only ever call these methods.
 */
import type { SearchHit } from '../api/types.js';
import type { Annotation, QaDocument, Tag } from '../model/index.js';

/** Everything the index needs to know about one document. */
export interface IndexableDocument {
  document: QaDocument;
  annotations: Annotation[];
  /** the tags on the document itself */
  documentTagIds: string[];
}

export interface SearchEngine {
  /** Adds or replaces one document (its parts, its annotations' notes and all tag names). */
  upsert(entry: IndexableDocument, tags: readonly Tag[]): void;
  /** Removes a document and everything indexed for it; unknown ids are ignored. */
  remove(documentId: string): void;
  /**
   * Runs a query (DESIGN §5 query language) and returns at most `limit` hits, best first.
   * @throws VraagbaakError('search-syntax') with `details.position` for a malformed query.
   */
  search(query: string, limit: number): SearchHit[];
  /** Number of documents in the index. */
  readonly size: number;
}
