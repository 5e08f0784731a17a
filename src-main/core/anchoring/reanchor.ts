/**
 * Re-anchors the annotations of a document in a new version of it (re-import of a changed
 * document, DESIGN §4): each one only in its own part, with `anchorTarget` (which also holds the
 * guard against look-alike passages: a short quote only exactly, where its context or position says
 * so). Idempotent, so a replacement interrupted by a crash can simply be run again at open.
 */
import type { Annotation, AnchorState, QaDocument } from '../model/index.js';
import { partText } from '../model/parts.js';
import { anchorTarget } from './anchor.js';
import { describeRange } from './describe.js';

/** How many annotations ended up in each state. */
export interface ReanchorCounts {
  anchored: number;
  relocated: number;
  orphaned: number;
}

/** The annotations after re-anchoring, in the same order, with the counts per state. */
export interface ReanchorResult {
  annotations: Annotation[];
  counts: ReanchorCounts;
  /** false when every annotation came out exactly as it went in */
  isChanged: boolean;
}

const isPendingReview = (a: Annotation): boolean => a.anchorState === 'relocated' || a.anchorState === 'orphaned';

/**
 * Re-anchors one annotation in `document` (the new version), in its own part only.
 *
 * - found unchanged or by its exact quote in agreeing context → `anchored`: the target is described
 *   afresh from the new text (new position, prefix and suffix), `previousTarget` dropped;
 * - found approximately or ambiguously → `relocated`: the new target, and `previousTarget` the old one;
 * - not found (or the part is gone) → `orphaned`: the target stays as it was, `previousTarget` too.
 *
 * An annotation still waiting for review (relocated or orphaned) stays in review: a match makes it
 * `relocated` at most, and its first `previousTarget` is kept. So running this twice gives the same
 * result as once. Id, note, colour, tags and dates never change.
 *
 * @param annotation - as stored; its target is relative to the old version of the part
 * @param document - the new version of the annotation's document
 * @returns the annotation with its new `anchorState` (and target / previousTarget)
 */
export function reanchorAnnotation(annotation: Annotation, document: QaDocument): Annotation {
  const { previousTarget: _previous, ...rest } = annotation;
  const before = annotation.previousTarget ?? annotation.target;
  const text = partText(document, annotation.target.part);
  const match = text === null ? null : anchorTarget(text, { quote: annotation.target.quote, position: annotation.target.position });
  if (text === null || match === null) return { ...rest, anchorState: 'orphaned', previousTarget: before };
  const target = { part: annotation.target.part, ...describeRange(text, match.start, match.end) };
  const state: AnchorState = match.state === 'anchored' && !isPendingReview(annotation) ? 'anchored' : 'relocated';
  return state === 'anchored' ? { ...rest, target, anchorState: state } : { ...rest, target, anchorState: state, previousTarget: before };
}

/**
 * Re-anchors every annotation of a document in its new version (see `reanchorAnnotation`).
 * @returns the annotations in the same order, the counts per state, and whether anything changed
 */
export function reanchorAnnotations(annotations: readonly Annotation[], document: QaDocument): ReanchorResult {
  const counts: ReanchorCounts = { anchored: 0, relocated: 0, orphaned: 0 };
  let isChanged = false;
  const result = annotations.map((a) => {
    const next = reanchorAnnotation(a, document);
    counts[next.anchorState ?? 'anchored']++;
    if (JSON.stringify(next) !== JSON.stringify(a)) isChanged = true;
    return next;
  });
  return { annotations: result, counts, isChanged };
}
