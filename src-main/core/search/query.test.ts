import { describe, expect, it } from 'vitest';
import { isVraagbaakError } from '../model/index.js';
import { SEARCH_SYNTAX_REASONS } from '../api/types.js';
import { parseQuery } from './query.js';

/** Runs the parser and returns the error's message and details (position, reason, params). */
function syntaxErrorOf(query: string): { message: string; position: unknown; reason: unknown; details: Record<string, unknown> } {
  try {
    parseQuery(query);
  } catch (e) {
    if (isVraagbaakError(e, 'search-syntax')) return { message: e.message, position: e.details['position'], reason: e.details['reason'], details: e.details };
    throw e;
  }
  throw new Error(`no error for ${query}`);
}

describe('parseQuery: terms and phrases', () => {
  it('returns null for an empty query', () => {
    expect(parseQuery('')).toBeNull();
    expect(parseQuery('   ')).toBeNull();
  });

  it('parses one word, marking a word still being typed', () => {
    expect(parseQuery('Oeigoeren')).toEqual({ kind: 'term', text: 'Oeigoeren', position: 0, isLast: true });
    expect(parseQuery('Oeigoeren ')).toEqual({ kind: 'term', text: 'Oeigoeren', position: 0, isLast: false });
  });

  it('ANDs words side by side, keeping positions', () => {
    expect(parseQuery('genocide  Xinjiang')).toEqual({
      kind: 'and',
      operands: [
        { kind: 'term', text: 'genocide', position: 0, isLast: false },
        { kind: 'term', text: 'Xinjiang', position: 10, isLast: true },
      ],
    });
  });

  it('keeps hyphenated words and identifiers as one word', () => {
    expect(parseQuery('Noordoost-Syrië')).toMatchObject({ kind: 'term', text: 'Noordoost-Syrië' });
    expect(parseQuery('2024Z18796')).toMatchObject({ kind: 'term', text: '2024Z18796' });
  });

  it('parses straight and typographic quoted phrases', () => {
    expect(parseQuery('"mensenrechtenschendingen tegen Oeigoeren"')).toEqual({
      kind: 'phrase', text: 'mensenrechtenschendingen tegen Oeigoeren', position: 0,
    });
    expect(parseQuery('„Buitenlandse Zaken”')).toMatchObject({ kind: 'phrase', text: 'Buitenlandse Zaken' });
  });

  it('accepts AND as a no-op', () => {
    expect(parseQuery('a AND b')).toMatchObject({ kind: 'and', operands: [{ text: 'a' }, { text: 'b' }] });
  });
});

describe('parseQuery: operators', () => {
  it('parses -exclude on words, phrases and fields', () => {
    expect(parseQuery('genocide -China')).toEqual({
      kind: 'and',
      operands: [
        { kind: 'term', text: 'genocide', position: 0, isLast: false },
        { kind: 'not', position: 9, operand: { kind: 'term', text: 'China', position: 10, isLast: true } },
      ],
    });
    expect(parseQuery('-"Buitenlandse Zaken"')).toMatchObject({ kind: 'not', operand: { kind: 'phrase' } });
    expect(parseQuery('-partij:VVD')).toMatchObject({ kind: 'not', operand: { kind: 'field', field: 'partij', value: 'VVD' } });
  });

  it('ignores a lone hyphen between words', () => {
    expect(parseQuery('Rutte - Kaag')).toMatchObject({ kind: 'and', operands: [{ text: 'Rutte' }, { text: 'Kaag' }] });
  });

  it('binds OR tighter than the implicit AND', () => {
    expect(parseQuery('klimaat stikstof OR fosfaat')).toEqual({
      kind: 'and',
      operands: [
        { kind: 'term', text: 'klimaat', position: 0, isLast: false },
        {
          kind: 'or',
          operands: [
            { kind: 'term', text: 'stikstof', position: 8, isLast: false },
            { kind: 'term', text: 'fosfaat', position: 20, isLast: true },
          ],
        },
      ],
    });
  });

  it('treats lower-case or as a word', () => {
    expect(parseQuery('a or b')).toMatchObject({ kind: 'and', operands: [{ text: 'a' }, { text: 'or' }, { text: 'b' }] });
  });

  it('groups with parentheses', () => {
    expect(parseQuery('(China Xinjiang) OR -(Rusland)')).toEqual({
      kind: 'or',
      operands: [
        {
          kind: 'and',
          operands: [
            { kind: 'term', text: 'China', position: 1, isLast: false },
            { kind: 'term', text: 'Xinjiang', position: 7, isLast: false },
          ],
        },
        { kind: 'not', position: 20, operand: { kind: 'term', text: 'Rusland', position: 22, isLast: false } },
      ],
    });
  });
});

