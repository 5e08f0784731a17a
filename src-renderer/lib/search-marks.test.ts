import { describe, expect, it } from 'vitest';
import { findTermRanges, foldForMatch, isSearchHit, markedTerms, SEARCH_HIT_ID, withSearchHits } from './search-marks.js';

describe('foldForMatch', () => {
  it('folds case and diacritics without moving offsets', () => {
    expect(foldForMatch('Oeïgoeren ideeën')).toBe('oeigoeren ideeen');
    expect(foldForMatch('Oeïgoeren').length).toBe('Oeïgoeren'.length);
  });
});

describe('markedTerms / findTermRanges', () => {
  const snippet = '… sprake van grootschalige mensenrechtenschendingen tegen Oeïgoeren …';
  const at = (word: string) => ({ start: snippet.indexOf(word), end: snippet.indexOf(word) + word.length });

  it('takes the distinct marked words, folded, longest first', () => {
    expect(markedTerms(snippet, [at('Oeïgoeren'), at('mensenrechtenschendingen'), at('Oeïgoeren')])).toEqual([
      'mensenrechtenschendingen',
      'oeigoeren',
    ]);
  });

  it('finds the words in the part as whole words, case- and diacritic-insensitively', () => {
    const text = 'De Oeigoeren en de OEÏGOEREN-kwestie; Oeigoerenbeleid niet. Mensenrechtenschendingen.';
    const ranges = findTermRanges(text, ['oeigoeren', 'mensenrechtenschendingen']);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['Oeigoeren', 'OEÏGOEREN', 'Mensenrechtenschendingen']);
  });

  it('does not overlap a longer term with a shorter one inside it', () => {
    const text = 'rechten en mensen rechten';
    expect(findTermRanges(text, ['mensen rechten', 'rechten']).map((r) => [r.start, r.end])).toEqual([
      [0, 7],
      [11, 25],
    ]);
  });
});

describe('withSearchHits', () => {
  it('adds the hit ranges to their part after the annotations, leaving other parts alone', () => {
    const annotation = { start: 0, end: 3, annotationId: 'a1', color: '#fff' };
    const base = new Map([['answer:2', [annotation]], ['question:0', []]]);
    const merged = withSearchHits(base, 'answer:2', [{ start: 5, end: 9 }]);
    expect(merged.get('answer:2')).toEqual([annotation, { start: 5, end: 9, annotationId: SEARCH_HIT_ID, color: '' }]);
    expect(merged.get('question:0')).toBe(base.get('question:0'));
    expect(base.get('answer:2')).toHaveLength(1);
    expect(withSearchHits(base, 'answer:2', [])).toBe(base);
    expect(isSearchHit(merged.get('answer:2')![1]!)).toBe(true);
  });
});
