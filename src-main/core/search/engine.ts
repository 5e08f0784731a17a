/**
 * The search engine's interface, as the services see it. The implementation (FlexSearch + Dutch
 * analysis) lives beside this file; services only ever call these methods.
 */
import type { BrowseResult, BrowseSort, SearchHit } from '../api/types.js';
import type { Annotation, Tag } from '../model/index.js';
import type { IndexableDocument } from './indexable.js';
import type { SavedIndex } from './saved-index.js';

export type { IndexableDocument } from './indexable.js';

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
  /**
   * Lists every document matching a query (empty: all documents) in `sort` order, with facet counts
   * over them (the library view).
   * @throws VraagbaakError('search-syntax') with `details.position` for a malformed query
   */
  browse(query: string, sort: BrowseSort): BrowseResult;
  /** Number of documents in the index. */
  readonly size: number;
  /**
   * Replaces what the analyst added to an indexed document (annotation notes, annotation and document
   * tags) without re-reading its text: cheap enough for every annotation save.
   * @returns false when the document is not in the index (nothing changed)
   */
  retag(documentId: string, annotations: readonly Annotation[], documentTagIds: readonly string[], tags: readonly Tag[]): boolean;
  /** The index as JSON-safe data to save: the documents' own text and terms, not notes or tags. */
  exportIndex(): SavedIndex;
  /**
   * Replaces the whole index with saved data; follow with `retag` for documents with notes or tags.
   * @throws VraagbaakError('internal') or FlexSearch's Error for data of another format or shape
   */
  importIndex(saved: SavedIndex): void;
  /** The ids of the indexed documents. */
  documentIds(): string[];
}
