/**
 * The shapes and thresholds of anchoring (DESIGN §4), shared by the rule for long quotes
 * (anchor.ts), the rule for short quotes (short-quote.ts) and the choice among parts (anchor-parts.ts).
 */
import type { TextPositionSelector, TextQuoteSelector } from '../model/index.js';

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
/**
 * Quotes shorter than this (UTF-16 code units) are anchored only exactly: a stock phrase such as
 * "Zo nee, waarom niet?" occurs in many parts, so its own text proves nothing. Quotes at least this
 * long are specific enough to be kept (as relocated) in new surroundings or matched approximately.
 * The same length as the context describeRange stores on each side.
 */
export const SHORT_QUOTE_LENGTH = 32;

export interface AnchorMatch {
  /** UTF-16 offsets into the part text; `end` exclusive */
  start: number;
  end: number;
  /** `anchored`: the quote itself was found; `relocated`: an approximate or uncertain match to review */
  state: 'anchored' | 'relocated';
  /** weighted match score 0..1 (1 = unchanged quote, context and position) */
  score: number;
}

/**
 * The selectors anchoring uses: an annotation's target without its part. `position` may be absent
 * (a W3C file from another tool that has only a quote); then nothing is decided by position.
 */
export interface AnchorSelectors {
  quote: TextQuoteSelector;
  position?: TextPositionSelector;
}

/** Whether `quote` is short enough to be anchored only exactly (see SHORT_QUOTE_LENGTH). */
export function isShortQuote(quote: TextQuoteSelector): boolean {
  return quote.exact.length < SHORT_QUOTE_LENGTH;
}

/** Whether two half-open ranges share at least one code unit. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Stands in for an absent position selector when ranking candidates (ties go to the earliest). */
export const NO_POSITION: TextPositionSelector = { start: 0, end: 0 };
