import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText, phraseTermOf, type AnalysedText } from './analysis.js';
import { containsPhrase } from './phrase-scan.js';
import { SEED_ANSWER_8 } from './test-documents.js';
import { phraseOccurrences } from './text-match.js';
import { tokenize } from './tokenize.js';

const corpusDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared/corpus/nl-text');
const corpusTexts = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(corpusDir, f), 'utf8').normalize('NFC'));

/** The slow, sure answer: analyse the whole text and look for the phrase terms in a row. */
function reference(text: string, words: readonly string[]): boolean {
  return referenceIn(analyzeText(text), words);
}

/** `reference` on a text analysed once: the corpus-wide check asks many phrases of each text. */
function referenceIn(analysed: AnalysedText, words: readonly string[]): boolean {
  return phraseOccurrences(analysed, { terms: words.map(phraseTermOf) }).length > 0;
}

function scan(text: string, words: readonly string[]): boolean {
  return containsPhrase(text, { terms: words.map(phraseTermOf) });
}

describe('containsPhrase', () => {
  it('finds phrases in the seed answer, across stopwords, case and diacritics', () => {
    expect(scan(SEED_ANSWER_8, ['grootschalige', 'mensenrechtenschendingen'])).toBe(true);
    expect(scan('De Oeïgoeren in Xinjiang', ['oeigoeren', 'in', 'xinjiang'])).toBe(true);
    expect(scan('De Oeïgoeren in Xinjiang', ['in', 'oeigoeren'])).toBe(false);
    expect(scan('de de de minister', ['de', 'de', 'minister'])).toBe(true);
    expect(scan('de de minister de', ['de', 'de', 'de'])).toBe(false);
    expect(scan('kabinet', [])).toBe(false);
  });

  it('gives the same answer as analysing the whole text, for runs and word pairs of every corpus text', () => {
    let checked = 0;
    let present = 0;
    corpusTexts.forEach((text, n) => {
      // analysed once per text, not once per phrase: the check stays corpus-wide and cheap on a slow machine
      const analysed = analyzeText(text);
      const words = tokenize(text).map((t) => t.raw).filter((w) => w.length > 1);
      // at most 8 places per text: each scan reads the whole text, so phrases spread over every text
      // keep the check corpus-wide while its work grows with the corpus, not with its square
      const step = Math.max(61 + n, Math.ceil(words.length / 8));
      for (let i = 0; i + 3 < words.length; i += step) {
        const run = words.slice(i, i + 2 + (i % 2));
        const pair = [words[i]!, words[(i * 7 + n) % words.length]!];
        for (const phrase of [run, pair]) {
          const expected = referenceIn(analysed, phrase);
          expect(scan(text, phrase), `${phrase.join(' ')} in corpus text ${n}`).toBe(expected);
          checked++;
          if (expected) present++;
        }
      }
    });
    expect(checked).toBeGreaterThan(500);
    expect(present).toBeGreaterThan(checked / 3);
  });

  it('agrees with the full analysis on random texts over a small vocabulary', () => {
    const vocabulary = ['de', 'De', 'minister', 'Minister', 'Oeïgoeren', 'oeigoeren', 'in', 'Xinjiang', 'ÉÉN', 'één', 'yoga', 'Yoga', '2024', "auto's", 'ideeën', 'Ideeen'];
    const text = fc.array(fc.tuple(fc.constantFrom(...vocabulary), fc.constantFrom(' ', ', ', '-', ' (', '\n')), { maxLength: 30 })
      .map((parts) => parts.map(([w, sep]) => w + sep).join(''));
    fc.assert(fc.property(text, fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 3 }), (t, phrase) => {
      expect(scan(t, phrase)).toBe(reference(t, phrase));
    }), { numRuns: 500 });
  });

  it('rests on a property of the stemmer: a word starting with an ASCII character keeps it, lower-cased, first', () => {
    const seen = new Set<string>();
    for (const text of corpusTexts) for (const { raw } of tokenize(text)) seen.add(raw);
    expect(seen.size).toBeGreaterThan(5000);
    for (const word of seen) {
      if (word.charCodeAt(0) >= 0x80) continue;
      expect(phraseTermOf(word)[0], word).toBe(word[0]!.toLowerCase());
    }
  });
});
