/**
 * Parser for the search query language (DESIGN §5) into a small AST. Grammar, loosest first:
 *   query := group*            words side by side must all match (AND, across the whole document)
 *   group := unary (OR unary)*  OR binds tighter than the implicit AND, as in web search engines:
 *                               `klimaat stikstof OR fosfaat` = klimaat AND (stikstof OR fosfaat)
 *   unary := '-' primary | primary
 *   primary := word | "phrase" | field:value | field:"value" | '(' query ')'
 */
import type { DocumentKind } from '../model/index.js';
import { readDateBound, readKind, readYesNo, type QueryField } from './query-fields.js';
import { exampleValue, lexQuery, syntaxError, type QueryToken } from './query-lexer.js';

/** A bare word. `isLast` marks the final word of a query that does not end in a space (still being typed). */
export interface TermNode { kind: 'term'; text: string; position: number; isLast: boolean }
export interface PhraseNode { kind: 'phrase'; text: string; position: number }
/**
 * Text fields compare folded words; soort: holds a DocumentKind; van:/tot: an inclusive ISO date;
 * beantwoord:/vertraagd: true for ja, false for nee.
 */
export type FieldNode =
  | { kind: 'field'; field: Exclude<QueryField, 'soort' | 'van' | 'tot' | 'beantwoord' | 'vertraagd'>; value: string; position: number }
  | { kind: 'field'; field: 'beantwoord' | 'vertraagd'; value: boolean; position: number }
  | { kind: 'field'; field: 'soort'; value: DocumentKind; position: number }
  | { kind: 'field'; field: 'van' | 'tot'; value: string; position: number };
export interface NotNode { kind: 'not'; operand: QueryNode; position: number }
export interface AndNode { kind: 'and'; operands: QueryNode[] }
export interface OrNode { kind: 'or'; operands: QueryNode[] }
export type QueryNode = TermNode | PhraseNode | FieldNode | NotNode | AndNode | OrNode;

class Parser {
  private at = 0;
  constructor(private readonly tokens: QueryToken[], private readonly length: number) {}

  private peek(): QueryToken | undefined {
    return this.tokens[this.at];
  }

  /** group* until ')' or the end. */
  parseAnd(): QueryNode[] {
    const operands: QueryNode[] = [];
    for (let t = this.peek(); t && t.type !== 'rparen'; t = this.peek()) operands.push(this.parseOr());
    return operands;
  }

  private parseOr(): QueryNode {
    const first = this.parseUnary();
    const operands = [first];
    for (let t = this.peek(); t?.type === 'or'; t = this.peek()) {
      this.at++;
      const next = this.peek();
      if (!next || next.type === 'rparen' || next.type === 'or') throw syntaxError('OR needs a search term after it.', t.position, 'or-needs-term-after');
      operands.push(this.parseUnary());
    }
    return operands.length === 1 ? first : { kind: 'or', operands };
  }

  private parseUnary(): QueryNode {
    const t = this.peek();
    if (t?.type !== 'minus') return this.parsePrimary();
    this.at++;
    const next = this.peek();
    if (!next || next.type === 'or' || next.type === 'minus' || next.type === 'rparen') {
      throw syntaxError('A "-" must be followed directly by the word, phrase or field to exclude.', t.position, 'minus-needs-term');
    }
    return { kind: 'not', operand: this.parsePrimary(), position: t.position };
  }

  private parsePrimary(): QueryNode {
    const t = this.peek();
    if (!t) throw syntaxError('The query ends where a search term was expected.', this.length, 'unexpected-end');
    this.at++;
    switch (t.type) {
      case 'word': return { kind: 'term', text: t.text, position: t.position, isLast: t.atEnd };
      case 'phrase': return { kind: 'phrase', text: t.text, position: t.position };
      case 'field': return readField(t);
      case 'lparen': {
        const operands = this.parseAnd();
        const close = this.peek();
        if (!close) throw syntaxError('This "(" is never closed.', t.position, 'unclosed-paren');
        this.at++;
        if (operands.length === 0) throw syntaxError('The parentheses are empty.', close.position, 'empty-parens');
        return operands.length === 1 ? operands[0]! : { kind: 'and', operands };
      }
      case 'or': throw syntaxError('OR needs a search term before it.', t.position, 'or-needs-term-before');
      case 'rparen': throw syntaxError('This ")" has no matching "(".', t.position, 'unmatched-paren');
      case 'minus': throw syntaxError('A "-" must be followed directly by the word, phrase or field to exclude.', t.position, 'minus-needs-term');
    }
  }

  /** Parses the whole token list; a leftover ')' is an error. */
  parseQuery(): QueryNode | null {
    const operands = this.parseAnd();
    const rest = this.peek();
    if (rest) throw syntaxError('This ")" has no matching "(".', rest.position, 'unmatched-paren');
    if (operands.length === 0) return null;
    return operands.length === 1 ? operands[0]! : { kind: 'and', operands };
  }
}

function readField(t: Extract<QueryToken, { type: 'field' }>): FieldNode {
  const value = t.value.trim();
  if (value === '') throw syntaxError(`The field "${t.field}:" needs a value.`, t.valuePosition, 'field-needs-value', { field: t.field, example: exampleValue(t.field) });
  switch (t.field) {
    case 'soort': {
      const kind = readKind(value);
      if (!kind) throw syntaxError(`"${value}" is not a document kind; use antwoord, vragen, uitstel or overig.`, t.valuePosition, 'not-a-kind', { value });
      return { kind: 'field', field: 'soort', value: kind, position: t.position };
    }
    case 'van': case 'tot': {
      const date = readDateBound(value, t.field === 'van' ? 'from' : 'to');
      if (!date) throw syntaxError(`"${value}" is not a date; write for example 2021, 2021-02 or 2021-02-15.`, t.valuePosition, 'not-a-date', { field: t.field, value });
      return { kind: 'field', field: t.field, value: date, position: t.position };
    }
    case 'beantwoord': case 'vertraagd': {
      const yes = readYesNo(value);
      if (yes === null) throw syntaxError(`"${value}" is not ja or nee; write ${t.field}:ja or ${t.field}:nee.`, t.valuePosition, 'not-yes-no', { field: t.field, value });
      return { kind: 'field', field: t.field, value: yes, position: t.position };
    }
    default:
      return { kind: 'field', field: t.field, value, position: t.position };
  }
}

/**
 * Parses a search query (DESIGN §5 query language: words, "quoted phrases", -exclude, OR,
 * parentheses, and the fields minister: ministerie: lid: partij: tag: soort: van: tot: beantwoord:
 * vertraagd:).
 * @param input the query as typed
 * @returns the AST, or null for a query without any term (empty or only spaces)
 * @throws VraagbaakError('search-syntax', message, { position, reason, …params }) where position is
 *   the 0-based index of the offending character in `input` and reason one of SEARCH_SYNTAX_REASONS
 *   (core/api/types.ts); params: unknown-field { field, known }, field-needs-value { field, example },
 *   not-a-kind { value }, not-a-date { field, value }, not-yes-no { field, value }
 */
export function parseQuery(input: string): QueryNode | null {
  return new Parser(lexQuery(input), input.length).parseQuery();
}
