/**
 * Cuts a short snippet (~160 characters) out of a unit's text around its first match, and moves the
 * match ranges into snippet coordinates so the UI can mark them.
 */
import type { SnippetMark } from '../api/types.js';

export const SNIPPET_LENGTH = 160;
/** How much text to keep before the first match, so it reads in context. */
const LEAD = 50;
const ELLIPSIS = '…';

export interface Snippet {
  snippet: string;
  /** half-open UTF-16 ranges into `snippet` */
  marks: SnippetMark[];
}

/**
 * Makes a snippet of about `length` characters, cut at spaces, with "…" where text was cut off.
 * Line breaks become spaces (one for one, so offsets hold).
 * @param text the unit's full text
 * @param ranges sorted, non-overlapping match ranges in `text` (UTF-16); may be empty
 * @param length target snippet length in UTF-16 code units, ellipses not counted
 */
export function makeSnippet(text: string, ranges: readonly SnippetMark[], length = SNIPPET_LENGTH): Snippet {
  const first = ranges[0];
  let start = 0;
  if (first && first.end > length - 10) {
    start = Math.max(0, first.start - LEAD);
    // begin at a word start, but never after the match
    const space = text.slice(start, first.start).search(/\s\S/u);
    if (start > 0 && space >= 0) start += space + 1;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const cut = text.lastIndexOf(' ', end);
    if (cut > (first ? first.end : start)) end = cut;
  }
  if (first && end < first.end) end = first.end;
  const body = text.slice(start, end).replace(/\s/gu, ' ').trimEnd();
  const lead = start > 0 ? ELLIPSIS : '';
  const snippet = lead + body + (start + body.length < text.length ? ELLIPSIS : '');
  const marks: SnippetMark[] = [];
  for (const r of ranges) {
    const s = Math.max(r.start, start);
    const e = Math.min(r.end, start + body.length);
    if (s < e) marks.push({ start: s - start + lead.length, end: e - start + lead.length });
  }
  return { snippet, marks };
}
