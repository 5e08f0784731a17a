/**
 * The search engine as plain data, so the archive can keep it under index/ (DESIGN §3)
 * and the next start skips the full rebuild. Only the documents' own text is saved; the analyst's
 * notes and tags are re-added from the archive at load, so they can never be stale.
 */
import type { DocumentFacts } from './doc-facts.js';
import type { FacetValues } from './facets.js';
import type { DocInfo, UnitInfo } from './rank.js';
import type { UnitKind } from './units.js';

/** One document as the engine keeps it. */
export interface DocRecord extends DocInfo {
  facts: DocumentFacts;
  facetValues: FacetValues;
}

/** Bumped whenever the saved shape or the analysis changes: a saved index of another format is rebuilt. */
export const SAVED_FORMAT = 4;

/**
 * One unit as saved, compactly: kind, part index, and the text when the engine keeps it (title and
 * identifiers always; body texts only without a text source). The part's type follows from the kind.
 */
export type SavedUnit = [kind: UnitKind, index: number, text: string | null];

/** One document as saved: its record without the analyst's units (those are re-added by `retag`). */
export interface SavedDocument extends Omit<DocRecord, 'units'> {
  key: number;
  units: SavedUnit[];
}

const PART_TYPE: Partial<Record<UnitKind, 'question' | 'answer' | 'footnote'>> = { question: 'question', answer: 'answer', footnote: 'footnote' };

/** A document's own units (not notes or tags) in their saved form. */
export function packUnits(units: readonly UnitInfo[]): SavedUnit[] {
  return units.map((u) => [u.kind, u.part.index, u.text]);
}

/**
 * Units back from their saved form.
 * @throws TypeError for a malformed entry (the caller treats the index as corrupt)
 */
export function unpackUnits(saved: readonly SavedUnit[]): UnitInfo[] {
  return saved.map((entry) => {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || typeof entry[1] !== 'number') throw new TypeError('malformed saved unit');
    const [kind, index, text] = entry;
    return { kind, part: { type: PART_TYPE[kind] ?? 'title', index }, annotationId: null, text: typeof text === 'string' ? text : null };
  });
}

/**
 * The engine as plain data (`exportIndex` / `importIndex`): the body's posting lists as bytes
 * (posting-codec.ts) and everything else JSON-safe in `tables`.
 */
export interface SavedIndex {
  format: number;
  /** the body index's posting lists, coded in the order of `tables.terms` */
  postings: Uint8Array;
  /** the titles index's (title, identifiers) posting lists, in the order of `tables.titleTerms` */
  titlePostings: Uint8Array;
  tables: {
    nextDoc: number;
    /** the body index's terms in term order; a term's document count (for prefix expansion) is its list's length */
    terms: string[];
    /** the titles index's terms in term order */
    titleTerms: string[];
    docs: SavedDocument[];
  };
}

