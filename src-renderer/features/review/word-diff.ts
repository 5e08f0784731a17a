/**
 * Marks what changed between a quote as it was and the text where its annotation is now, word by
 * word (a longest common subsequence of words), so the review queue can show the change.
 */

/** A run of text, and whether it is not in the other side. */
export interface DiffSegment {
  text: string;
  isChanged: boolean;
}

/** Above this many words on a side the quotes are shown whole, marked as changed (O(n·m) table). */
export const MAX_DIFF_WORDS = 400;

/** Words with the spaces after them, so joining the tokens gives the text back. */
function tokens(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? [];
}

/** Merges neighbouring tokens of the same kind into one segment. */
function merged(parts: readonly DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  for (const part of parts) {
    const last = out.at(-1);
    if (last && last.isChanged === part.isChanged) last.text += part.text;
    else out.push({ ...part });
  }
  return out;
}

/**
 * Splits `before` and `after` into segments, marking the words each has that the other lacks
 * (compared without surrounding spaces).
 * @returns the segments of each side; joined, each side's texts give back the input
 */
export function diffWords(before: string, after: string): { before: DiffSegment[]; after: DiffSegment[] } {
  const a = tokens(before);
  const b = tokens(after);
  if (a.length > MAX_DIFF_WORDS || b.length > MAX_DIFF_WORDS) {
    return { before: before ? [{ text: before, isChanged: before !== after }] : [], after: after ? [{ text: after, isChanged: before !== after }] : [] };
  }
  const same = (i: number, j: number) => a[i]?.trim() === b[j]?.trim();
  // lengths[i][j]: longest common subsequence of a[i..] and b[j..]
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i]![j] = same(i, j) ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const left: DiffSegment[] = [];
  const right: DiffSegment[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && same(i, j)) {
      left.push({ text: a[i++]!, isChanged: false });
      right.push({ text: b[j++]!, isChanged: false });
    } else if (j < b.length && (i >= a.length || lengths[i]![j + 1]! >= lengths[i + 1]![j]!)) {
      right.push({ text: b[j++]!, isChanged: true });
    } else {
      left.push({ text: a[i++]!, isChanged: true });
    }
  }
  return { before: merged(left), after: merged(right) };
}
