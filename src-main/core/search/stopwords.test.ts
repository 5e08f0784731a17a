import { describe, expect, it } from 'vitest';
import { DUTCH_STOPWORDS, isStopword } from './stopwords.js';

describe('Dutch stopwords', () => {
  it('holds function words and not domain words', () => {
    for (const w of ['de', 'het', 'een', 'van', 'en', 'niet']) expect(isStopword(w)).toBe(true);
    for (const w of ['vraag', 'antwoord', 'minister', 'kabinet', 'genocide']) expect(isStopword(w)).toBe(false);
  });

  it('stays small and folded', () => {
    expect(DUTCH_STOPWORDS.size).toBeLessThan(100);
    for (const w of DUTCH_STOPWORDS) expect(w).toMatch(/^[a-z]+$/);
  });
});
