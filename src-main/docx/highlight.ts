/**
 * A highlight as Word draws it: run shading in the same light print tint the PDF uses, plus the
 * colour's underline cue (core/briefing/cues.ts), so the colours stay apart on a black-and-white
 * print. Word's own highlight palette has no orange and would print blue and pink as loud cyan and
 * magenta; shading takes any colour (an editor clears it with Home → Shading → No Color).
 */
import { ShadingType, type IRunOptions } from 'docx';
import { CUE_LINE_COLOR, HIGHLIGHT_CUES, WORD_UNDERLINES } from '../core/briefing/cues.js';
import type { HighlightColor } from '../core/model/index.js';

/** "#fff59d" → "FFF59D", as OOXML writes colours. */
function wordColor(css: string): string {
  return css.replace(/^#/, '').toUpperCase();
}

/**
 * Run formatting of highlighted text in `color`: clear shading filled with the colour's print
 * tint (hex, as `HIGHLIGHT_CUES[color].tint`) and the colour's underline cue in dark grey.
 */
export function highlightFormat(color: HighlightColor): Pick<IRunOptions, 'shading' | 'underline'> {
  const cue = HIGHLIGHT_CUES[color];
  return {
    shading: { type: ShadingType.CLEAR, fill: wordColor(cue.tint), color: 'auto' },
    underline: { type: WORD_UNDERLINES[cue.underline], color: wordColor(CUE_LINE_COLOR) },
  };
}
