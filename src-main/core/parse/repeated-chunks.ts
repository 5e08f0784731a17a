/**
 * Some extraction tools repeat chunks of text (SOURCES §C, learninglion-documents.txt:
 * "1  Antwoord 1 Ja." appears twice). A run of two or more lines that repeats the lines just before
 * it is dropped; once a document shows that pattern, single repeated long lines are dropped too.
 * Ordinary documents never repeat a run of lines, so they pass unchanged.
 */
import type { Line } from './page-furniture.js';

/** How far back (in text lines) a repeated run may start. */
const WINDOW = 20;

function runLength(texts: readonly string[], i: number, j: number): number {
  let k = 0;
  while (j + k < i && i + k < texts.length && texts[i + k] === texts[j + k]) k++;
  return k;
}

/**
 * Drops repeated chunks.
 * @param lines document lines
 * @returns the lines without repeats and the number of text lines dropped
 */
export function dropRepeatedChunks(lines: readonly Line[]): { lines: Line[]; dropped: number } {
  const textIdx = lines.flatMap((l, i) => (l.kind === 'text' ? [i] : []));
  const texts = textIdx.map((i) => lines[i]?.text ?? '');
  const drop = new Set<number>();
  let repeating = false;
  for (let i = 0; i < texts.length; i++) {
    let best = 0;
    for (let j = Math.max(0, i - WINDOW); j < i; j++) best = Math.max(best, runLength(texts, i, j));
    const chars = texts.slice(i, i + best).join('').length;
    if (best >= 2 && chars >= 40) {
      repeating = true;
      for (let k = 0; k < best; k++) drop.add(i + k);
      i += best - 1;
      continue;
    }
    if (repeating && best === 1 && (texts[i]?.length ?? 0) >= 60) drop.add(i);
  }
  if (drop.size === 0) return { lines: [...lines], dropped: 0 };
  const dropLines = new Set([...drop].map((t) => textIdx[t]));
  return { lines: lines.filter((_, i) => !dropLines.has(i)), dropped: drop.size };
}
