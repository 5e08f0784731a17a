/**
 * Lexer for the search query language (DESIGN §5): splits a query into words, quoted phrases,
 * `field:value` pairs, `-`, `OR` and parentheses, each with its 0-based position for error messages.
 */
import type { SearchSyntaxReason } from '../api/types.js';
import { VraagbaakError } from '../model/index.js';
import { isQueryField, QUERY_FIELDS, type QueryField } from './query-fields.js';

export type QueryToken =
  | { type: 'lparen' | 'rparen' | 'or' | 'minus'; position: number }
  | { type: 'word'; text: string; position: number; atEnd: boolean }
  | { type: 'phrase'; text: string; position: number }
  | { type: 'field'; field: QueryField; value: string; position: number; valuePosition: number };

// Straight and typographic quotes (Dutch text often uses „…” or “…”).
const OPEN_QUOTES = '"“„”';
const CLOSE_QUOTES = '"”“';
const BREAKS = '()' + OPEN_QUOTES;

/**
 * Builds the search-syntax error.
 * @param message the English sentence (shown by the CLI and as the fallback)
 * @param position 0-based index of the offending character in the query
 * @param reason the stable code of the problem (SEARCH_SYNTAX_REASONS in core/api/types.ts)
 * @param params strings/numbers the reason's text needs (field name, the bad value, an example)
 * @returns VraagbaakError('search-syntax', message, { position, reason, ...params })
 */
export function syntaxError(
  message: string,
  position: number,
  reason: SearchSyntaxReason,
  params: Record<string, string | number> = {},
): VraagbaakError {
  return new VraagbaakError('search-syntax', message, { ...params, position, reason });
}

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/u.test(ch);
}

/** Reads a quoted phrase whose opening quote is at `start`; returns its text and the index after it. */
function readPhrase(input: string, start: number): { text: string; next: number } {
  let i = start + 1;
  while (i < input.length && !CLOSE_QUOTES.includes(input[i]!)) i++;
  if (i >= input.length) throw syntaxError('The quotation mark is never closed.', start, 'unclosed-quote');
  return { text: input.slice(start + 1, i), next: i + 1 };
}

/**
 * Splits a query into tokens. A `-` directly before a word, phrase, field or `(` excludes it; a lone
 * `-` (followed by a space) is ignored. `OR` only in capitals; `AND` is accepted and means nothing
 * extra (words are ANDed anyway).
 * @throws VraagbaakError('search-syntax', …, { position, reason, … }) for an unclosed quote
 *   ('unclosed-quote'), an unknown field `foo:bar` ('unknown-field' { field, known }) or a field
 *   without a value ('field-needs-value' { field, example })
 */
export function lexQuery(input: string): QueryToken[] {
  const tokens: QueryToken[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i]!;
    if (isSpace(ch)) { i++; continue; }
    if (ch === '(') { tokens.push({ type: 'lparen', position: i }); i++; continue; }
    if (ch === ')') { tokens.push({ type: 'rparen', position: i }); i++; continue; }
    if (OPEN_QUOTES.includes(ch)) {
      const { text, next } = readPhrase(input, i);
      tokens.push({ type: 'phrase', text, position: i });
      i = next;
      continue;
    }
    if (ch === '-') {
      if (i + 1 < input.length && !isSpace(input[i + 1]) && input[i + 1] !== ')') tokens.push({ type: 'minus', position: i });
      i++;
      continue;
    }
    let end = i;
    while (end < input.length && !isSpace(input[end]) && !BREAKS.includes(input[end]!)) end++;
    const word = input.slice(i, end);
    const field = /^([A-Za-z]+):(.*)$/s.exec(word);
    if (field && !field[2]!.startsWith('//')) {
      const name = field[1]!.toLowerCase();
      if (!isQueryField(name)) {
        const known = QUERY_FIELDS.map((f) => f + ':').join(' ');
        throw syntaxError(`Unknown search field "${field[1]}:". Known fields: ${known}.`, i, 'unknown-field', { field: field[1]!, known });
      }
      const valuePosition = i + field[1]!.length + 1;
      if (field[2] !== '') {
        tokens.push({ type: 'field', field: name, value: field[2]!, position: i, valuePosition });
        i = end;
        continue;
      }
      const after = input[end];
      // (a bare `tag:` at the end has no next character: ''.includes would be true for any string)
      if (after !== undefined && OPEN_QUOTES.includes(after)) {
        const { text, next } = readPhrase(input, end);
        tokens.push({ type: 'field', field: name, value: text, position: i, valuePosition: end });
        i = next;
        continue;
      }
      const example = exampleValue(name);
      throw syntaxError(`The field "${name}:" needs a value, for example ${name}:${example}.`, valuePosition, 'field-needs-value', { field: name, example });
    }
    if (word === 'OR') tokens.push({ type: 'or', position: i });
    else if (word !== 'AND') tokens.push({ type: 'word', text: word, position: i, atEnd: end === input.length });
    i = end;
  }
  return tokens;
}

/** A typical value of `field`, as it would be typed after the colon (e.g. `2021-02-15` for van:). */
export function exampleValue(field: QueryField): string {
  switch (field) {
    case 'van': case 'tot': return '2021-02-15';
    case 'soort': return 'antwoord';
    case 'partij': return 'VVD';
    case 'tag': return 'mensenrechten';
    case 'ministerie': return '"Buitenlandse Zaken"';
    case 'minister': case 'lid': return 'Blok';
    case 'beantwoord': case 'vertraagd': return 'ja';
  }
}
