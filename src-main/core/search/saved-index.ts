/**
 * The search engine as plain, JSON-safe data, so the archive can keep it under index/ (DESIGN §3)
 * and the next start skips the full rebuild. Only the documents' own text is saved; the analyst's
 * notes and tags are re-added from the archive at load, so they can never be stale.
 */
import type { DocumentFacts } from './doc-facts.js';
import type { FacetValues } from './facets.js';
import type { DocInfo } from './rank.js';
import type { IndexChunk } from './term-index.js';

/** One document as the engine keeps it. */
export interface DocRecord extends DocInfo {
  facts: DocumentFacts;
  facetValues: FacetValues;
}

/** Bumped whenever the saved shape or the analysis changes: a saved index of another format is rebuilt. */
export const SAVED_FORMAT = 2;

/** One document as saved: its record without the analyst's units (those are re-added by `retag`). */
export interface SavedDocument extends DocRecord {
  key: number;
}

/** The engine as plain data (`exportIndex` / `importIndex`); JSON-safe. */
export interface SavedIndex {
  format: number;
  /** the body term index, as FlexSearch export chunks */
  body: IndexChunk[];
  tables: {
    nextDoc: number;
    /** body term counts for prefix expansion */
    vocabulary: [string, number][];
    docs: SavedDocument[];
  };
}

