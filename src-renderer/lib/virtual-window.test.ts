import { describe, expect, it } from 'vitest';
import { pageTarget, rowAt, rowOffsets, scrollToReveal, visibleRows } from './virtual-window.js';

/** Rows of 10 px, every third one 30 px (a row with a snippet). */
const offsets = rowOffsets(30_000, (i) => (i % 3 === 2 ? 30 : 10));

describe('rowOffsets / rowAt', () => {
  it('sums heights and finds the row under a pixel', () => {
    expect([...rowOffsets(3, () => 5)]).toEqual([0, 5, 10, 15]);
    expect(offsets[30_000]).toBe(10_000 * 50);
    expect(rowAt(offsets, 0)).toBe(0);
    expect(rowAt(offsets, 19)).toBe(1);
    expect(rowAt(offsets, 20)).toBe(2);
    expect(rowAt(offsets, 49)).toBe(2);
    expect(rowAt(offsets, 50)).toBe(3);
    expect(rowAt(offsets, 1e12)).toBe(29_999);
    expect(rowAt(rowOffsets(0, () => 1), 5)).toBe(0);
  });
});

describe('visibleRows', () => {
  it('renders only the viewport plus overscan, even at 30,000 rows', () => {
    const range = visibleRows(offsets, 250_000, 600, 5);
    expect(range.end - range.start).toBeLessThan(60);
    expect(offsets[range.start + 5]!).toBeLessThanOrEqual(250_000);
    expect(offsets[range.end - 5]!).toBeGreaterThanOrEqual(250_600);
  });

  it('clamps at both ends and handles an empty list', () => {
    expect(visibleRows(offsets, 0, 35, 2)).toEqual({ start: 0, end: 5 });
    expect(visibleRows(offsets, 499_990, 100, 2).end).toBe(30_000);
    expect(visibleRows(rowOffsets(0, () => 1), 0, 100, 3)).toEqual({ start: 0, end: 0 });
  });
});

describe('scrollToReveal / pageTarget', () => {
  it('scrolls the least to show a row', () => {
    expect(scrollToReveal(offsets, 3, 0, 100)).toBeNull();
    expect(scrollToReveal(offsets, 10, 0, 100)).toBe(offsets[11]! - 100);
    expect(scrollToReveal(offsets, 1, 50, 100)).toBe(10);
    expect(scrollToReveal(offsets, 99_999, 0, 100)).toBeNull();
  });

  it('pages by a viewport, at least one row, within the list', () => {
    expect(pageTarget(offsets, 0, 100, 1)).toBe(rowAt(offsets, 100));
    expect(pageTarget(offsets, 0, 1, 1)).toBe(1);
    expect(pageTarget(offsets, 0, 100, -1)).toBe(0);
    expect(pageTarget(offsets, 29_999, 100, 1)).toBe(29_999);
  });
});
