/**
 * Anchoring in one of several parts, for an annotation that does not say which part it belongs to
 * (a W3C file from another tool). When it does name its part, callers pass that part alone: a quote
 * is never looked for in a part other than the one its selector names.
 */
import { MIN_MARGIN, type AnchorMatch, type AnchorSelectors } from './anchor-rules.js';
import { anchorTarget } from './anchor.js';

/** One part to look in: the caller's name for it, its current text, and the selectors relative to it. */
export interface PartToSearch<P> {
  part: P;
  text: string;
  target: AnchorSelectors;
}

/** Where the selectors were placed: the part (as the caller named it), its text, and the match. */
export interface PlacedInPart<P> {
  part: P;
  text: string;
  match: AnchorMatch;
}

/**
 * Anchors the selectors in each part with `anchorTarget` and takes the best match, which must beat
 * the best match in every other part by MIN_MARGIN: a quote found about equally well in two parts
 * (a stock phrase ending several questions, with no context that tells them apart) is orphaned,
 * not guessed. With one part this is `anchorTarget` on that part.
 *
 * @param parts - the parts to look in, in document order (order does not decide)
 * @returns the placement, or null when no part has a match or two parts match alike
 */
export function anchorInParts<P>(parts: readonly PartToSearch<P>[]): PlacedInPart<P> | null {
  const placed = parts
    .map(({ part, text, target }) => ({ part, text, match: anchorTarget(text, target) }))
    .filter((p): p is PlacedInPart<P> => p.match !== null)
    .sort((a, b) => b.match.score - a.match.score);
  const [best, runnerUp] = placed;
  if (best === undefined) return null;
  return runnerUp !== undefined && best.match.score - runnerUp.match.score < MIN_MARGIN ? null : best;
}
