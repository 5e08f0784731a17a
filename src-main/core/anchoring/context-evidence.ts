/**
 * How far the text around a candidate supports it, judged only on the context that was stored.
 * Scoring (exact-quote.ts) counts an empty stored side (a quote at the part's edge) as agreement
 * when the candidate is at an edge too, so a stock phrase ending question 12 ("Zo nee, waarom
 * niet?") would "agree" with the same phrase ending any other question; here an empty side is no
 * evidence either way.
 */
import type { TextQuoteSelector } from '../model/index.js';
import { textSimilarity } from './similarity.js';

/**
 * The average similarity (0..1) of the stored prefix and suffix that are not empty to the text now
 * before and after `range`.
 *
 * @param text - the part's current text
 * @param range - a candidate, UTF-16 offsets with `end` exclusive
 * @param quote - the stored quote selector
 * @returns 0..1, or null when the quote has no stored context at all (nothing to judge by)
 */
export function contextAgreement(text: string, range: { start: number; end: number }, quote: TextQuoteSelector): number | null {
  const sides: number[] = [];
  if (quote.prefix.length > 0) sides.push(textSimilarity(text.slice(Math.max(0, range.start - quote.prefix.length), range.start), quote.prefix));
  if (quote.suffix.length > 0) sides.push(textSimilarity(text.slice(range.end, range.end + quote.suffix.length), quote.suffix));
  return sides.length === 0 ? null : sides.reduce((sum, s) => sum + s, 0) / sides.length;
}
