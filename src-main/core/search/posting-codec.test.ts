import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeListAt, encodePostings, locatePostings } from './posting-codec.js';

/** Every list of coded postings, in term order (what the index hands to FlexSearch one by one). */
function decoded(terms: string[], bytes: Uint8Array): [string, number[]][] {
  const { offsets } = locatePostings(terms, bytes, () => true);
  return terms.map((term) => [term, decodeListAt(bytes, offsets.get(term)!)]);
}

describe('posting codec', () => {
  it('round-trips lists in ascending order and leaves empty lists out', () => {
    const { terms, bytes } = encodePostings([['kabinet', [30000, 1, 127, 128]], ['leeg', []], ['stikstof', [2 ** 32 - 1]]]);
    expect(terms).toEqual(['kabinet', 'stikstof']);
    expect(decoded(terms, bytes)).toEqual([['kabinet', [1, 127, 128, 30000]], ['stikstof', [2 ** 32 - 1]]]);
    // gaps, not keys: 1, 126, 1, 29872 → one byte, one, one, three
    expect(bytes.length).toBe(1 + 1 + 1 + 1 + 3 + 1 + 5);
  });

  it('round-trips any set of lists', () => {
    fc.assert(fc.property(fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 2 ** 32 - 1 }), { minLength: 1 }), { maxLength: 20 }), (sets) => {
      const lists = sets.map((keys, i): [string, number[]] => [`t${i}`, keys]);
      const { terms, bytes } = encodePostings(lists);
      expect(decoded(terms, bytes)).toEqual(lists.map(([t, keys]) => [t, [...keys].sort((a, b) => a - b)]));
    }), { numRuns: 200 });
  });

  it('refuses keys that are not whole numbers in range, or repeat', () => {
    expect(() => encodePostings([['a', [1.5]]])).toThrow(RangeError);
    expect(() => encodePostings([['a', [-1]]])).toThrow(RangeError);
    expect(() => encodePostings([['a', [2 ** 32]]])).toThrow(RangeError);
    expect(() => encodePostings([['a', [4, 4]]])).toThrow(/repeats/);
  });

  it('says so when the bytes do not fit the term list', () => {
    const { terms, bytes } = encodePostings([['a', [1, 2, 3]], ['b', [9]]]);
    expect(() => decoded(terms, bytes.subarray(0, bytes.length - 1))).toThrow(/ends in the middle/);
    expect(() => decoded(terms.slice(0, 1), bytes)).toThrow(/more lists than terms/);
    expect(() => decoded(['a'], Uint8Array.of(1, 0xff, 0xff, 0xff, 0xff, 0xff, 1))).toThrow(/malformed number/);
  });
});
