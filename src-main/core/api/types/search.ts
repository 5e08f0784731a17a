/**
 * API output shapes of search and the library: syntax error codes, hits, browse results and facets.
 */
import type { PartRef } from '../../model/index.js';

/**
 * Stable codes for what is wrong with a query: `details.reason` of every 'search-syntax' error
 * (core/search/query-lexer.ts, query.ts), with the other details as params of its text. The
 * renderer has a Dutch and an English text for each; the CLI prints the English message.
 */
export const SEARCH_SYNTAX_REASONS = [
  'unclosed-quote', // { position }
  'unknown-field', // { position, field (as typed), known ("minister: ministerie: …") }
  'field-needs-value', // { position, field, example }
  'not-a-kind', // { position, value }
  'not-a-date', // { position, field, value }
  'not-yes-no', // { position, field, value }
  'or-needs-term-after',
  'or-needs-term-before',
  'minus-needs-term',
  'unexpected-end',
  'unclosed-paren',
  'empty-parens',
  'unmatched-paren',
] as const;
export type SearchSyntaxReason = (typeof SEARCH_SYNTAX_REASONS)[number];

/** Half-open [start, end) UTF-16 ranges inside a snippet that matched the query. */
export interface SnippetMark {
  start: number;
  end: number;
}

export interface SearchHit {
  documentId: string;
  documentTitle: string | null;
  /** the part the hit is in; for a hit in an annotation note, the annotated part */
  part: PartRef;
  /** set when the hit is in an annotation's note or tags */
  annotationId: string | null;
  snippet: string;
  marks: SnippetMark[];
  score: number;
}

/** Orders for the library list (`search.browse`). */
export type BrowseSort = 'relevance' | 'date' | 'delay';

/** The facets the library counts over the matching documents. */
export const FACET_NAMES = ['kind', 'year', 'ministry', 'minister', 'party', 'member', 'tag', 'late'] as const;
export type FacetName = (typeof FACET_NAMES)[number];

/** One value of a facet with the number of matching documents that have it. */
export interface FacetCount {
  /** what to show: "Buitenlandse Zaken", "2021", "D66", "answer" (kind values are the model's kinds) */
  value: string;
  /** the query clause that narrows to this value, in the query language: `ministerie:"Buitenlandse Zaken"` */
  filter: string;
  count: number;
}

/** The library's view of a query: every matching document in order, and the facet counts over them. */
export interface BrowseResult {
  /** number of matching documents (= documentIds.length) */
  total: number;
  /** every matching document, in the requested order */
  documentIds: string[];
  /** per facet the most frequent values (at most 25), most frequent first; `late` has "ja" and "nee" */
  facets: Record<FacetName, FacetCount[]>;
  /**
   * true when a quoted phrase was only checked as "all its words occur" for some documents (a phrase
   * with very many candidate documents): the list may then hold a few documents without the phrase
   */
  approximate: boolean;
}
