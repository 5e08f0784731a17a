/**
 * The words a search hit marked, found again in the reader: the snippet's marked texts are looked
 * up in the whole part, case- and diacritic-insensitively (Oeïgoeren = oeigoeren) and as whole
 * words, so the reader can paint them as <mark class="search-hit">.
 */
import type { SnippetMark } from '../../src-main/core/api/types.js';
import type { HighlightRange } from './segments.js';

/** `annotationId` of highlight ranges that are search-hit marks, not annotations. */
export const SEARCH_HIT_ID = 'search-hit';

/** A UTF-16 range `[start, end)` in a part's text. */
export interface TextRange {
  start: number;
  end: number;
}

/** One code unit folded: lower case, combining marks dropped ("Ï" → "i"). */
function foldChar(ch: string): string {
  const folded = ch.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('nl');
  return folded.length === 1 ? folded : ch.toLocaleLowerCase('nl').slice(0, 1) || ch;
}

/** `text` folded code unit by code unit, so folded offsets are the original offsets. */
export function foldForMatch(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i]!);
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The distinct marked words of a snippet, folded, longest first (so a longer mark wins where two
 * overlap). Blank marks are skipped.
 */
export function markedTerms(snippet: string, marks: readonly SnippetMark[]): string[] {
  const terms = new Set<string>();
  for (const m of marks) {
    const term = foldForMatch(snippet.slice(m.start, m.end).trim());
    if (term !== '') terms.add(term);
  }
  return [...terms].sort((a, b) => b.length - a.length);
}

/**
 * Every whole-word occurrence of any of `terms` (already folded, see `markedTerms`) in `text`,
 * in text order, not overlapping.
 */
export function findTermRanges(text: string, terms: readonly string[]): TextRange[] {
  const folded = foldForMatch(text);
  const ranges: TextRange[] = [];
  for (const term of terms) {
    if (term === '') continue;
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
      const end = at + term.length;
      const isWordStart = at === 0 || !WORD_CHAR.test(folded[at - 1]!);
      const isWordEnd = end === folded.length || !WORD_CHAR.test(folded[end]!);
      if (!isWordStart || !isWordEnd) continue;
      if (ranges.some((r) => r.start < end && at < r.end)) continue;
      ranges.push({ start: at, end });
    }
  }
  return ranges.sort((a, b) => a.start - b.start);
}

/**
 * `highlights` (per part key) with the hit's words added to its part as ranges whose
 * `annotationId` is `SEARCH_HIT_ID`; PartText paints those as <mark class="search-hit">.
 * @returns `highlights` itself when there is nothing to mark
 */
export function withSearchHits(
  highlights: ReadonlyMap<string, HighlightRange[]>,
  partKey: string,
  ranges: readonly TextRange[],
): ReadonlyMap<string, HighlightRange[]> {
  if (ranges.length === 0) return highlights;
  const merged = new Map(highlights);
  const marks = ranges.map((r) => ({ start: r.start, end: r.end, annotationId: SEARCH_HIT_ID, color: '' }));
  merged.set(partKey, [...(highlights.get(partKey) ?? []), ...marks]);
  return merged;
}

/** Whether a highlight range is a search-hit mark rather than an annotation. */
export function isSearchHit(range: HighlightRange): boolean {
  return range.annotationId === SEARCH_HIT_ID;
}
