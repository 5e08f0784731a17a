/**
 * Dutch text analysis for the search index (DESIGN §5): words → folded forms → Snowball Dutch stems,
 * minus stopwords. Index and query go through the same functions, so they always agree.
 */
import { compoundParts } from './compounds.js';
import { stemDutch } from './stemmer.js';
import { isStopword } from './stopwords.js';
import { forEachWord } from './tokenize.js';

/**
 * Folds a word for matching: lower case, compatibility decomposition (so "ĳ" → "ij", "ﬁ" → "fi"),
 * diacritics and apostrophes removed. "Oeïgoeren" → "oeigoeren", "ideeën" → "ideeen".
 * @param word one word (any normalisation form)
 * @returns the folded form; may be longer than the input ("ĳ" → "ij")
 */
export function foldForm(word: string): string {
  return word.toLowerCase().normalize('NFKD').replace(/[\p{M}'’]/gu, '');
}

/**
 * The exact form used to rank exact spellings above folded ones: NFC and lower case, diacritics kept.
 */
export function exactForm(word: string): string {
  return word.normalize('NFC').toLowerCase();
}

/** The terms of one word: for the index (null for a stopword), for phrase comparison, and its compound parts. */
interface WordTerms {
  term: string | null;
  phraseTerm: string;
  /** stems of the word's compound parts after the first (compounds.ts); shared empty array when none */
  parts: readonly string[];
}

const NO_PARTS: readonly string[] = [];

/** Above this many remembered words the memo starts over; text repeats its words, so hits are frequent. */
const MEMO_LIMIT = 250_000;
let memo = new Map<string, WordTerms>();

function termsOfWord(word: string): WordTerms {
  const known = memo.get(word);
  if (known) return known;
  const folded = foldForm(word);
  const phraseTerm = stemDutch(folded);
  const term = folded.length === 0 || isStopword(folded) ? null : phraseTerm;
  const split = term === null || /\d/.test(folded) ? NO_PARTS : compoundParts(folded).filter((p) => p !== term);
  const terms = { term, phraseTerm, parts: split.length === 0 ? NO_PARTS : split };
  if (memo.size >= MEMO_LIMIT) memo = new Map();
  memo.set(word, terms);
  return terms;
}

/**
 * The index term of one word: folded and stemmed, or null for a stopword.
 * @param word one token as it appears in text or query
 */
export function termOf(word: string): string | null {
  return termsOfWord(word).term;
}

/**
 * The term of a word for phrase comparison: like `termOf` but stopwords keep a term, because a
 * phrase such as "minister van Buitenlandse Zaken" must match word for word.
 */
export function phraseTermOf(word: string): string {
  return termsOfWord(word).phraseTerm;
}

/**
 * A text's words with their terms, as parallel arrays (one object per text, not per word: snippet
 * scanning and phrase checks run over many texts per query).
 */
export interface AnalysedText {
  raws: string[];
  /** UTF-16 start offset of each word; its end is start + raw.length */
  starts: number[];
  /** index term, null for a stopword */
  terms: (string | null)[];
  /** phrase term (stopwords included) */
  phraseTerms: string[];
  /** the stems of each word's compound parts (compounds.ts), usually empty */
  parts: (readonly string[])[];
}

/**
 * Tokenises and analyses a text, keeping offsets.
 * @returns every word in order, stopwords included with a null term
 */
export function analyzeText(text: string): AnalysedText {
  const out: AnalysedText = { raws: [], starts: [], terms: [], phraseTerms: [], parts: [] };
  forEachWord(text, (raw, start) => {
    const w = termsOfWord(raw);
    out.raws.push(raw);
    out.starts.push(start);
    out.terms.push(w.term);
    out.phraseTerms.push(w.phraseTerm);
    out.parts.push(w.parts);
  });
  return out;
}

/**
 * Analyses a text into index terms (Dutch: folded, stemmed, stopwords removed), in text order
 * with repeats; a compound is followed by the stems of its parts (compounds.ts).
 * @param text any text
 * @returns the terms, e.g. "grootschalige mensenrechtenschendingen" →
 *   ["grootschal", "mensenrechtenschend", "schending", "recht"]
 */
export function analyze(text: string): string[] {
  const terms: string[] = [];
  forEachWord(text, (raw) => {
    const w = termsOfWord(raw);
    if (w.term === null) return;
    terms.push(w.term);
    for (const part of w.parts) terms.push(part);
  });
  return terms;
}
