/**
 * A highlight as Word draws it: one of Word's own highlight colours (so "Highlight" in Word finds
 * and removes it) plus the underline cue the PDF prints for the same colour (core/briefing/cues.ts),
 * so the colours stay apart on a black-and-white print.
 */
import { HighlightColor as WordHighlight, type IRunOptions } from 'docx';
import { CUE_LINE_COLOR, HIGHLIGHT_CUES, WORD_UNDERLINES } from '../core/briefing/cues.js';
import type { HighlightColor } from '../core/model/index.js';

/**
 * The nearest of Word's fixed highlight colours to each palette colour. Word has no orange: red is
 * the nearest (and orange keeps its own wavy underline); blue and pink become Word's light
 * "turquoise" (cyan) and "pink" (magenta), on which black text stays readable.
 */
export const WORD_HIGHLIGHTS: Readonly<Record<HighlightColor, (typeof WordHighlight)[keyof typeof WordHighlight]>> = {
  yellow: WordHighlight.YELLOW,
  green: WordHighlight.GREEN,
  blue: WordHighlight.CYAN,
  pink: WordHighlight.MAGENTA,
  orange: WordHighlight.RED,
};

/** Run formatting of highlighted text in `color`: Word highlight and the colour's underline cue. */
export function highlightFormat(color: HighlightColor): Pick<IRunOptions, 'highlight' | 'underline'> {
  return {
    highlight: WORD_HIGHLIGHTS[color],
    underline: { type: WORD_UNDERLINES[HIGHLIGHT_CUES[color].underline], color: CUE_LINE_COLOR.replace(/^#/, '') },
  };
}
