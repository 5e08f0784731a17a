import { describe, expect, it } from 'vitest';
import { encodePostings } from './posting-codec.js';
import { TermIndex } from './term-index.js';

describe('TermIndex (FlexSearch adapter)', () => {
  it('finds units by whole analysed terms', () => {
    const index = new TermIndex();
    index.add(1, ['kabinet', 'stelt', 'mensenrechtenschend']);
    index.add(2, ['mensenrechtenschend', 'oeigoer']);
    expect([...index.lookup('mensenrechtenschend')].sort()).toEqual([1, 2]);
    expect(index.lookup('mensenrecht')).toEqual([]);
  });

  it('forgets removed units, also when a term loses its last unit', () => {
    const index = new TermIndex();
    // a term late in a long unit sits in a later FlexSearch slot; emptying it once returned undefined
    index.add(1, [...Array.from({ length: 40 }, (_, i) => `w${i}`), 'regeerakkoord']);
    index.add(2, ['regeerakkoord']);
    index.remove(1);
    expect(index.lookup('regeerakkoord')).toEqual([2]);
    index.remove(2);
    index.remove(99);
    expect(index.lookup('regeerakkoord')).toEqual([]);
    expect(index.lookup('w3')).toEqual([]);
  });

  it('ignores a unit without terms', () => {
    const index = new TermIndex();
    index.add(1, []);
    expect(index.lookup('')).toEqual([]);
  });

  it('keeps working across cleanup sweeps', () => {
    const index = new TermIndex();
    for (let i = 1; i <= 2500; i++) index.add(i, ['gedeeld', `uniek${i}`]);
    for (let i = 1; i <= 2400; i++) index.remove(i);
    expect(index.lookup('gedeeld')).toHaveLength(100);
    expect(index.lookup('uniek2450')).toEqual([2450]);
    expect(index.lookup('uniek5')).toEqual([]);
  });

  it('gives its posting lists, and is loaded from them coded; lists reach FlexSearch when first needed', () => {
    const index = new TermIndex(false);
    index.add(1, ['kabinet', 'stelt', 'mensenrechtenschend']);
    index.add(2, ['mensenrechtenschend', 'oeigoer']);
    // a term late in a long entry once sat in a later FlexSearch position slot
    index.add(3, [...Array.from({ length: 40 }, (_, i) => `w${i}`), 'kabinet']);
    index.remove(2);
    const lists = index.postings().map(([t, ids]): [string, number[]] => [t, [...ids].sort()]);
    expect(new Map(lists).get('kabinet')).toEqual([1, 3]);
    expect(new Map(lists).get('mensenrechtenschend')).toEqual([1]);
    expect(lists.find(([t]) => t === 'oeigoer')?.[1] ?? []).toEqual([]);

    const coded = encodePostings(lists);
    const { index: loaded, counts } = TermIndex.fromStored([1, 3], coded.terms, coded.bytes, (id) => id === 1 || id === 3);
    expect(new Map(coded.terms.map((t, i) => [t, counts[i]]))).toEqual(new Map(lists.map(([t, ids]) => [t, ids.length])));
    expect([...loaded.lookup('kabinet')].sort()).toEqual([1, 3]);
    expect(loaded.lookup('w39')).toEqual([3]);
    // an add to a term still stored keeps the stored entries; a removal reaches lists not yet handed over
    loaded.add(4, ['kabinet', 'stelt', 'nieuw']);
    loaded.remove(1);
    expect([...loaded.lookup('kabinet')].sort()).toEqual([3, 4]);
    expect(loaded.lookup('stelt')).toEqual([4]);
    expect(loaded.lookup('mensenrechtenschend')).toEqual([]);
    expect(loaded.lookup('w0')).toEqual([3]);
    // saving again gives every list, handed over or not
    const again = new Map(loaded.postings().map(([t, ids]) => [t, [...ids].sort()]));
    expect(again.get('w20')).toEqual([3]);
    expect(again.get('nieuw')).toEqual([4]);
    expect(again.has('mensenrechtenschend')).toBe(false);
  });

  it('refuses coded lists that name an unknown entry or are cut short', () => {
    const coded = encodePostings([['kabinet', [1, 7]]]);
    expect(() => TermIndex.fromStored([1], coded.terms, coded.bytes, (id) => id === 1)).toThrow(/key 7 .* not known/);
    expect(() => TermIndex.fromStored([1, 7], coded.terms, coded.bytes.subarray(0, 2), () => true)).toThrow(/ends in the middle/);
  });
});
