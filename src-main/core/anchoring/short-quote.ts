/**
 * The rule for short quotes (< SHORT_QUOTE_LENGTH): exact occurrences only, and only where the
 * stored context or the stored position says it is this one. A stock phrase ("Zo nee, waarom
 * niet?") is never moved onto a look-alike, never matched approximately, never guessed among
 * several occurrences.
 */
import type { TextQuoteSelector } from '../model/index.js';
import { CONTEXT_AGREEMENT, MIN_MARGIN, NO_POSITION, overlaps, type AnchorMatch, type AnchorSelectors } from './anchor-rules.js';
import { contextAgreement } from './context-evidence.js';
import { findExactQuote, type ScoredCandidate } from './exact-quote.js';

const hasStoredContext = (quote: TextQuoteSelector): boolean => quote.prefix.length > 0 || quote.suffix.length > 0;

/**
 * Where a short quote is in `text` now, or null (orphaned).
 *
 * Only verbatim occurrences count. One is *supported* when its surroundings agree with the stored
 * prefix/suffix (average similarity of the non-empty sides ≥ CONTEXT_AGREEMENT); with no stored
 * context at all, every occurrence is supported and nothing tells them apart. The best supported
 * occurrence is taken when no other occurrence scores within MIN_MARGIN of it; when one does
 * (the context does not tell them apart), the occurrence at the stored position is taken if it is
 * supported, else none. State: `anchored`, except an occurrence found without any stored context
 * away from the stored position, which is `relocated` for review.
 *
 * @param text - the part's current NFC text
 * @param selectors - a quote shorter than SHORT_QUOTE_LENGTH, and its position when known
 */
export function anchorShortQuote(text: string, selectors: AnchorSelectors): AnchorMatch | null {
  const { quote, position } = selectors;
  const occurrences = findExactQuote(text, quote, position ?? NO_POSITION);
  const withContext = hasStoredContext(quote);
  const isSupported = (c: ScoredCandidate) => !withContext || (contextAgreement(text, c, quote) ?? 0) >= CONTEXT_AGREEMENT;
  const isAtPosition = (c: ScoredCandidate) => position !== undefined && c.start === position.start;
  const best = occurrences.find(isSupported);
  if (best === undefined) return null;
  const rivals = occurrences.filter((c) => !overlaps(c, best) && best.score - c.score < MIN_MARGIN);
  const chosen = rivals.length === 0 ? best : [best, ...rivals].find((c) => isAtPosition(c) && isSupported(c));
  if (chosen === undefined) return null;
  const state = withContext || isAtPosition(chosen) ? 'anchored' : 'relocated';
  return { start: chosen.start, end: chosen.end, state, score: chosen.score };
}
