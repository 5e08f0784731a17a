/**
 * Finds where a quote occurs verbatim in a part's text and ranks the occurrences by how well their
 * surroundings match the stored prefix/suffix and how close they are to the stored position.
 * Shared by re-anchoring (anchor.ts) and the briefing, which places marks only on exact quotes.
 */
import type { TextPositionSelector, TextQuoteSelector } from '../model/index.js';
import { textSimilarity } from './similarity.js';

/** Weights of hypothesis/client's match-quote.ts: quote, prefix, suffix, closeness to the old position. */
export const QUOTE_WEIGHT = 50;
export const PREFIX_WEIGHT = 20;
export const SUFFIX_WEIGHT = 20;
export const POSITION_WEIGHT = 2;
const MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/** Context score when the stored context is empty (the quote touched the part's edge) but the candidate does not. */
const NEUTRAL_CONTEXT = 0.5;
/** Occurrences of one quote considered at most (a two-letter quote can occur hundreds of times). */
const MAX_OCCURRENCES = 2000;

/** One place in the text where the quote (or something close to it) was found, with its scores. */
export interface ScoredCandidate {
  start: number;
  end: number;
  /** 1 − edits / quote length */
  quoteSimilarity: number;
  prefixSimilarity: number;
  suffixSimilarity: number;
  /** weighted total, 0..1 */
  score: number;
}

/** Similarity of the stored prefix to the text just before `start` (0..1). */
function prefixSimilarity(text: string, start: number, prefix: string): number {
  if (prefix.length === 0) return start === 0 ? 1 : NEUTRAL_CONTEXT;
  return textSimilarity(text.slice(Math.max(0, start - prefix.length), start), prefix);
}

/** Similarity of the stored suffix to the text just after `end` (0..1). */
function suffixSimilarity(text: string, end: number, suffix: string): number {
  if (suffix.length === 0) return end === text.length ? 1 : NEUTRAL_CONTEXT;
  return textSimilarity(text.slice(end, end + suffix.length), suffix);
}

/**
 * Scores one candidate range `[start, end)` of `text` against the stored selectors.
 *
 * @param quoteSimilarity - 1 for an exact occurrence, else 1 − edits / quote length
 * @returns the candidate with its prefix, suffix and weighted total score (0..1)
 */
export function scoreCandidate(
  text: string,
  start: number,
  end: number,
  quoteSimilarity: number,
  quote: TextQuoteSelector,
  position: TextPositionSelector,
): ScoredCandidate {
  const prefix = prefixSimilarity(text, start, quote.prefix);
  const suffix = suffixSimilarity(text, end, quote.suffix);
  const closeness = text.length === 0 ? 1 : 1 - Math.min(1, Math.abs(start - position.start) / text.length);
  const raw = QUOTE_WEIGHT * quoteSimilarity + PREFIX_WEIGHT * prefix + SUFFIX_WEIGHT * suffix + POSITION_WEIGHT * closeness;
  return { start, end, quoteSimilarity, prefixSimilarity: prefix, suffixSimilarity: suffix, score: raw / MAX_SCORE };
}

/**
 * Every verbatim occurrence of `quote.exact` in `text`, best first: by score (context, then
 * closeness to `position.start`). Overlapping occurrences are all listed.
 *
 * @param text - the part's current NFC text
 * @returns scored candidates (UTF-16 offsets, `end` exclusive); empty when the quote is absent
 */
export function findExactQuote(text: string, quote: TextQuoteSelector, position: TextPositionSelector): ScoredCandidate[] {
  const exact = quote.exact;
  if (exact.length === 0) return [];
  const found: ScoredCandidate[] = [];
  for (let at = text.indexOf(exact); at !== -1 && found.length < MAX_OCCURRENCES; at = text.indexOf(exact, at + 1)) {
    found.push(scoreCandidate(text, at, at + exact.length, 1, quote, position));
  }
  return found.sort((a, b) => b.score - a.score || Math.abs(a.start - position.start) - Math.abs(b.start - position.start));
}
