/**
 * The arithmetic of a virtualised list with rows of known heights: where each row starts, which
 * rows a viewport shows (plus overscan), where to scroll so a row is visible, and where PageUp /
 * PageDown land. Heights are CSS pixels; a row is `[offsets[i], offsets[i + 1])`.
 */

/** Visible rows `[start, end)` (end exclusive). */
export interface RowRange {
  start: number;
  end: number;
}

/**
 * Start offsets of `count` rows and the total height as the last entry.
 * @param heightOf height of row `i` in pixels (≥ 0)
 * @returns `count + 1` numbers: offsets[0] = 0, offsets[count] = total height
 */
export function rowOffsets(count: number, heightOf: (index: number) => number): Float64Array {
  const offsets = new Float64Array(count + 1);
  for (let i = 0; i < count; i++) offsets[i + 1] = offsets[i]! + heightOf(i);
  return offsets;
}

/** The row whose span holds pixel `y` (clamped to the rows); 0 for an empty list. */
export function rowAt(offsets: Float64Array, y: number): number {
  const count = offsets.length - 1;
  if (count <= 0) return 0;
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid]! <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The rows to render for a viewport of `height` pixels scrolled to `scrollTop`, with `overscan`
 * extra rows on each side.
 */
export function visibleRows(offsets: Float64Array, scrollTop: number, height: number, overscan: number): RowRange {
  const count = offsets.length - 1;
  if (count <= 0) return { start: 0, end: 0 };
  const first = rowAt(offsets, Math.max(0, scrollTop));
  const last = rowAt(offsets, Math.max(0, scrollTop + Math.max(height, 1) - 1));
  return { start: Math.max(0, first - overscan), end: Math.min(count, last + 1 + overscan) };
}

/**
 * The scrollTop that brings row `index` fully into a viewport of `height` pixels with the least
 * movement; null when it is visible already.
 */
export function scrollToReveal(offsets: Float64Array, index: number, scrollTop: number, height: number): number | null {
  const top = offsets[index];
  const bottom = offsets[index + 1];
  if (top === undefined || bottom === undefined) return null;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + height) return Math.max(0, bottom - height);
  return null;
}

/**
 * Where PageDown (`direction` 1) or PageUp (-1) moves the active row: one viewport further,
 * at least one row, clamped to the list.
 */
export function pageTarget(offsets: Float64Array, index: number, height: number, direction: 1 | -1): number {
  const count = offsets.length - 1;
  if (count <= 0) return 0;
  const from = offsets[Math.min(Math.max(index, 0), count - 1)]!;
  const target = rowAt(offsets, Math.max(0, from + direction * height));
  const moved = target === index ? index + direction : target;
  return Math.min(count - 1, Math.max(0, moved));
}
