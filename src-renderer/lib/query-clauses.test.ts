import { describe, expect, it } from 'vitest';
import { appendClause, hasClause, queryChips, removeClause, tokenizeQuery } from './query-clauses.js';

describe('tokenizeQuery', () => {
  it('splits at whitespace outside quotes and keeps spans', () => {
    const q = 'genocide  ministerie:"Buitenlandse Zaken" -china';
    expect(tokenizeQuery(q).map((t) => t.text)).toEqual(['genocide', 'ministerie:"Buitenlandse Zaken"', '-china']);
    expect(tokenizeQuery(q).map((t) => q.slice(t.start, t.end))).toEqual(['genocide', 'ministerie:"Buitenlandse Zaken"', '-china']);
    expect(tokenizeQuery('   ')).toEqual([]);
  });

  it('runs an unclosed quote to the end', () => {
    expect(tokenizeQuery('a "b c').map((t) => t.text)).toEqual(['a', '"b c']);
  });
});

describe('appendClause / removeClause', () => {
  it('appends once with one space', () => {
    expect(appendClause('', 'vertraagd:ja')).toBe('vertraagd:ja');
    expect(appendClause('oeigoeren  ', 'partij:"CDA"')).toBe('oeigoeren partij:"CDA"');
    expect(appendClause('oeigoeren partij:"CDA"', 'partij:"cda"')).toBe('oeigoeren partij:"CDA"');
  });

  it('treats a multi-token clause as a unit', () => {
    const q = appendClause('china', 'van:2021 tot:2021');
    expect(q).toBe('china van:2021 tot:2021');
    expect(hasClause(q, 'van:2021 tot:2021')).toBe(true);
    expect(hasClause('van:2021 x tot:2021', 'van:2021 tot:2021')).toBe(false);
    expect(removeClause(q, 'van:2021 tot:2021')).toBe('china');
  });

  it('removes whole tokens only and closes the gap', () => {
    expect(removeClause('a minister:"Blok" b', 'minister:"Blok"')).toBe('a b');
    expect(removeClause('minister:"Blok" b', 'minister:"Blok"')).toBe('b');
    expect(removeClause('minister:"Blokker"', 'minister:"Blok"')).toBe('minister:"Blokker"');
    expect(removeClause('tag:x', 'tag:x')).toBe('');
  });
});

describe('queryChips', () => {
  it('labels known clauses and shows other field clauses as written, in query order', () => {
    const labels = new Map([
      ['van:2021 tot:2021', '2021'],
      ['ministerie:"Buitenlandse Zaken"', 'Buitenlandse Zaken'],
    ]);
    const q = 'lid:Sjoerdsma oeigoeren ministerie:"Buitenlandse Zaken" van:2021 tot:2021 (tag:x OR tag:y)';
    expect(queryChips(q, labels)).toEqual([
      { clause: 'lid:Sjoerdsma', label: 'lid:Sjoerdsma' },
      { clause: 'ministerie:"Buitenlandse Zaken"', label: 'Buitenlandse Zaken' },
      { clause: 'van:2021 tot:2021', label: '2021' },
    ]);
  });

  it('keeps the clause as it stands in the query so removing it works', () => {
    const chips = queryChips('PARTIJ:"cda"', new Map([['partij:"CDA"', 'CDA']]));
    expect(chips).toEqual([{ clause: 'PARTIJ:"cda"', label: 'CDA' }]);
    expect(removeClause('PARTIJ:"cda"', chips[0]!.clause)).toBe('');
  });
});
