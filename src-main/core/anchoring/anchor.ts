/**
 * Re-anchors an annotation in a (possibly changed) part text, DESIGN §4: exact position → exact
 * quote (context and closeness decide between occurrences) → bounded fuzzy match that must clear a
 * minimum score and beat the runner-up by a margin (`relocated`, for review) → `null` (orphaned).
 * Short quotes take the stricter rule of short-quote.ts (exact only, never guessed). Every caller
 * (re-import of a changed document, W3C import) gets both through `anchorTarget`.
 * Modelled on hypothesis/client match-quote.ts, which has no minimum score and no ambiguity check.
 */
import type { TextPositionSelector, TextQuoteSelector } from '../model/index.js';
import {
  CONTEXT_AGREEMENT,
  isShortQuote,
  MAX_EDIT_RATIO,
  MAX_EDITS,
  MIN_MARGIN,
  MIN_SCORE,
  NO_POSITION,
  overlaps,
  type AnchorMatch,
  type AnchorSelectors,
} from './anchor-rules.js';
import { findExactQuote, scoreCandidate, type ScoredCandidate } from './exact-quote.js';
import { approximateMatches } from './fuzzy-search.js';
import { anchorShortQuote } from './short-quote.js';

/** The best candidate and the best one elsewhere (not overlapping it), from a best-first list. */
function bestAndRunnerUp(sorted: ScoredCandidate[]): [ScoredCandidate | undefined, ScoredCandidate | undefined] {
  const best = sorted[0];
  return [best, best === undefined ? undefined : sorted.find((c) => !overlaps(c, best))];
}

/** Decides among exact occurrences of a long quote, or returns null to fall through to fuzzy matching. */
function anchorExact(text: string, selectors: AnchorSelectors): AnchorMatch | null {
  const [best, runnerUp] = bestAndRunnerUp(findExactQuote(text, selectors.quote, selectors.position ?? NO_POSITION));
  if (best === undefined) return null;
  const unmoved = best.start === selectors.position?.start;
  const contextAgrees = (best.prefixSimilarity + best.suffixSimilarity) / 2 >= CONTEXT_AGREEMENT;
  const unambiguous = runnerUp === undefined || best.score - runnerUp.score >= MIN_MARGIN;
  const match = { start: best.start, end: best.end, score: best.score };
  if (contextAgrees) return { ...match, state: unmoved || unambiguous ? 'anchored' : 'relocated' };
  // new surroundings: a long quote is specific enough on its own, unless it occurs twice alike
  return unmoved || unambiguous ? { ...match, state: 'relocated' } : null;
}

/** Bounded fuzzy match of a long quote: accepted only with a clear score and a clear margin over the runner-up. */
function anchorFuzzy(text: string, selectors: AnchorSelectors): AnchorMatch | null {
  const quote = selectors.quote.exact;
  const maxErrors = Math.min(MAX_EDITS, Math.floor(quote.length * MAX_EDIT_RATIO));
  const position = selectors.position ?? NO_POSITION;
  const scored = approximateMatches(text, quote, maxErrors)
    .map((m) => scoreCandidate(text, m.start, m.end, 1 - m.errors / quote.length, selectors.quote, position))
    .sort((a, b) => b.score - a.score);
  const [best, runnerUp] = bestAndRunnerUp(scored);
  if (best === undefined || best.score < MIN_SCORE) return null;
  if (runnerUp !== undefined && best.score - runnerUp.score < MIN_MARGIN) return null;
  return { start: best.start, end: best.end, state: 'relocated', score: best.score };
}

/** Whether the stored position still holds the quote with exactly its stored prefix and suffix. */
function isUnchanged(text: string, quote: TextQuoteSelector, position: TextPositionSelector): boolean {
  return (
    text.slice(position.start, position.end) === quote.exact &&
    text.slice(Math.max(0, position.start - quote.prefix.length), position.start) === quote.prefix &&
    text.slice(position.end, position.end + quote.suffix.length) === quote.suffix
  );
}

/**
 * Finds where an annotation's selectors point in `partText` now.
 *
 * Order: the stored position when it still holds the quote with its prefix and suffix (`anchored`,
 * score 1). Then, for a quote shorter than SHORT_QUOTE_LENGTH (32): only a verbatim occurrence
 * whose surroundings agree with the stored context, and that the context tells apart from any other
 * occurrence — or, when it does not, the occurrence at the stored position; else null (see
 * `anchorShortQuote`). For a longer quote: the exact quote (best context, then nearest the old
 * position; `relocated` when the choice is ambiguous or the surroundings are new; null when it
 * occurs twice alike in new surroundings); else a fuzzy match with ≤ 25 % edits, score ≥ 0.75 and
 * a 0.05 margin over the runner-up (`relocated`).
 * Cost: a few Myers passes, O((edits/32) · n); well under a millisecond per quote for n ≈ 20,000.
 *
 * @param partText - the part's current NFC text
 * @param target - the stored quote selector (`exact`, `prefix`, `suffix`) and position selector
 * @returns the range (UTF-16 offsets, `end` exclusive) with its state and score, or `null` when the
 *   annotation is orphaned (no match, or only a weak or ambiguous one).
 */
export function anchorTarget(partText: string, target: AnchorSelectors): AnchorMatch | null {
  const { quote, position } = target;
  if (quote.exact.length === 0) return null;
  if (position !== undefined && isUnchanged(partText, quote, position)) return { start: position.start, end: position.end, state: 'anchored', score: 1 };
  if (isShortQuote(quote)) return anchorShortQuote(partText, target);
  return anchorExact(partText, target) ?? anchorFuzzy(partText, target);
}
