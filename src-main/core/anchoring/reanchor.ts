/**
 * Re-anchors the annotations of a document in a new version of it (re-import of a changed
 * document, DESIGN §4): each one only in its own part, with `anchorTarget`, plus one guard of our
 * own against look-alike passages. Idempotent, so a replacement interrupted by a crash can simply
 * be run again at open.
 */
import type { Annotation, AnchorState, AnnotationTarget, QaDocument, TextQuoteSelector } from '../model/index.js';
import { partText } from '../model/parts.js';
import { anchorTarget, CONTEXT_AGREEMENT, LONE_QUOTE_LENGTH, type AnchorMatch } from './anchor.js';
import { describeRange } from './describe.js';
import { textSimilarity } from './similarity.js';

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

/**
 * Whether the text around a match supports it: the average similarity of the stored prefix and
 * suffix that are not empty. anchorTarget counts an empty stored side (a quote at the part's edge)
 * as full agreement when the candidate is at an edge too, so a stock phrase ending question 12
 * ("Zo nee, waarom niet?") would "agree" with the same phrase ending any other question; here an
 * empty side is no evidence either way. A quote that was a whole part has only itself as evidence.
 */
function hasContextEvidence(text: string, match: AnchorMatch, quote: TextQuoteSelector): boolean {
  const sides: number[] = [];
  if (quote.prefix.length > 0) sides.push(textSimilarity(text.slice(Math.max(0, match.start - quote.prefix.length), match.start), quote.prefix));
  if (quote.suffix.length > 0) sides.push(textSimilarity(text.slice(match.end, match.end + quote.suffix.length), quote.suffix));
  if (sides.length === 0) return match.start === 0 && match.end === text.length;
  return sides.reduce((sum, s) => sum + s, 0) / sides.length >= CONTEXT_AGREEMENT;
}

/**
 * Where `target` points in `text` now, or null (orphaned). A short quote (< 32 characters) is only
 * placed where its surroundings agree: otherwise it is orphaned rather than moved onto a
 * look-alike passage; a longer quote is specific enough on its own (anchorTarget marks it relocated).
 */
function locate(text: string, target: AnnotationTarget): AnchorMatch | null {
  const match = anchorTarget(text, { quote: target.quote, position: target.position });
  if (match === null) return null;
  const isUnchanged = match.score === 1 && match.start === target.position.start;
  if (isUnchanged || target.quote.exact.length >= LONE_QUOTE_LENGTH || hasContextEvidence(text, match, target.quote)) return match;
  return null;
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
  const match = text === null ? null : locate(text, annotation.target);
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
