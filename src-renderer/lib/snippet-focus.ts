/**
 * Moves a search snippet's first marked word to the front of a row: the library clamps a snippet to
 * two lines, so a hit 120 characters into a 160-character snippet would be cut off from view.
 */
import type { SnippetMark } from '../../src-main/core/api/types.js';

const ELLIPSIS = '…';

/**
 * Drops the snippet's text before its first mark except for `lead` characters of context, cut at a
 * space and shown as "…"; marks are moved along. A snippet whose first mark is already near the start
 * (or that has no marks) is returned as it is.
 * @param lead characters of context to keep before the first mark (UTF-16 code units)
 */
export function focusSnippet(snippet: string, marks: readonly SnippetMark[], lead = 20): { text: string; marks: SnippetMark[] } {
  const first = marks[0];
  if (!first || first.start <= lead + 10) return { text: snippet, marks: [...marks] };
  // the first space at least `lead` characters before the mark; the text starts after it
  const space = snippet.lastIndexOf(' ', first.start - lead);
  if (space < 0) return { text: snippet, marks: [...marks] };
  const cut = space + 1;
  const shift = cut - ELLIPSIS.length;
  return {
    text: ELLIPSIS + snippet.slice(cut),
    marks: marks.filter((m) => m.end > cut).map((m) => ({ start: Math.max(m.start, cut) - shift, end: m.end - shift })),
  };
}
