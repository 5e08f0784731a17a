/**
 * Snowball Dutch stemming behind one small function, so the rest of search never touches the
 * untyped `snowball-stemmers` package. Stems are memoised: Dutch text repeats its words a lot.
 */
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the package ships no types; this pulls our declaration into every tsconfig that compiles this file (the test config lists only *.test.ts)
/// <reference path="./snowball-stemmers.d.ts" />
import { newStemmer } from 'snowball-stemmers';

const dutch = newStemmer('dutch');

/** Above this many remembered stems the memo starts over (≈ 10 MB; a 30k archive has ~200k terms). */
const MEMO_LIMIT = 250_000;
let memo = new Map<string, string>();

/**
 * Stems one folded Dutch word with the Snowball Dutch algorithm (snowballstem.org, "dutch").
 * @param folded a word already through `foldForm` (lower case, no diacritics)
 * @returns the stem; words containing digits are returned unchanged (identifiers like "2024z18796")
 */
export function stemDutch(folded: string): string {
  const known = memo.get(folded);
  if (known !== undefined) return known;
  const stem = /\d/.test(folded) ? folded : dutch.stem(folded);
  if (memo.size >= MEMO_LIMIT) memo = new Map();
  memo.set(folded, stem);
  return stem;
}
