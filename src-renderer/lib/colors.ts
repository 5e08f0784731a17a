/**
 * Screen colours of the highlight palette. A `Record` over the contract's `HighlightColor` type
 * keeps this list complete at compile time without importing the zod schema (and zod) at runtime.
 */
import type { HighlightColor } from '../../src-main/core/model/annotation.js';

/** Background colour per highlight colour name (light enough for black text, AA contrast). */
export const HIGHLIGHT_CSS: Record<HighlightColor, string> = {
  yellow: '#fff176',
  green: '#b9f6ca',
  blue: '#b3e5fc',
  pink: '#f8bbd0',
  orange: '#ffcc80',
};

/** The palette in display order (the order of HIGHLIGHT_COLORS in core/model/annotation.ts). */
export const HIGHLIGHT_COLOR_LIST = Object.keys(HIGHLIGHT_CSS) as HighlightColor[];
