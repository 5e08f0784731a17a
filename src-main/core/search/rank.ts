/**
 * Orders matching documents into search hits. Documents are ranked by their points from the
 * evaluation (title, notes and tags above body text), newest first on ties; only the best few dozen
 * are opened up: their parts are matched against the query for the part-level score (phrase > stem
 * > prefix, exact spelling > folded), the snippet and marks, with at most a few hits per document.
 */
import type { SearchHit } from '../api/types.js';
import type { PartRef } from '../model/index.js';
import type { AnalysedText } from './analysis.js';
import type { QueryPlan } from './compile.js';
import type { Evaluation } from './evaluate.js';
import { makeSnippet } from './snippet.js';
import { matchText } from './text-match.js';
import { mayMatch, needlesOf } from './unit-filter.js';
import { UNIT_WEIGHT, type UnitKind } from './units.js';

/** One searchable part of a document, as the ranker sees it (units.ts). */
export interface UnitInfo {
  kind: UnitKind;
  part: PartRef;
  annotationId: string | null;
  /** the unit's text; null when the engine reads it back from its text source (see RankView.text) */
  text: string | null;
}

export interface DocInfo {
  documentId: string;
  title: string | null;
  /** the document's date as a number YYYYMMDD (0 when unknown), to break ties newest first */
  dateKey: number;
  /** the document's units in document order (title first) */
  units: readonly UnitInfo[];
  /** index into `units` of the unit shown for a document matched only by filters; -1 when none */
  firstUnit: number;
}

export interface RankView {
  doc(key: number): DocInfo;
  /** one unit's text (index into `units`), tokenised and analysed (may be cached) */
  analysed(key: number, unit: number): AnalysedText;
  /** the document's date as YYYYMMDD (0 when unknown): `doc(key).dateKey`, without the record lookup */
  dateKey(key: number): number;
  /** one unit's text (index into `units`) */
  text(key: number, unit: number): string;
  /** true when the phrase occurs in one of the document's units */
  hasPhrase(key: number, phrase: Evaluation['pending'][number]): boolean;
}

/** Hits per document before other documents get a turn, so one long document cannot fill the page. */
export const MAX_HITS_PER_DOCUMENT = 3;
/** Bonus per query word spelled exactly (2 steps) or equal after folding (1 step), times the unit weight. */
const SPELLING_STEP = 0.1;
/**
 * Documents opened up (parts matched for marks and spelling) at least, even when fewer would fill the
 * limit: the part-level score only reorders documents of nearly equal points.
 */
const MIN_DOCS_REFINED = 20;

interface Ranked { doc: number; points: number; dateKey: number }
interface Scored { hit: SearchHit; dateKey: number; order: number; doc: number }

function byRank(a: Ranked, b: Ranked): number {
  return b.points - a.points || b.dateKey - a.dateKey || a.doc - b.doc;
}

function compare(a: Scored, b: Scored): number {
  return b.hit.score - a.hit.score || b.dateKey - a.dateKey || a.doc - b.doc || a.order - b.order;
}

/**
 * The best `k` documents in rank order, without sorting or even listing all of them: a
 * 30,000-document match costs one pass with a cheap comparison against the current k-th entry, and
 * an entry object only for documents that get into the top.
 * @param docs candidate documents; `points(doc)` undefined leaves a document out
 */
function topRanked(docs: Iterable<number>, points: (doc: number) => number | undefined, dateKey: (doc: number) => number, k: number): Ranked[] {
  const top: Ranked[] = [];
  for (const doc of docs) {
    const p = points(doc);
    if (p === undefined) continue;
    const d = dateKey(doc);
    const last = top[k - 1];
    // ranks after the current k-th (byRank): fewer points, or as many and older, or as old and a later key
    if (last !== undefined && (p < last.points || (p === last.points && (d < last.dateKey || (d === last.dateKey && doc > last.doc))))) continue;
    const r: Ranked = { doc, points: p, dateKey: d };
    let i = top.length;
    while (i > 0 && byRank(r, top[i - 1]!) < 0) i--;
    top.splice(i, 0, r);
    if (top.length > k) top.pop();
  }
  return top;
}

/**
 * Builds the best `limit` hits of an evaluation.
 * @param limit maximum number of hits (≥ 1)
 */
