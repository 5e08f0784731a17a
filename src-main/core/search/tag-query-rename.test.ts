import { describe, expect, it } from 'vitest';
import { parseQuery } from './query.js';
import { renameTagInQuery } from './tag-query-rename.js';

describe('renameTagInQuery', () => {
  it('rewrites a bare and a quoted tag: clause naming the old theme, in any case', () => {
    expect(renameTagInQuery('tag:stikstof vertraagd:ja', 'Stikstof', 'Stikstofbeleid')).toBe('tag:Stikstofbeleid vertraagd:ja');
    expect(renameTagInQuery('boeren -tag:„Stik stof” OR tag:STIKSTOF', 'Stik stof', 'Natuur en stikstof')).toBe(
      'boeren -tag:"Natuur en stikstof" OR tag:STIKSTOF',
    );
    const rewritten = renameTagInQuery('(tag:"oud thema" OR tag:ander) minister:jonge', 'Oud thema', 'Nieuw');
    expect(rewritten).toBe('(tag:Nieuw OR tag:ander) minister:jonge');
    expect(() => parseQuery(rewritten)).not.toThrow();
  });

  it('leaves prefixes, other fields, unparsable queries and quote-holding names alone', () => {
    const query = 'tag:stik stikstof partij:stikstof';
    expect(renameTagInQuery(query, 'Stikstof', 'Nieuw')).toBe(query);
    expect(renameTagInQuery('tag:"open', 'open', 'x')).toBe('tag:"open');
    expect(renameTagInQuery('tag:oud', 'oud', 'de "nieuwe"')).toBe('tag:oud');
  });
});
