/**
 * Whether a phrase occurs in a text, without analysing the whole text: the phrase check runs on every
 * candidate document of a phrase query (the index only knows the words are there), so it must be cheap.
 * Only words that can be the phrase's next word are stemmed; the walk stops at the first occurrence.
 */
import { phraseTermOf } from './analysis.js';
import type { PhraseMatcher } from './compile.js';
import { forEachWord } from './tokenize.js';

/**
 * False when a word surely does not have the phrase term `term`, judged by its first letter alone:
 * a word starting with an ASCII letter or digit keeps that character, lower-cased, as the first
 * character of its phrase term (folding leaves ASCII alone; the Snowball Dutch stemmer only changes
 * a word's end, and its y/i marking in the prelude is undone in the postlude). Anything else is
 * left to the full comparison.
 */
function surelyOther(raw: string, term: string): boolean {
  if (term === '') return false;
  let c = raw.charCodeAt(0);
  if (c >= 0x80) return false;
  if (c >= 0x41 && c <= 0x5a) c += 0x20;
  return c !== term.charCodeAt(0);
}

/**
 * True when the phrase occurs in the text: consecutive words whose phrase terms equal the phrase's
 * terms — the same answer as `phraseOccurrences(analyzeText(text), phrase).length > 0` (text-match.ts).
 * @param phrase its `terms` in order (stopwords included); an empty phrase never occurs
 */
export function containsPhrase(text: string, phrase: Pick<PhraseMatcher, 'terms'>): boolean {
  const terms = phrase.terms;
  const n = terms.length;
  if (n === 0) return false;
  // how many phrase words the occurrences still open end with at the previous word (no closures
  // per word: this runs for every word of every candidate text)
  let open: number[] = [];
  let next: number[] = [];
  let found = false;
  forEachWord(text, (raw) => {
    let term: string | null = null;
    next.length = 0;
    for (let i = -1; i < open.length; i++) {
      const k = i < 0 ? 0 : open[i]!;
      const wanted = terms[k]!;
      if (surelyOther(raw, wanted)) continue;
      term ??= phraseTermOf(raw);
      if (term !== wanted) continue;
      if (k + 1 === n) {
        found = true;
        return true;
      }
      next.push(k + 1);
    }
    [open, next] = [next, open];
    return false;
  });
  return found;
}
