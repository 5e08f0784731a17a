/**
 * Turns a selection in one part's text into the two selectors an annotation stores (DESIGN §4):
 * a quote selector with context, for re-anchoring after the text changes, and a position selector.
 */
import { VraagbaakError } from '../model/index.js';
import type { TextPositionSelector, TextQuoteSelector } from '../model/index.js';

/** Characters of context kept on each side of a quote, as hypothesis/client does. */
export const DEFAULT_CONTEXT_LENGTH = 32;

/** The selectors of one selection: `AnnotationTarget` without its `part`. */
export interface DescribedRange {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/**
 * Describes the selection `[start, end)` of `partText` as quote + position selectors.
 *
 * @param partText - the NFC text of one question, answer, footnote or title
 * @param start - first selected UTF-16 code unit (inclusive)
 * @param end - end of the selection in UTF-16 code units (exclusive)
 * @param contextLength - UTF-16 code units of prefix and suffix to keep (fewer at the part's edges)
 * @returns `{ quote: { exact, prefix, suffix }, position: { start, end } }`
 * @throws VraagbaakError('invalid-input') when the selection is empty, reversed, not whole numbers,
 *   or reaches outside the text.
 */
export function describeRange(
  partText: string,
  start: number,
  end: number,
  contextLength: number = DEFAULT_CONTEXT_LENGTH,
): DescribedRange {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > partText.length || end <= start) {
    throw new VraagbaakError(
      'invalid-input',
      `The selection ${String(start)}–${String(end)} is empty or outside the text (length ${String(partText.length)}).`,
      { start, end, length: partText.length },
    );
  }
  if (!Number.isInteger(contextLength) || contextLength < 0) {
    throw new VraagbaakError('invalid-input', `The context length must be a whole number ≥ 0, got ${String(contextLength)}.`);
  }
  return {
    quote: {
      exact: partText.slice(start, end),
      prefix: partText.slice(Math.max(0, start - contextLength), start),
      suffix: partText.slice(end, end + contextLength),
    },
    position: { start, end },
  };
}
