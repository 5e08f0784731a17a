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
import type { AnalysedText } from './analysis.js';
import { matchText } from './text-match.js';
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
  /** the document's date as a number YYYYMMDD (0 when unknown), to break ties newest first */
  dateKey: number;
  /** the unit shown for a document matched only by filters or exclusions */
  firstUnit: number | null;
  /** the document's unit keys, in document order */
  units: readonly number[];
}

export interface RankView {
  unit(key: number): UnitInfo;
  doc(key: number): DocInfo;
  /** the unit's text, tokenised and analysed (may be cached) */
  analysed(key: number): AnalysedText;
}

/** Hits per document before other documents get a turn, so one long document cannot fill the page. */
export const MAX_HITS_PER_DOCUMENT = 3;
/** Bonus per query word spelled exactly (2 steps) or equal after folding (1 step), times the unit weight. */
const SPELLING_STEP = 0.1;
/**
 * Documents whose best units are refined (text scanned for marks and spelling) at least, even when
 * fewer would fill the limit: spelling only reorders hits of nearly equal weight, so looking at the
 * best couple of dozen documents is enough.
 */
const MIN_DOCS_REFINED = 20;

interface Candidate { unit: number; info: UnitInfo; coarse: number }
interface Scored { hit: SearchHit; dateKey: number; order: number; doc: number }

function compare(a: Scored, b: Scored): number {
  return b.hit.score - a.hit.score || b.dateKey - a.dateKey || a.doc - b.doc || a.order - b.order;
}

function byCoarse(a: Candidate, b: Candidate): number {
  return b.coarse - a.coarse || a.info.order - b.info.order;
}

/**
 * Builds the best `limit` hits of an evaluation. Works per document, so a word found in thousands
 * of parts costs one sort of documents, not of parts: documents are ordered by their best unit
 * (then newest first), and only the best units of the first documents are scanned for snippets.
 * @param limit maximum number of hits (≥ 1)
 */
export function rankHits(evaluation: Evaluation, plan: QueryPlan, view: RankView, limit: number): SearchHit[] {
  // best unit weight per matching document: one map update per matched unit, no allocation
  const best = new Map<number, number>();
  for (const [unit, points] of evaluation.units) {
    const info = view.unit(unit);
    if (!evaluation.docs.has(info.doc)) continue;
    const coarse = points * UNIT_WEIGHT[info.kind];
    if (coarse > (best.get(info.doc) ?? 0)) best.set(info.doc, coarse);
  }
  const docs = [...best].map(([doc, coarse]) => ({ doc, coarse, dateKey: view.doc(doc).dateKey }));
  docs.sort((a, b) => b.coarse - a.coarse || b.dateKey - a.dateKey || a.doc - b.doc);

  // the matched units of one document, best first
  const unitsOf = (doc: number): Candidate[] => {
    const found: Candidate[] = [];
    for (const unit of view.doc(doc).units) {
      const points = evaluation.units.get(unit);
      if (points === undefined) continue;
      const info = view.unit(unit);
      found.push({ unit, info, coarse: points * UNIT_WEIGHT[info.kind] });
    }
    return found.sort(byCoarse);
  };

  const refine = (c: Candidate): Scored => {
    const match = matchText(view.analysed(c.unit), plan.words, plan.phrases);
    return toScored(c.info, view, c.coarse + SPELLING_STEP * match.spelling * UNIT_WEIGHT[c.info.kind], match.ranges);
  };
  const walked = docs.slice(0, Math.max(limit, MIN_DOCS_REFINED)).map((d) => unitsOf(d.doc));
  const scored = walked.flatMap((units) => units.slice(0, MAX_HITS_PER_DOCUMENT).map(refine));
  // few documents: their further units may fill the page (see the soft cap below)
  if (scored.length < limit) {
    for (const units of walked) for (const c of units.slice(MAX_HITS_PER_DOCUMENT, MAX_HITS_PER_DOCUMENT + limit)) scored.push(refine(c));
  }

  // documents matched only by filters or exclusions get one hit each, after all text hits, newest first
  const textHits = scored.length;
  if (textHits < limit) {
    const rest = [...evaluation.docs].filter((d) => !best.has(d)).map((d) => ({ d, dateKey: view.doc(d).dateKey }));
    rest.sort((a, b) => b.dateKey - a.dateKey || a.d - b.d);
    for (const { d } of rest.slice(0, limit - textHits)) {
      const first = view.doc(d).firstUnit;
      scored.push(first === null ? emptyHit(view, d) : toScored(view.unit(first), view, 0, []));
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
    dateKey: doc.dateKey,
    order: info.order,
    doc: info.doc,
  };
}

function emptyHit(view: RankView, key: number): Scored {
  const doc = view.doc(key);
  return {
    hit: { documentId: doc.documentId, documentTitle: doc.title, part: { type: 'title', index: 0 }, annotationId: null, snippet: '', marks: [], score: 0 },
    dateKey: doc.dateKey,
    order: 0,
    doc: key,
  };
}
