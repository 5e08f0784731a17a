import { describe, expect, it } from 'vitest';
import { Vocabulary } from './vocabulary.js';

describe('Vocabulary', () => {
  it('expands a prefix to indexed terms, most frequent first', () => {
    const v = new Vocabulary();
    v.add(['mensenrechtenschend', 'mensenrecht']);
    v.add(['mensenrechtenorganisatie', 'mensenrecht']);
    v.add(['mensenrechtenschend']);
    v.add(['mens']);
    expect(v.expand('mensenrecht', 10)).toEqual(['mensenrecht', 'mensenrechtenschend', 'mensenrechtenorganisatie']);
    expect(v.expand('mensenrecht', 10, 'mensenrecht')).toEqual(['mensenrechtenschend', 'mensenrechtenorganisatie']);
    expect(v.expand('mensenrecht', 1)).toEqual(['mensenrecht']);
    expect(v.expand('zz', 5)).toEqual([]);
  });

  it('drops terms whose last unit was removed and takes them back when re-added', () => {
    const v = new Vocabulary();
    v.add(['stikstof']);
    v.add(['stikstofuitstoot']);
    v.remove(['stikstofuitstoot']);
    expect(v.expand('stik', 5)).toEqual(['stikstof']);
    v.add(['stiksel']);
    expect(v.expand('stik', 5)).toEqual(['stikstof', 'stiksel'].sort((a, b) => (a < b ? -1 : 1)));
    v.add(['stikstofuitstoot']);
    expect(v.expand('stik', 5)).toContain('stikstofuitstoot');
    expect(v.count('stikstofuitstoot')).toBe(1);
    expect(v.count('onbekend')).toBe(0);
  });

  it('expands the same from saved entries in term order as from entries in any order', () => {
    const v = new Vocabulary();
    v.add(['mensenrecht', 'mensenrechtenschend', 'mens', 'menselijk']);
    v.add(['mensenrecht', 'mens']);
    const saved = v.entries();
    expect(saved.map(([t]) => t)).toEqual(['mens', 'menselijk', 'mensenrecht', 'mensenrechtenschend']);
    const ordered = Vocabulary.fromEntries(saved);
    const shuffled = Vocabulary.fromEntries([...saved].reverse());
    for (const prefix of ['mens', 'mensen', 'x']) expect(ordered.expand(prefix, 10)).toEqual(shuffled.expand(prefix, 10));
    expect(ordered.expand('mens', 10)).toEqual(['mens', 'mensenrecht', 'menselijk', 'mensenrechtenschend']);
  });
});