export function rankHits(evaluation: Evaluation, plan: QueryPlan, view: RankView, limit: number): SearchHit[] {
  const scores = evaluation.scores;
  const textPoints = (doc: number): number | undefined => {
    const points = scores[doc] ?? 0;
    return points > 0 ? points : undefined;
  };
  // documents matched only by filters or exclusions: no points of their own
  const filterPoints = (doc: number): number | undefined => ((scores[doc] ?? 0) > 0 ? undefined : 0);
  const dateKey = (doc: number): number => view.dateKey(doc);

  const wanted = Math.max(limit, MIN_DOCS_REFINED);
  const needles = needlesOf(plan.words, plan.phrases);
  const passes = (doc: number): boolean => evaluation.pending.every((p) => view.hasPhrase(doc, p));
  const scored: Scored[] = [];
  const walked: Scored[][] = [];
  // take documents in rank order until enough pass the phrase checks; widen the window when many fail
  let taken = 0;
  for (let window = wanted; taken < wanted; window *= 4) {
    const top = topRanked(evaluation.docs, textPoints, dateKey, window);
    for (const r of top.slice(window === wanted ? 0 : window / 4)) {
      if (taken >= wanted) break;
      if (!passes(r.doc)) continue;
      taken++;
      walked.push(unitHits(r.doc, plan, view, needles));
    }
    if (top.length < window) break;
  }
  for (const hits of walked) scored.push(...hits.slice(0, MAX_HITS_PER_DOCUMENT));
  // few documents: their further units may fill the page (see the soft cap below)
  if (scored.length < limit) for (const hits of walked) scored.push(...hits.slice(MAX_HITS_PER_DOCUMENT, MAX_HITS_PER_DOCUMENT + limit));

  // documents matched only by filters or exclusions get one hit each, after all text hits, newest first
  if (scored.length < limit) {
    for (const r of topRanked(evaluation.docs, filterPoints, dateKey, limit - scored.length)) {
      if (!passes(r.doc)) continue;
      const info = view.doc(r.doc);
      const first = info.units[info.firstUnit];
      scored.push(first ? toScored(first, view.text(r.doc, info.firstUnit), info, r.doc, info.firstUnit, 0, []) : emptyHit(info, r.doc));
    }
  }

  scored.sort(compare);
  const hits: SearchHit[] = [];
  const overflow: SearchHit[] = [];
  const perDoc = new Map<number, number>();
  for (const s of scored) {
    const n = perDoc.get(s.doc) ?? 0;
    perDoc.set(s.doc, n + 1);
    if (n >= MAX_HITS_PER_DOCUMENT) overflow.push(s.hit);
    else hits.push(s.hit);
    if (hits.length >= limit) break;
  }
  // the cap only makes room for other documents; when there are none, show the rest too
  return [...hits, ...overflow].slice(0, limit);
}

/** The document's units that match the query, best first; one title hit when none does (a stray index hit). */
function unitHits(doc: number, plan: QueryPlan, view: RankView, needles: readonly string[]): Scored[] {
  const info = view.doc(doc);
  const found: Scored[] = [];
  info.units.forEach((unit, order) => {
    const text = view.text(doc, order);
    if (!mayMatch(text, needles)) return;
    const match = matchText(view.analysed(doc, order), plan.words, plan.phrases);
    if (match.points === 0) return;
    const weight = UNIT_WEIGHT[unit.kind];
    found.push(toScored(unit, text, info, doc, order, match.points * weight + SPELLING_STEP * match.spelling * weight, match.ranges));
  });
  if (found.length === 0) {
    const first = info.units[info.firstUnit];
    found.push(first ? toScored(first, view.text(doc, info.firstUnit), info, doc, info.firstUnit, 0, []) : emptyHit(info, doc));
  }
  return found.sort(compare);
}

function toScored(unit: UnitInfo, text: string, doc: DocInfo, key: number, order: number, score: number, ranges: Parameters<typeof makeSnippet>[1]): Scored {
  const { snippet, marks } = makeSnippet(text, ranges);
  return {
    hit: { documentId: doc.documentId, documentTitle: doc.title, part: unit.part, annotationId: unit.annotationId, snippet, marks, score: Math.round(score * 1000) / 1000 },
    dateKey: doc.dateKey,
    order,
    doc: key,
  };
}

function emptyHit(doc: DocInfo, key: number): Scored {
  return {
    hit: { documentId: doc.documentId, documentTitle: doc.title, part: { type: 'title', index: 0 }, annotationId: null, snippet: '', marks: [], score: 0 },
    dateKey: doc.dateKey,
    order: 0,
    doc: key,
  };
}
