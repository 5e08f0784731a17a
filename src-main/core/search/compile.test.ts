import { describe, expect, it } from 'vitest';
import { compileQuery, type QueryPlan } from './compile.js';
import { parseQuery } from './query.js';

function compile(query: string): QueryPlan | null {
  const ast = parseQuery(query);
  return ast && compileQuery(ast);
}

describe('compileQuery', () => {
  it('stems words and gives the word being typed a prefix', () => {
    expect(compile('Oeïgoeren')).toMatchObject({
      root: { kind: 'word', word: { stem: 'oeigoer', prefix: 'oeigoer', exact: 'oeïgoeren', folded: 'oeigoeren' } },
    });
  });

  it('uses the shared start of word and stem as the prefix', () => {
    // Snowball turns "vragen" into "vrag"; "vrag" is what "vragenlijst" begins with too
    expect(compile('vragen')?.root).toMatchObject({ kind: 'word', word: { stem: 'vrag', prefix: 'vrag' } });
  });

  it('gives finished words a prefix only from 5 characters', () => {
    const plan = compile('wet mensenrecht ');
    expect(plan?.root).toMatchObject({
      kind: 'and',
      operands: [{ word: { stem: 'wet', prefix: null } }, { word: { stem: 'mensenrecht', prefix: 'mensenrecht' } }],
    });
  });

  it('never expands excluded words or identifiers in the middle', () => {
    expect(compile('genocide -mensenrecht')?.root).toMatchObject({ operands: [{}, { kind: 'not', operand: { word: { prefix: null } } }] });
    expect(compile('2021Z00843 china')?.root).toMatchObject({ operands: [{ word: { prefix: null } }, {}] });
  });

  it('turns punctuated words into phrases and one-word phrases into words', () => {
    expect(compile('Noordoost-Syrië')?.root).toEqual({
      kind: 'phrase', phrase: { terms: ['noordoost', 'syrie'], contentTerms: ['noordoost', 'syrie'] }, contentTerms: ['noordoost', 'syrie'],
    });
    expect(compile('"Oeigoeren"')?.root).toMatchObject({ kind: 'word', word: { prefix: null } });
  });

  it('keeps stopwords inside phrases but drops stopword-only words', () => {
    expect(compile('"minister van Buitenlandse Zaken"')?.root).toMatchObject({
      kind: 'phrase', phrase: { terms: ['minister', 'van', 'buitenland', 'zak'], contentTerms: ['minister', 'buitenland', 'zak'] }, contentTerms: ['minister', 'buitenland', 'zak'],
    });
    expect(compile('de genocide')?.root).toMatchObject({ kind: 'word', word: { stem: 'genocid' } });
    expect(compile('de het')).toBeNull();
  });

  it('lists only positive words and phrases for ranking', () => {
    const plan = compile('genocide -china -(-tibet) "kampen voor" -"de VN"');
    expect(plan?.words.map((w) => w.stem)).toEqual(['genocid', 'tibet']);
    expect(plan?.phrases).toEqual([{ terms: ['kamp', 'vor'], contentTerms: ['kamp'] }]);
  });

  it('compiles fields to filters', () => {
    expect(compile('minister:Blok')?.root.kind).toBe('filter');
  });

  it('counts a repeated word once (its points are not added again)', () => {
    const once = compileQuery(parseQuery('genocide kabinet')!)!;
    const many = compileQuery(parseQuery('genocide genocide genocide kabinet')!)!;
    expect(many.root).toEqual(once.root);
    expect(many.words).toEqual(once.words);
  });
});
