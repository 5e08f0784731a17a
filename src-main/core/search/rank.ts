/**
 * Orders matched units into search hits: weight by where the match is (title, notes and tags above
 * body text), by match strength (phrase > stem > prefix), then by spelling (exact > folded), with a
 * snippet and marks per hit and at most a few hits per document.
 */
import type { SearchHit } from '../api/types.js';
import type { PartRef } from '../model/index.js';
import type { QueryPlan } from './compile.js';
import type { Evaluation } from './evaluate.js';
import { makeSnippet } from './snippet.js';
import { matchText, prepareText } from './text-match.js';
import { UNIT_WEIGHT, type UnitKind } from './units.js';

export interface UnitInfo {
  doc: number;
  kind: UnitKind;
  part: PartRef;
  annotationId: string | null;
  text: string;
  /** position of the unit within its document (title first) */
  order: number;
}

export interface DocInfo {
  documentId: string;
  title: string | null;
  /** ISO date used to break ties, newest first */
  date: string | null;
  /** the unit shown for a document matched only by filters or exclusions */
  firstUnit: number | null;
}

export interface RankView {
  unit(key: number): UnitInfo;
  doc(key: number): DocInfo;
}

/** Hits per document before other documents get a turn, so one long document cannot fill the page. */
export const MAX_HITS_PER_DOCUMENT = 3;
/** Bonus per query word spelled exactly (2 steps) or equal after folding (1 step), times the unit weight. */
const SPELLING_STEP = 0.1;
/**
 * Units refined (text scanned for marks and spelling) beyond what the limit needs. Spelling only
 * reorders units of nearly equal weight, so scanning the best few hundred is enough.
 */
const MIN_REFINED = 60;

interface Scored { hit: SearchHit; date: string; order: number; doc: number }

function compare(a: Scored, b: Scored): number {
  return b.hit.score - a.hit.score || (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) ||
    (a.hit.documentId < b.hit.documentId ? -1 : a.hit.documentId > b.hit.documentId ? 1 : 0) || a.order - b.order;
}

/**
 * Builds the best `limit` hits of an evaluation.
 * @param limit maximum number of hits (≥ 1)
 */
export function rankHits(evaluation: Evaluation, plan: QueryPlan, view: RankView, limit: number): SearchHit[] {
  const candidates: { unit: number; info: UnitInfo; coarse: number; rank: number }[] = [];
  for (const [unit, s] of evaluation.units) {
    const info = view.unit(unit);
    if (evaluation.docs.has(info.doc)) candidates.push({ unit, info, coarse: s.points * UNIT_WEIGHT[info.kind], rank: s.rank });
  }
  candidates.sort((a, b) => b.coarse - a.coarse || a.rank - b.rank);

  const scored: Scored[] = [];
  const perDoc = new Map<number, number>();
  const window = Math.max(MIN_REFINED, limit * 3);
  let full = 0;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    const seen = perDoc.get(c.info.doc) ?? 0;
    if (i >= window && (full >= limit || seen >= MAX_HITS_PER_DOCUMENT)) {
      if (full >= limit) break;
      continue;
    }
    const match = matchText(prepareText(c.info.text), plan.words, plan.phrases);
    const score = c.coarse + SPELLING_STEP * match.spelling * UNIT_WEIGHT[c.info.kind];
    scored.push(toScored(c.info, view, score, match.ranges));
    perDoc.set(c.info.doc, seen + 1);
    if (seen < MAX_HITS_PER_DOCUMENT) full++;
  }

  // documents matched only by filters or exclusions still get one hit, after all text hits
  if (full < limit) {
    for (const doc of evaluation.docs) {
      if (perDoc.has(doc)) continue;
      const first = view.doc(doc).firstUnit;
      scored.push(first === null ? emptyHit(view, doc) : toScored(view.unit(first), view, 0, []));
    }
  }

  scored.sort(compare);
  const hits: SearchHit[] = [];
  const overflow: SearchHit[] = [];
  const taken = new Map<number, number>();
  for (const s of scored) {
    const n = taken.get(s.doc) ?? 0;
    taken.set(s.doc, n + 1);
    if (n >= MAX_HITS_PER_DOCUMENT) overflow.push(s.hit);
    else hits.push(s.hit);
    if (hits.length >= limit) break;
  }
  // the cap only makes room for other documents; when there are none, show the rest too
  return [...hits, ...overflow].slice(0, limit);
}

function toScored(info: UnitInfo, view: RankView, score: number, ranges: Parameters<typeof makeSnippet>[1]): Scored {
  const doc = view.doc(info.doc);
  const { snippet, marks } = makeSnippet(info.text, ranges);
  return {
    hit: { documentId: doc.documentId, documentTitle: doc.title, part: info.part, annotationId: info.annotationId, snippet, marks, score: Math.round(score * 1000) / 1000 },
    date: doc.date ?? '',
    order: info.order,
    doc: info.doc,
  };
}

function emptyHit(view: RankView, key: number): Scored {
  const doc = view.doc(key);
  return {
    hit: { documentId: doc.documentId, documentTitle: doc.title, part: { type: 'title', index: 0 }, annotationId: null, snippet: '', marks: [], score: 0 },
    date: doc.date ?? '',
    order: 0,
    doc: key,
  };
}
