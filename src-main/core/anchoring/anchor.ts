/**
 * Re-anchors an annotation in a (possibly changed) part text, DESIGN §4: exact position → exact
 * quote (context and closeness decide between occurrences) → bounded fuzzy match that must clear a
 * minimum score and beat the runner-up by a margin (`relocated`, for review) → `null` (orphaned).
 * Modelled on hypothesis/client match-quote.ts, which has no minimum score and no ambiguity check.
 */
import approxSearch from 'approx-string-match';
import type { TextPositionSelector, TextQuoteSelector } from '../model/index.js';
import { findExactQuote, scoreCandidate, type ScoredCandidate } from './exact-quote.js';

/** Fuzzy candidates must have at most this share of the quote edited (so ≥ 75 % similar). */
export const MAX_EDIT_RATIO = 0.25;
/** Upper bound on edits searched for: keeps Myers' O(edits/32 · n) search fast on long quotes. */
export const MAX_EDITS = 256;
/** A relocated match needs at least this weighted score (quote 50, prefix 20, suffix 20, position 2). */
export const MIN_SCORE = 0.75;
/** …and must beat the best non-overlapping runner-up by this much, or it is ambiguous. */
export const MIN_MARGIN = 0.05;
/** Average prefix/suffix similarity above which an exact quote's surroundings count as the same. */
export const CONTEXT_AGREEMENT = 0.5;
/** An exact quote at least this long is kept (as relocated) even in new surroundings. */
export const LONE_QUOTE_LENGTH = 32;
/** Fuzzy search rounds: each round searches the text left uncovered by earlier matches. */
const SEARCH_ROUNDS = 3;
const MAX_FUZZY_CANDIDATES = 200;

export interface AnchorMatch {
  /** UTF-16 offsets into the part text; `end` exclusive */
  start: number;
  end: number;
  /** `anchored`: the quote itself was found; `relocated`: an approximate or uncertain match to review */
  state: 'anchored' | 'relocated';
  /** weighted match score 0..1 (1 = unchanged quote, context and position) */
  score: number;
}

/** The selectors re-anchoring uses: an annotation's target without its part. */
export interface AnchorSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The best candidate and the best one elsewhere (not overlapping it), from a best-first list. */
function bestAndRunnerUp(sorted: ScoredCandidate[]): [ScoredCandidate | undefined, ScoredCandidate | undefined] {
  const best = sorted[0];
  return [best, best === undefined ? undefined : sorted.find((c) => !overlaps(c, best))];
}

/** Decides among exact occurrences of the quote, or returns null to fall through to fuzzy matching. */
function anchorExact(text: string, selectors: AnchorSelectors): AnchorMatch | null {
  const [best, runnerUp] = bestAndRunnerUp(findExactQuote(text, selectors.quote, selectors.position));
  if (best === undefined) return null;
  const unmoved = best.start === selectors.position.start;
  const contextAgrees = (best.prefixSimilarity + best.suffixSimilarity) / 2 >= CONTEXT_AGREEMENT;
  const unambiguous = runnerUp === undefined || best.score - runnerUp.score >= MIN_MARGIN;
  const match = { start: best.start, end: best.end, score: best.score };
  if (contextAgrees) return { ...match, state: unmoved || unambiguous ? 'anchored' : 'relocated' };
  if (selectors.quote.exact.length >= LONE_QUOTE_LENGTH) return { ...match, state: 'relocated' };
  return null;
}

/** Approximate occurrences of `quote` within `maxErrors` edits, over a few masked search rounds. */
function approximateMatches(text: string, quote: string, maxErrors: number): { start: number; end: number; errors: number }[] {
  const found: { start: number; end: number; errors: number }[] = [];
  let segments: [number, number][] = [[0, text.length]];
  for (let round = 0; round < SEARCH_ROUNDS && segments.length > 0 && found.length < MAX_FUZZY_CANDIDATES; round++) {
    const next: [number, number][] = [];
    for (const [from, to] of segments) {
      if (to - from < quote.length - maxErrors) continue;
      const matches = approxSearch(text.slice(from, to), quote, maxErrors)
        .map((m) => ({ start: m.start + from, end: m.end + from, errors: m.errors }))
        .sort((a, b) => a.start - b.start);
      found.push(...matches);
      let cursor = from;
      for (const m of matches) {
        if (m.start > cursor) next.push([cursor, m.start]);
        cursor = Math.max(cursor, m.end);
      }
      if (cursor < to) next.push([cursor, to]);
    }
    segments = next;
  }
  return found.slice(0, MAX_FUZZY_CANDIDATES);
}

/** Bounded fuzzy match: accepted only with a clear score and a clear margin over the runner-up. */
function anchorFuzzy(text: string, selectors: AnchorSelectors): AnchorMatch | null {
  const quote = selectors.quote.exact;
  const maxErrors = Math.min(MAX_EDITS, Math.floor(quote.length * MAX_EDIT_RATIO));
  const scored = approximateMatches(text, quote, maxErrors)
    .map((m) => scoreCandidate(text, m.start, m.end, 1 - m.errors / quote.length, selectors.quote, selectors.position))
    .sort((a, b) => b.score - a.score);
  const [best, runnerUp] = bestAndRunnerUp(scored);
  if (best === undefined || best.score < MIN_SCORE) return null;
  if (runnerUp !== undefined && best.score - runnerUp.score < MIN_MARGIN) return null;
  return { start: best.start, end: best.end, state: 'relocated', score: best.score };
}

/**
 * Finds where an annotation's selectors point in `partText` now.
 *
 * Order: the stored position when it still holds the quote with its prefix and suffix; else the
 * exact quote (best context, then nearest the old position; `relocated` when the choice is
 * ambiguous, or when a quote of ≥ 32 characters now has different surroundings); else a fuzzy
 * match with ≤ 25 % edits, score ≥ 0.75 and a 0.05 margin over the runner-up (`relocated`).
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
  if (
    partText.slice(position.start, position.end) === quote.exact &&
    partText.slice(Math.max(0, position.start - quote.prefix.length), position.start) === quote.prefix &&
    partText.slice(position.end, position.end + quote.suffix.length) === quote.suffix
  ) {
    return { start: position.start, end: position.end, state: 'anchored', score: 1 };
  }
  return anchorExact(partText, target) ?? anchorFuzzy(partText, target);
}
