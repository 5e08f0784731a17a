import { describe, expect, it } from 'vitest';
import { lexQuery } from './query-lexer.js';

describe('lexQuery', () => {
  it('splits words, phrases, operators and parentheses with positions', () => {
    expect(lexQuery('(a OR "b c") -d')).toEqual([
      { type: 'lparen', position: 0 },
      { type: 'word', text: 'a', position: 1, atEnd: false },
      { type: 'or', position: 3 },
      { type: 'phrase', text: 'b c', position: 6 },
      { type: 'rparen', position: 11 },
      { type: 'minus', position: 13 },
      { type: 'word', text: 'd', position: 14, atEnd: true },
    ]);
  });

  it('reads field values, plain and quoted, with the value position', () => {
    expect(lexQuery('partij:VVD ministerie:"Buitenlandse Zaken"')).toEqual([
      { type: 'field', field: 'partij', value: 'VVD', position: 0, valuePosition: 7 },
      { type: 'field', field: 'ministerie', value: 'Buitenlandse Zaken', position: 11, valuePosition: 22 },
    ]);
  });

  it('keeps a hyphen inside a word and drops AND', () => {
    expect(lexQuery('Noordoost-Syrië AND EU-kader').map((t) => (t.type === 'word' ? t.text : t.type))).toEqual(['Noordoost-Syrië', 'EU-kader']);
  });

  it('ends a word at a quote or parenthesis', () => {
    expect(lexQuery('a"b"').map((t) => t.type)).toEqual(['word', 'phrase']);
  });

  it('says a field at the very end needs a value (not that a quote is unclosed)', () => {
    for (const [query, position] of [['tag:', 4], ['stikstof partij:', 16]] as const) {
      expect(() => lexQuery(query)).toThrow(/needs a value/);
      try { lexQuery(query); } catch (e) { expect((e as { details: { position: number } }).details.position).toBe(position); }
    }
    expect(() => lexQuery('minister:"')).toThrow(/never closed/);
  });
});
