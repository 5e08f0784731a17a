import { describe, expect, it } from 'vitest';
import { splitIntoSegments, type HighlightRange, type LinkRange } from './segments.js';

const mark = (start: number, end: number, id = 'a'): HighlightRange => ({ start, end, annotationId: id, color: '#ff0' });
const link = (start: number, end: number): LinkRange => ({ start, end, href: '#vraag-8', external: false, label: null });

describe('splitIntoSegments', () => {
  it('returns the whole text as one plain segment without ranges', () => {
    expect(splitIntoSegments('Ja.', [])).toEqual([{ start: 0, end: 3, text: 'Ja.', highlights: [], link: null }]);
  });

  it('cuts at highlight boundaries and covers the text exactly', () => {
    const text = 'er is sprake van grootschalige mensenrechtenschendingen tegen Oeigoeren';
    const segments = splitIntoSegments(text, [mark(17, 55)]);
    expect(segments.map((s) => s.text)).toEqual(['er is sprake van ', 'grootschalige mensenrechtenschendingen', ' tegen Oeigoeren']);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments[1]!.highlights.map((h) => h.annotationId)).toEqual(['a']);
  });

  it('gives overlapping highlights their own segment with both annotations', () => {
    const segments = splitIntoSegments('abcdefghij', [mark(0, 6, 'x'), mark(4, 10, 'y')]);
    expect(segments.map((s) => [s.text, s.highlights.map((h) => h.annotationId).join('+')])).toEqual([
      ['abcd', 'x'],
      ['ef', 'x+y'],
      ['ghij', 'y'],
    ]);
  });

  it('clamps ranges to the text and drops empty or reversed ones', () => {
    const segments = splitIntoSegments('abc', [mark(-5, 1), mark(2, 99), mark(2, 2), mark(3, 1)]);
    expect(segments.map((s) => [s.text, s.highlights.length])).toEqual([
      ['a', 1],
      ['b', 0],
      ['c', 1],
    ]);
  });

  it('keeps the first of two overlapping links and splits highlights inside a link', () => {
    const segments = splitIntoSegments('zie vraag 8 en 9', [mark(10, 11)], [link(4, 11), link(6, 16)]);
    expect(segments.map((s) => [s.text, s.link?.start ?? null, s.highlights.length])).toEqual([
      ['zie ', null, 0],
      ['vraag ', 4, 0],
      ['8', 4, 1],
      [' en 9', null, 0],
    ]);
  });

  it('returns no segments for empty text', () => {
    expect(splitIntoSegments('', [mark(0, 3)])).toEqual([]);
  });
});
