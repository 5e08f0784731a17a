/**
 * Highlight colours get a second, non-colour cue: a briefing is often printed in black and white,
 * where five pale tints look alike. Each colour has its own underline style, explained once in
 * the briefing's legend. The PDF (CSS `text-decoration-style`) and the Word export (`w:u`
 * underline types) use this one mapping, so both print the same cue for the same colour.
 */
import { HIGHLIGHT_COLORS, type HighlightColor } from '../model/index.js';

/** The underline styles used as cues (CSS `text-decoration-style` names). */
export type UnderlineCue = 'solid' | 'double' | 'dotted' | 'dashed' | 'wavy';

/** The Word (OOXML `w:u/@w:val`, docx `UnderlineType`) underline of each cue. */
export const WORD_UNDERLINES: Readonly<Record<UnderlineCue, 'single' | 'double' | 'dotted' | 'dash' | 'wave'>> = {
  solid: 'single',
  double: 'double',
  dotted: 'dotted',
  dashed: 'dash',
  wavy: 'wave',
};

/**
 * Per highlight colour: the underline style that marks it in print, the print tint (light, so black
 * text on top stays readable) and the underline colour (dark grey, visible in black and white).
 */
export const HIGHLIGHT_CUES: Readonly<Record<HighlightColor, { underline: UnderlineCue; tint: string }>> = {
  yellow: { underline: 'solid', tint: '#fff59d' },
  green: { underline: 'double', tint: '#c8ecc1' },
  blue: { underline: 'dotted', tint: '#cbe2fb' },
  pink: { underline: 'dashed', tint: '#f9cfe3' },
  orange: { underline: 'wavy', tint: '#ffd9a8' },
};

/** The colour of the cue underlines (CSS colour; as hex "444444" for Word). */
export const CUE_LINE_COLOR = '#444444';

/** The palette colours in legend order. */
export const CUE_ORDER: readonly HighlightColor[] = HIGHLIGHT_COLORS;
