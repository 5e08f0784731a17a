/**
 * Facet clicks and chips edit the search query as text: the main process hands out each facet value's
 * clause (`ministerie:"Buitenlandse Zaken"`), and these helpers append, find and remove such clauses
 * at the top level of a query without ever writing query syntax of their own.
 */

/** A top-level token of a query: a word, a field clause or a quoted phrase, with its UTF-16 span. */
export interface QueryToken {
  text: string;
  start: number;
  /** exclusive */
  end: number;
}

/** A removable chip for an active clause: the clause text as it stands in the query, and its label. */
export interface QueryChip {
  clause: string;
  label: string;
}

/** The fields of the query language (DESIGN §5) whose clauses show as chips. */
const FIELD_CLAUSE = /^-?(minister|ministerie|lid|partij|tag|soort|van|tot|beantwoord|vertraagd):(?:"[^"]*"?|[^\s"()]+)$/iu;

/**
 * Splits `query` at whitespace outside double quotes. An unclosed quote runs to the end.
 * @returns the tokens in order; none for a blank query
 */
export function tokenizeQuery(query: string): QueryToken[] {
  const tokens: QueryToken[] = [];
  let start = -1;
  let inQuotes = false;
  for (let i = 0; i <= query.length; i++) {
    const ch = query[i];
    const isEnd = ch === undefined || (!inQuotes && /\s/u.test(ch));
    if (isEnd) {
      if (start >= 0) tokens.push({ text: query.slice(start, i), start, end: i });
      start = -1;
      continue;
    }
    if (start < 0) start = i;
    if (ch === '"') inQuotes = !inQuotes;
  }
  return tokens;
}

/** Where the tokens of `clause` occur in a row among `tokens` (case-insensitive); -1 if nowhere. */
function findClause(tokens: readonly QueryToken[], clause: string): { first: number; last: number } | null {
  const wanted = tokenizeQuery(clause).map((t) => t.text.toLocaleLowerCase('nl'));
  if (wanted.length === 0) return null;
  for (let i = 0; i + wanted.length <= tokens.length; i++) {
    if (wanted.every((w, k) => tokens[i + k]!.text.toLocaleLowerCase('nl') === w)) return { first: i, last: i + wanted.length - 1 };
  }
  return null;
}

/** True when `clause` (one or more tokens) stands in `query` as whole tokens, in a row. */
export function hasClause(query: string, clause: string): boolean {
  return findClause(tokenizeQuery(query), clause) !== null;
}

/**
 * `query` with `clause` added at the end (one space between); unchanged when it is already there.
 * An unclosed quote in `query` is left alone: the clause is still appended after it.
 */
export function appendClause(query: string, clause: string): string {
  const trimmed = clause.trim();
  if (trimmed === '' || hasClause(query, trimmed)) return query;
  return query.trim() === '' ? trimmed : `${query.trimEnd()} ${trimmed}`;
}

/** `query` without the first whole-token occurrence of `clause`; whitespace around it collapses. */
export function removeClause(query: string, clause: string): string {
  const found = findClause(tokenizeQuery(query), clause);
  if (!found) return query;
  const tokens = tokenizeQuery(query);
  const before = query.slice(0, tokens[found.first]!.start).trimEnd();
  const after = query.slice(tokens[found.last]!.end).trimStart();
  return before === '' || after === '' ? before + after : `${before} ${after}`;
}

/**
 * The chips for `query`: first every clause of `labels` found in it (e.g. the facet values the
 * main process offered, `van:2021 tot:2021` → "2021"), then every other field clause as written.
 * @param labels clause → label; clauses are matched as whole tokens, case-insensitively
 */
export function queryChips(query: string, labels: ReadonlyMap<string, string>): QueryChip[] {
  const tokens = tokenizeQuery(query);
  const used = new Set<number>();
  const chips: { at: number; chip: QueryChip }[] = [];
  for (const [clause, label] of labels) {
    const found = findClause(tokens, clause);
    if (!found) continue;
    const span = Array.from({ length: found.last - found.first + 1 }, (_, k) => found.first + k);
    if (span.some((i) => used.has(i))) continue;
    span.forEach((i) => used.add(i));
    chips.push({ at: found.first, chip: { clause: span.map((i) => tokens[i]!.text).join(' '), label } });
  }
  tokens.forEach((token, i) => {
    if (!used.has(i) && FIELD_CLAUSE.test(token.text)) chips.push({ at: i, chip: { clause: token.text, label: token.text } });
  });
  return chips.sort((a, b) => a.at - b.at).map((c) => c.chip);
}
