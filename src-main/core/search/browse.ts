/**
 * The library's view of a query (`search.browse`): every matching document in the chosen order, with
 * facet counts over them. Unlike `search` (the best hits with snippets) this lists all matches, so
 * quoted phrases are checked against the text for every candidate up to a bound.
 */
import type { BrowseResult, BrowseSort } from '../api/types.js';
import type { PhraseMatcher } from './compile.js';
import type { FilterWorld } from './doc-facts.js';
import type { Evaluation } from './evaluate.js';
import { countFacets } from './facets.js';
import type { DocRecord } from './saved-index.js';

/**
 * Candidates checked for pending phrases one by one; beyond this the phrase is taken as "all its
 * words occur" and the result says `approximate` (the ranked hits are still checked exactly).
 */
export const MAX_PHRASE_CHECKS = 3000;

/** What browsing needs from the engine. */
export interface BrowseView {
  doc(key: number): DocRecord;
  hasPhrase(key: number, phrase: PhraseMatcher): boolean;
  readonly world: FilterWorld;
}

/**
 * Orders and counts an evaluation.
 * @param evaluation from `evaluatePlan`, or every document with no scores for an empty query
 * @param sort relevance: points, then newest; date: newest first; delay: longest answer delay first
 *   (documents without a delay last), then newest
 */
export function browseEvaluation(evaluation: Evaluation, view: BrowseView, sort: BrowseSort): BrowseResult {
  let docs = [...evaluation.docs];
  let approximate = false;
  if (evaluation.pending.length > 0) {
    if (docs.length <= MAX_PHRASE_CHECKS) docs = docs.filter((d) => evaluation.pending.every((p) => view.hasPhrase(d, p)));
    else approximate = true;
  }
  const rows = docs.map((doc) => {
    const record = view.doc(doc);
    return { doc, record, points: evaluation.scores[doc] ?? 0, date: record.dateKey, delay: record.facetValues.delayDays ?? -1 };
  });
  type Row = (typeof rows)[number];
  const byDate = (a: Row, b: Row): number => b.date - a.date || a.doc - b.doc;
  const order: Record<BrowseSort, (a: Row, b: Row) => number> = {
    relevance: (a, b) => b.points - a.points || byDate(a, b),
    date: byDate,
    delay: (a, b) => b.delay - a.delay || byDate(a, b),
  };
  rows.sort(order[sort]);
  return {
    total: rows.length,
    documentIds: rows.map((r) => r.record.documentId),
    facets: countFacets(docs, (d) => view.doc(d), view.world),
    approximate,
  };
}
