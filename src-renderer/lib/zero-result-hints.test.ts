import { describe, expect, it } from 'vitest';
import { zeroResultHints } from './zero-result-hints.js';

describe('zeroResultHints', () => {
  it('finds a van: date after the tot: date, widening years and months as main does', () => {
    expect(zeroResultHints('stikstof van:2024 tot:2023')).toEqual(['reversed-dates']);
    expect(zeroResultHints('van:2024-07 tot:2024-06')).toEqual(['reversed-dates']);
    expect(zeroResultHints('van:15-6-2024 tot:2024-06-14')).toEqual(['reversed-dates']);
    // tot:2024 runs to 31 December, so these are in order
    expect(zeroResultHints('van:2024-06 tot:2024')).toEqual([]);
    expect(zeroResultHints('van:2024 tot:2024')).toEqual([]);
    expect(zeroResultHints('van:2024-06-30 tot:2024-06')).toEqual([]);
  });

  it('ignores dates it cannot read and a single bound', () => {
    expect(zeroResultHints('van:gisteren tot:2020')).toEqual([]);
    expect(zeroResultHints('van:2024')).toEqual([]);
  });

  it('finds a lower-case or between words, not in a phrase, at an edge or as OR', () => {
    expect(zeroResultHints('genocide or PFAS')).toEqual(['lowercase-or']);
    expect(zeroResultHints('genocide OR PFAS')).toEqual([]);
    expect(zeroResultHints('"genocide or PFAS"')).toEqual([]);
    expect(zeroResultHints('or PFAS')).toEqual([]);
    expect(zeroResultHints('PFAS or')).toEqual([]);
    expect(zeroResultHints('van:2025 tot:2024 a or b')).toEqual(['reversed-dates', 'lowercase-or']);
  });
});
