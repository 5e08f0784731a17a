/**
 * Turns a parsed query (query.ts) into a plan the index can run: words analysed into stems with an
 * optional prefix for compounds and as-you-type, phrases into term sequences, fields into filters.
 * It also lists the positive words and phrases, which rank units and mark snippets.
 */
import { foldForm, exactForm, phraseTermOf, termOf } from './analysis.js';
import { compileFieldFilter, type FactsFilter } from './doc-facts.js';
import type { QueryNode } from './query.js';
import { tokenize } from './tokenize.js';

/** Match strength per leaf: a phrase beats a word, a stem match beats a prefix match. */
export const TIER = { phrase: 1.5, stem: 1, prefix: 0.5 } as const;

/** A query word as the ranker sees it. */
export interface WordMatcher {
  stem: string;
  /** indexed terms starting with this also match (lower tier); null: whole stem only */
  prefix: string | null;
  /** NFC lower case, diacritics kept: a token spelled like this is an exact hit */
  exact: string;
  /** folded: a token folding to this matches without stemming */
  folded: string;
}

export interface PhraseMatcher {
  /** the phrase's words as `phraseTermOf` terms (stopwords included), in order */
  terms: string[];
  /** the index terms of its words, stopwords left out */
  contentTerms: string[];
}

export type PlanNode =
  | { kind: 'word'; word: WordMatcher }
  | { kind: 'phrase'; phrase: PhraseMatcher; contentTerms: string[] }
  | { kind: 'filter'; test: FactsFilter }
  | { kind: 'not'; operand: PlanNode }
  | { kind: 'and' | 'or'; operands: PlanNode[] };

export interface QueryPlan {
  root: PlanNode;
  /** words and phrases not under an odd number of exclusions */
  words: WordMatcher[];
  phrases: PhraseMatcher[];
}

/**
 * Shortest prefix that expands: a word being typed (the last one) from 3 characters, any other word
 * from 5, so "mensenrecht" finds "mensenrechtenschendingen" but "wet" in the middle of a query does
 * not pull in every compound with "wet".
 */
export const MIN_PREFIX_LAST = 3;
export const MIN_PREFIX_OTHER = 5;

function commonPrefix(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(0, i);
}

function wordPlan(raw: string, withPrefix: boolean, isLast: boolean): PlanNode | null {
  const stem = termOf(raw);
  if (stem === null) return null;
  const folded = foldForm(raw);
  // Snowball may rewrite the end of a word (vragen → vrag); the shared start of the folded word and
  // its stem is what compounds and longer forms begin with.
  const key = commonPrefix(folded, stem);
  const hasDigits = /\d/.test(folded);
  const allowed = withPrefix && (isLast || !hasDigits) && key.length >= (isLast ? MIN_PREFIX_LAST : MIN_PREFIX_OTHER);
  return { kind: 'word', word: { stem, prefix: allowed ? key : null, exact: exactForm(raw), folded } };
}

function phrasePlan(text: string): PlanNode | null {
  const tokens = tokenize(text);
  if (tokens.length === 1) return wordPlan(tokens[0]!.raw, false, false);
  if (tokens.length === 0) return null;
  const contentTerms = tokens.flatMap((t) => termOf(t.raw) ?? []);
  return { kind: 'phrase', phrase: { terms: tokens.map((t) => phraseTermOf(t.raw)), contentTerms }, contentTerms };
}

/**
 * Compiles a query AST into a plan.
 * @returns null when nothing in the query can match (only stopwords or punctuation)
 */
export function compileQuery(ast: QueryNode): QueryPlan | null {
  const words: WordMatcher[] = [];
  const phrases: PhraseMatcher[] = [];

  const visit = (node: QueryNode, positive: boolean): PlanNode | null => {
    switch (node.kind) {
      case 'term': {
        // a word with inner punctuation ("Noordoost-Syrië", "covid-19") is a short phrase
        const tokens = tokenize(node.text);
        const plan = tokens.length === 1 ? wordPlan(tokens[0]!.raw, positive, node.isLast) : phrasePlan(node.text);
        return note(plan, positive);
      }
      case 'phrase': return note(phrasePlan(node.text), positive);
      case 'field': return { kind: 'filter', test: compileFieldFilter(node) };
      case 'not': {
        const operand = visit(node.operand, !positive);
        return operand && { kind: 'not', operand };
      }
      case 'and': case 'or': {
        // a word repeated ("genocide genocide") means it once: it must not add its points again
        const seen = new Set<string>();
        const operands = node.operands.flatMap((o) => visit(o, positive) ?? []).filter((p) => {
          if (p.kind !== 'word') return true;
          const key = `${p.word.stem}\u0000${p.word.prefix ?? ''}`;
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        });
        if (operands.length <= 1) return operands[0] ?? null;
        return { kind: node.kind, operands };
      }
    }
  };

  const note = (plan: PlanNode | null, positive: boolean): PlanNode | null => {
    if (plan && positive && plan.kind === 'word' && !words.some((w) => w.stem === plan.word.stem && w.prefix === plan.word.prefix)) words.push(plan.word);
    if (plan && positive && plan.kind === 'phrase') phrases.push(plan.phrase);
    return plan;
  };

  const root = visit(ast, true);
  return root && { root, words, phrases };
}
