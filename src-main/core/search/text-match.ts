/**
 * Finds where a query matches inside one unit's text: the word ranges to mark, whether phrases
 * really occur (the index only knows the words are there), and how exactly the words were spelled.
 */
import type { SnippetMark } from '../api/types.js';
import { analyzeText, exactForm, foldForm, type AnalysedText } from './analysis.js';
import { TIER, type PhraseMatcher, type WordMatcher } from './compile.js';

/** Tokenises and analyses a text once for all the checks below. */
export function prepareText(text: string): AnalysedText {
  return analyzeText(text);
}

/**
 * Where a phrase occurs: consecutive words whose phrase terms equal the phrase's terms.
 * @returns half-open UTF-16 ranges from the first to the last word of each occurrence
 */
export function phraseOccurrences(text: AnalysedText, phrase: Pick<PhraseMatcher, 'terms'>): SnippetMark[] {
  const n = phrase.terms.length;
  const found: SnippetMark[] = [];
  if (n === 0) return found;
  const terms = text.phraseTerms;
  for (let i = 0; i + n <= terms.length; i++) {
    let k = 0;
    while (k < n && terms[i + k] === phrase.terms[k]) k++;
    if (k === n) found.push({ start: text.starts[i]!, end: text.starts[i + n - 1]! + text.raws[i + n - 1]!.length });
  }
  return found;
}

/** How a unit's text matches the positive part of a query. */
export interface TextMatch {
  /** sorted, non-overlapping ranges of matched words and phrases */
  ranges: SnippetMark[];
  /** per query word: 2 when spelled exactly (diacritics kept), 1 when equal after folding, else 0; summed */
  spelling: number;
  /** summed match tiers (`TIER`) of the words and phrases found here; 0 when none */
  points: number;
}

/**
 * Matches query words and phrases against a prepared text.
 * @param text from `prepareText`
 */
export function matchText(text: AnalysedText, words: readonly WordMatcher[], phrases: readonly PhraseMatcher[]): TextMatch {
  const ranges: SnippetMark[] = [];
  const best = new Array<number>(words.length).fill(0);
  const tier = new Array<number>(words.length).fill(0);
  const byStem = new Map<string, number[]>();
  words.forEach((w, i) => byStem.set(w.stem, [...(byStem.get(w.stem) ?? []), i]));
  text.terms.forEach((term, at) => {
    if (term === null) return;
    const raw = text.raws[at]!;
    let hit = false;
    const same = byStem.get(term);
    for (const i of same ?? []) {
      const w = words[i]!;
      hit = true;
      tier[i] = TIER.stem;
      if (best[i]! < 2) best[i] = Math.max(best[i]!, exactForm(raw) === w.exact ? 2 : foldForm(raw) === w.folded ? 1 : 0);
    }
    // a compound part ("schending" in "mensenrechtenschendingen") marks the whole compound
    for (const part of text.parts[at]!) {
      for (const i of byStem.get(part) ?? []) { hit = true; tier[i] = TIER.stem; }
    }
    words.forEach((w, i) => {
      if (w.prefix !== null && term.startsWith(w.prefix)) { hit = true; if (tier[i]! < TIER.prefix) tier[i] = TIER.prefix; }
    });
    if (hit) ranges.push({ start: text.starts[at]!, end: text.starts[at]! + raw.length });
  });
  let points = tier.reduce((a, b) => a + b, 0);
  for (const p of phrases) {
    const found = phraseOccurrences(text, p);
    if (found.length > 0) points += TIER.phrase;
    ranges.push(...found);
  }
  return { ranges: mergeRanges(ranges), spelling: best.reduce((a, b) => a + b, 0), points };
}

/** Sorts ranges and merges overlapping ones. */
export function mergeRanges(ranges: SnippetMark[]): SnippetMark[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: SnippetMark[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}
