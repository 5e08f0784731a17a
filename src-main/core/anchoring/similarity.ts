/**
 * Edit-distance similarity between short strings (a stored prefix or suffix against the text now
 * around a candidate), computed with approx-string-match (Myers' bit-parallel algorithm).
 */
import approxSearch from 'approx-string-match';

/**
 * How well `expected` occurs inside `actual`: 1 − (fewest edits to find `expected` in `actual`) /
 * `expected.length`, clamped to 0..1. A semi-global match, so `actual` may be longer.
 *
 * @param actual - the text now present (e.g. the 32 characters before a candidate)
 * @param expected - the stored text (e.g. the quote's prefix); must not be empty
 * @returns a similarity from 0 (nothing in common) to 1 (contained unchanged)
 */
export function textSimilarity(actual: string, expected: string): number {
  if (expected.length === 0) return actual.length === 0 ? 1 : 0;
  if (actual.length === 0) return 0;
  if (actual.includes(expected)) return 1;
  const best = approxSearch(actual, expected, expected.length)[0];
  return best === undefined ? 0 : Math.max(0, 1 - best.errors / expected.length);
}
