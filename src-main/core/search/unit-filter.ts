/**
 * A cheap test that rules out parts which cannot match a query, before the costly tokenise-and-stem
 * pass (analysis.ts): a Snowball Dutch stem is a prefix of its folded word except for its last two
 * letters (the stemmer undoubles a vowel before the final consonant: "uitstoot" → "uitstot"), so a
 * part without accented letters that does not contain a query stem less those two letters, a prefix or
 * a compound part as plain lower-case text cannot hold it. Parts with accented letters are always
 * analysed (folding could matter).
 */
import type { PhraseMatcher, WordMatcher } from './compile.js';

/** Latin letters with diacritics, ligatures included ("ĳ"), and compatibility forms such as "ﬁ". */
const ACCENTED = /[\u00c0-\u024f\u1e00-\u1eff\ufb00-\ufb06]/u;

/** The plain-text needles of a query: any match must contain one of them. */
export function needlesOf(words: readonly WordMatcher[], phrases: readonly PhraseMatcher[]): string[] {
  const needles = new Set<string>();
  for (const w of words) needles.add(w.prefix ?? w.stem);
  for (const p of phrases) for (const t of p.contentTerms) needles.add(t);
  return [...needles];
}

/**
 * True when a text may hold one of the needles (then analyse it); false only when it surely holds none.
 * @param needles from `needlesOf`, or the content terms of one phrase with `every` set
 * @param every true: all needles must occur (a phrase); false: any one will do
 */
export function mayMatch(text: string, needles: readonly string[], every = false): boolean {
  if (needles.length === 0 || ACCENTED.test(text)) return true;
  const lower = text.toLowerCase();
  const has = (n: string): boolean => lower.includes(n.slice(0, Math.max(2, n.length - 2)));
  return every ? needles.every(has) : needles.some(has);
}

