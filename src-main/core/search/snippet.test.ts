import { describe, expect, it } from 'vitest';
import { makeSnippet } from './snippet.js';
import { SEED_ANSWER_8 } from './test-documents.js';

function rangeOf(text: string, word: string): { start: number; end: number } {
  const start = text.indexOf(word);
  return { start, end: start + word.length };
}

describe('makeSnippet', () => {
  it('starts at the beginning when the first match is near it', () => {
    const { snippet, marks } = makeSnippet(SEED_ANSWER_8, [rangeOf(SEED_ANSWER_8, 'mensenrechtenschendingen')]);
    expect(snippet.startsWith('Het kabinet')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(161);
    expect(marks.map((m) => snippet.slice(m.start, m.end))).toEqual(['mensenrechtenschendingen']);
  });

  it('cuts around a later match at word boundaries, shifting marks past the leading ellipsis', () => {
    const { snippet, marks } = makeSnippet(SEED_ANSWER_8, [rangeOf(SEED_ANSWER_8, 'regeerakkoord')]);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet[1]).not.toBe(' ');
    expect(SEED_ANSWER_8).toContain(snippet.slice(1).replace(/…$/, ''));
    expect(marks.map((m) => snippet.slice(m.start, m.end))).toEqual(['regeerakkoord']);
  });

  it('drops marks outside the snippet and keeps short texts whole', () => {
    const text = 'Ja.';
    expect(makeSnippet(text, [{ start: 0, end: 2 }])).toEqual({ snippet: 'Ja.', marks: [{ start: 0, end: 2 }] });
    const far = rangeOf(SEED_ANSWER_8, 'sprake.');
    const { marks } = makeSnippet(SEED_ANSWER_8, [rangeOf(SEED_ANSWER_8, 'kabinet'), far]);
    expect(marks).toHaveLength(1);
  });

  it('turns line breaks into spaces without moving offsets', () => {
    const text = 'Eerste alinea.\n\nTweede alinea over stikstof.';
    const { snippet, marks } = makeSnippet(text, [rangeOf(text, 'stikstof')]);
    expect(snippet).toBe('Eerste alinea.  Tweede alinea over stikstof.');
    expect(snippet.slice(marks[0]!.start, marks[0]!.end)).toBe('stikstof');
  });

  it('shows the opening of the text when nothing was matched', () => {
    const { snippet, marks } = makeSnippet(SEED_ANSWER_8, []);
    expect(snippet.startsWith('Het kabinet')).toBe(true);
    expect(marks).toEqual([]);
  });
});
