/**
 * Keeps saved searches working when a theme is renamed or merged: `tag:` clauses name a theme by
 * its name (DESIGN §5), so a clause naming the old theme is rewritten to name the new one.
 */
import { foldText } from './doc-facts.js';
import { lexQuery } from './query-lexer.js';

const QUOTES = '"“„”';

/** `name` as a `tag:` value: bare when it is one plain word, else in straight quotes. */
function tagValue(name: string): string {
  return /^[^\s()"“„”]+$/u.test(name) ? name : `"${name}"`;
}

/**
 * `query` with every `tag:` clause whose value names `oldName` (compared as search compares
 * names: folded, so case and accents do not matter) naming `newName` instead. Clauses that name
 * only the start of a name (`tag:stik`) and everything else stay as written.
 * @returns `query` itself when nothing changed, when it does not parse, or when `newName` holds a
 *   quotation mark (it could not be written as one value)
 */
export function renameTagInQuery(query: string, oldName: string, newName: string): string {
  if (/["“„”]/u.test(newName)) return query;
  let tokens;
  try {
    tokens = lexQuery(query);
  } catch {
    return query;
  }
  const oldKey = foldText(oldName);
  let out = query;
  // from the end, so earlier positions stay valid
  for (const token of [...tokens].reverse()) {
    if (token.type !== 'field' || token.field !== 'tag' || foldText(token.value) !== oldKey) continue;
    const quoted = QUOTES.includes(query[token.valuePosition] ?? '');
    const end = token.valuePosition + token.value.length + (quoted ? 2 : 0);
    out = out.slice(0, token.valuePosition) + tagValue(newName) + out.slice(end);
  }
  return out;
}