describe('parseQuery: fields', () => {
  it('parses every text field, with quoted values', () => {
    expect(parseQuery('minister:Blok')).toEqual({ kind: 'field', field: 'minister', value: 'Blok', position: 0 });
    expect(parseQuery('ministerie:"Buitenlandse Zaken"')).toEqual({ kind: 'field', field: 'ministerie', value: 'Buitenlandse Zaken', position: 0 });
    expect(parseQuery('lid:Sjoerdsma')).toMatchObject({ field: 'lid', value: 'Sjoerdsma' });
    expect(parseQuery('partij:D66')).toMatchObject({ field: 'partij', value: 'D66' });
    expect(parseQuery('tag:mensenrechten')).toMatchObject({ field: 'tag', value: 'mensenrechten' });
  });

  it('reads field names in any case', () => {
    expect(parseQuery('Minister:Blok')).toMatchObject({ field: 'minister' });
  });

  it('normalises soort: to a document kind', () => {
    expect(parseQuery('soort:antwoord')).toEqual({ kind: 'field', field: 'soort', value: 'answer', position: 0 });
  });

  it('turns van:/tot: into inclusive ISO bounds', () => {
    expect(parseQuery('van:2021 tot:2021-02')).toEqual({
      kind: 'and',
      operands: [
        { kind: 'field', field: 'van', value: '2021-01-01', position: 0 },
        { kind: 'field', field: 'tot', value: '2021-02-28', position: 9 },
      ],
    });
  });

  it('lets a URL through as a word', () => {
    expect(parseQuery('https://www.nrc.nl')).toMatchObject({ kind: 'term', text: 'https://www.nrc.nl' });
  });
});

describe('parseQuery: syntax errors with positions and reason codes', () => {
  it('reports an unclosed quote at the quote', () => {
    expect(syntaxErrorOf('genocide "Oeigoeren in')).toMatchObject({ position: 9, reason: 'unclosed-quote', message: 'The quotation mark is never closed.' });
    expect(syntaxErrorOf('tag:"mensen')).toMatchObject({ position: 4, reason: 'unclosed-quote' });
  });

  it('reports an unclosed parenthesis at the "("', () => {
    expect(syntaxErrorOf('a (b OR c')).toMatchObject({ position: 2, reason: 'unclosed-paren' });
  });

  it('reports a stray ")" at itself', () => {
    expect(syntaxErrorOf('a b) c')).toMatchObject({ position: 3, reason: 'unmatched-paren' });
    expect(syntaxErrorOf(')')).toMatchObject({ position: 0, reason: 'unmatched-paren' });
  });

  it('reports empty parentheses at the ")"', () => {
    expect(syntaxErrorOf('a ()')).toMatchObject({ position: 3, reason: 'empty-parens' });
  });

  it('reports OR without a left or right side at the OR', () => {
    expect(syntaxErrorOf('OR china')).toMatchObject({ position: 0, reason: 'or-needs-term-before' });
    expect(syntaxErrorOf('china OR')).toMatchObject({ position: 6, reason: 'or-needs-term-after' });
    expect(syntaxErrorOf('(china OR) x')).toMatchObject({ position: 7, reason: 'or-needs-term-after' });
    expect(syntaxErrorOf('china OR OR x')).toMatchObject({ position: 6, reason: 'or-needs-term-after' });
  });

  it('reports a "-" with nothing to exclude at the "-"', () => {
    expect(syntaxErrorOf('a -OR b')).toMatchObject({ position: 2, reason: 'minus-needs-term' });
    expect(syntaxErrorOf('a --b')).toMatchObject({ position: 2, reason: 'minus-needs-term' });
  });

  it('reports an unknown field at its name, with the field and the known fields as params', () => {
    const e = syntaxErrorOf('genocide auteur:Blok');
    expect(e.position).toBe(9);
    expect(e.message).toMatch(/auteur/);
    expect(e.message).toMatch(/minister:/);
    expect(e.details).toMatchObject({ reason: 'unknown-field', field: 'auteur' });
    expect(e.details['known']).toMatch(/^minister: .*vertraagd:$/);
    expect(e.message).toContain(String(e.details['known']));
  });

  it('reports a field without a value at where the value should be, with an example', () => {
    expect(syntaxErrorOf('minister: Blok')).toMatchObject({ position: 9, details: { reason: 'field-needs-value', field: 'minister', example: 'Blok' } });
    expect(syntaxErrorOf('tag:""')).toMatchObject({ position: 4, details: { reason: 'field-needs-value', field: 'tag', example: 'mensenrechten' } });
  });

  it('reports a bad date, kind or yes/no at the value, with the value as a param', () => {
    expect(syntaxErrorOf('genocide van:2021-02-30')).toMatchObject({ position: 13, details: { reason: 'not-a-date', field: 'van', value: '2021-02-30' } });
    expect(syntaxErrorOf('soort:brief')).toMatchObject({ position: 6, details: { reason: 'not-a-kind', value: 'brief' } });
    expect(syntaxErrorOf('beantwoord:misschien')).toMatchObject({ position: 11, details: { reason: 'not-yes-no', field: 'beantwoord', value: 'misschien' } });
  });

  it('gives every error a reason from SEARCH_SYNTAX_REASONS, and uses every reachable reason', () => {
    const queries = ['"a', 'x:1', 'tag:', 'soort:x', 'van:x', 'vertraagd:x', 'a OR', 'OR a', '-OR', '(a', '()', ')'];
    const reasons = new Set(queries.map((q) => syntaxErrorOf(q).reason));
    // 'unexpected-end' guards the parser against a bug: the lexer and parseOr/parseUnary already
    // turn every early end into a more precise reason
    expect(reasons).toEqual(new Set(SEARCH_SYNTAX_REASONS.filter((r) => r !== 'unexpected-end')));
  });
});
