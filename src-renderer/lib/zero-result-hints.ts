/**
 * Why a query may have found nothing, read from its text alone: a `van:` date after the `tot:` date,
 * or a lower-case "or" between words (only upper-case OR is the operator). The library shows these
 * as a hint under the search box when a query lists no documents.
 */
import { readDateBound } from '../../src-main/core/present/query-dates.js';
import { tokenizeQuery } from './query-clauses.js';

/** A reason a query found nothing: `reversed-dates` (van: after tot:), `lowercase-or` (" or " between words). */
export type ZeroResultHint = 'reversed-dates' | 'lowercase-or';

/** The value of the first top-level `field:` clause (not negated) among `texts`, unquoted. */
function fieldValue(texts: readonly string[], field: string): string | null {
  const prefix = `${field}:`;
  const token = texts.find((text) => text.toLowerCase().startsWith(prefix));
  return token === undefined ? null : token.slice(prefix.length).replace(/^"|"$/g, '');
}

/**
 * The hints that explain why `query` may find nothing, in a fixed order.
 * @returns 'reversed-dates' when the `van:` date lies after the `tot:` date; 'lowercase-or' when a
 *   lower-case `or` stands between two words outside quotes; none for an ordinary query
 */
export function zeroResultHints(query: string): ZeroResultHint[] {
  const texts = tokenizeQuery(query).map((token) => token.text);
  const hints: ZeroResultHint[] = [];
  const from = fieldValue(texts, 'van');
  const to = fieldValue(texts, 'tot');
  // ISO days compare as strings
  const fromDate = from === null ? null : readDateBound(from, 'from');
  const toDate = to === null ? null : readDateBound(to, 'to');
  if (fromDate && toDate && fromDate > toDate) hints.push('reversed-dates');
  if (texts.some((text, i) => text === 'or' && i > 0 && i < texts.length - 1)) hints.push('lowercase-or');
  return hints;
}
