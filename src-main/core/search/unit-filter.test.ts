import { describe, expect, it } from 'vitest';
import { compileQuery } from './compile.js';
import { parseQuery } from './query.js';
import { mayMatch, needlesOf } from './unit-filter.js';

const needles = (q: string): string[] => {
  const plan = compileQuery(parseQuery(q)!)!;
  return needlesOf(plan.words, plan.phrases);
};

describe('unit filter', () => {
  it('keeps parts holding a stem, prefix or compound part as plain text', () => {
    expect(mayMatch('De maatregelen van het kabinet.', needles('maatregel '))).toBe(true);
    expect(mayMatch('Grootschalige mensenrechtenschendingen.', needles('schendingen '))).toBe(true);
    expect(mayMatch('Wij onderzoeken dit.', needles('onderz'))).toBe(true);
  });

  it('rules out plain parts without any needle, and keeps every part with accented letters', () => {
    expect(mayMatch('Het kabinet neemt maatregelen.', needles('stikstof '))).toBe(false);
    expect(mayMatch('De Oeïgoeren in Xinjiang.', needles('Oeigoeren '))).toBe(true);
    expect(mayMatch('Het kabinet neemt maatregelen.', needles('"stikstof kabinet"'), true)).toBe(false);
  });

  it('keeps a part whose word the stemmer changed inside (a vowel undoubled: uitstoot → uitstot)', () => {
    expect(mayMatch('De stikstofuitstoot daalt.', needles('stikstofuitstoot '))).toBe(true);
    expect(mayMatch('Het kabinet neemt maatregelen tegen de stikstofuitstoot.', needles('"de stikstofuitstoot"'), true)).toBe(true);
    expect(mayMatch('De bomen langs de weg.', needles('boom '))).toBe(true);
  });
});
