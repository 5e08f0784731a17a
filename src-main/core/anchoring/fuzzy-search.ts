/**
 * Approximate occurrences of a quote in a part's text (Myers' bit-parallel algorithm via
 * approx-string-match), over a few rounds so one strong match does not hide the others.
 */
import approxSearch from 'approx-string-match';

/** Fuzzy search rounds: each round searches the text left uncovered by earlier matches. */
const SEARCH_ROUNDS = 3;
const MAX_FUZZY_CANDIDATES = 200;

/** One approximate occurrence: UTF-16 offsets (`end` exclusive) and the edits it needs. */
export interface ApproximateMatch {
  start: number;
  end: number;
  errors: number;
}

/**
 * Approximate occurrences of `quote` in `text` within `maxErrors` edits. Round one searches the
 * whole text; each next round searches the stretches no earlier match covered. At most 200.
 *
 * @returns matches in no particular order of quality (callers score them)
 */
export function approximateMatches(text: string, quote: string, maxErrors: number): ApproximateMatch[] {
  const found: ApproximateMatch[] = [];
  let segments: [number, number][] = [[0, text.length]];
  for (let round = 0; round < SEARCH_ROUNDS && segments.length > 0 && found.length < MAX_FUZZY_CANDIDATES; round++) {
    const next: [number, number][] = [];
    for (const [from, to] of segments) {
      if (to - from < quote.length - maxErrors) continue;
      const matches = approxSearch(text.slice(from, to), quote, maxErrors)
        .map((m) => ({ start: m.start + from, end: m.end + from, errors: m.errors }))
        .sort((a, b) => a.start - b.start);
      found.push(...matches);
      let cursor = from;
      for (const m of matches) {
        if (m.start > cursor) next.push([cursor, m.start]);
        cursor = Math.max(cursor, m.end);
      }
      if (cursor < to) next.push([cursor, to]);
    }
    segments = next;
  }
  return found.slice(0, MAX_FUZZY_CANDIDATES);
}
