import { describe, expect, it } from 'vitest';
import { compileQuery, type QueryPlan } from './compile.js';
import { parseQuery } from './query.js';
import { phraseTermOf } from './analysis.js';
import { SEED_ANSWER_8 } from './test-documents.js';
import { matchText, mergeRanges, phraseOccurrences, prepareText } from './text-match.js';

function plan(query: string): QueryPlan {
  const ast = parseQuery(query);
  const compiled = ast && compileQuery(ast);
  if (!compiled) throw new Error('no plan');
  return compiled;
}

function words(text: string, query: string): string[] {
  const p = plan(query);
  return matchText(prepareText(text), p.words, p.phrases).ranges.map((r) => text.slice(r.start, r.end));
}

describe('matchText', () => {
  it('marks stemmed and folded forms of a word', () => {
    expect(words(SEED_ANSWER_8, 'mensenrechtenschending Oeïgoeren ')).toEqual(['mensenrechtenschendingen', 'Oeigoeren']);
  });

  it('marks compounds found by prefix', () => {
    expect(words(SEED_ANSWER_8, 'mensenrecht')).toEqual(['mensenrechtenschendingen']);
  });

  it('marks a phrase as one range, stopwords inside included', () => {
    expect(words(SEED_ANSWER_8, '"erkenning van genocides"')).toEqual(['erkenning van genocides']);
  });

  it('scores spelling: exact 2, folded 1, stem only 0', () => {
    const text = prepareText('De Oeïgoeren en de Oeigoeren; een Oeigoerse vrouw.');
    expect(matchText(text, plan('Oeïgoeren ').words, []).spelling).toBe(2);
    expect(matchText(prepareText('De Oeigoeren.'), plan('Oeïgoeren ').words, []).spelling).toBe(1);
    expect(matchText(prepareText('Oeigoerse vrouwen.'), plan('Oeïgoeren ').words, []).spelling).toBe(0);
  });
});

describe('phraseOccurrences', () => {
  it('finds only consecutive words in order', () => {
    const tokens = prepareText('mensenrechtenschendingen tegen Oeigoeren; Oeigoeren tegen');
    const terms = (...ws: string[]): { terms: string[] } => ({ terms: ws.map(phraseTermOf) });
    expect(phraseOccurrences(tokens, terms('mensenrechtenschending', 'tegen', 'oeigoer'))).toEqual([{ start: 0, end: 40 }]);
    expect(phraseOccurrences(tokens, terms('tegen', 'mensenrechtenschendingen'))).toEqual([]);
  });
});

describe('mergeRanges', () => {
  it('sorts and merges overlapping ranges', () => {
    expect(mergeRanges([{ start: 5, end: 9 }, { start: 0, end: 3 }, { start: 2, end: 4 }, { start: 9, end: 12 }])).toEqual([
      { start: 0, end: 4 }, { start: 5, end: 12 },
    ]);
  });
});
