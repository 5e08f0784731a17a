import { describe, expect, it } from 'vitest';
import { growBySentence, paragraphAt, sentenceAt, wordStep } from './text-steps.js';

// from a corpus answer (Boswijk, answer 2), with a paragraph break as the importer keeps them
const TEXT = 'Ja. Ontegenzeggelijk heeft president Poetin de top bezocht. Zo nee, waarom niet?\n\nHet kabinet wacht af.';
const span = (s: { start: number; end: number }) => TEXT.slice(s.start, s.end);

describe('text steps', () => {
  it('steps by word: forward to the end of the next word, back to the start of the previous', () => {
    const at = TEXT.indexOf('president');
    expect(TEXT.slice(at, wordStep(TEXT, at, 1))).toBe('president');
    expect(TEXT.slice(wordStep(TEXT, at, -1), at)).toBe('heeft ');
    expect(wordStep(TEXT, TEXT.length, 1)).toBe(TEXT.length);
    expect(wordStep(TEXT, 0, -1)).toBe(0);
  });

  it('finds the sentence and paragraph at an offset, without surrounding whitespace', () => {
    expect(span(sentenceAt(TEXT, 0))).toBe('Ja.');
    expect(span(sentenceAt(TEXT, TEXT.indexOf('Poetin')))).toBe('Ontegenzeggelijk heeft president Poetin de top bezocht.');
    expect(span(paragraphAt(TEXT, 5))).toBe('Ja. Ontegenzeggelijk heeft president Poetin de top bezocht. Zo nee, waarom niet?');
    expect(span(paragraphAt(TEXT, TEXT.length))).toBe('Het kabinet wacht af.');
  });

  it('grows a selection by the next sentence, and stops at the end', () => {
    const first = sentenceAt(TEXT, 0);
    const two = growBySentence(TEXT, first);
    expect(span(two)).toBe('Ja. Ontegenzeggelijk heeft president Poetin de top bezocht.');
    const last = sentenceAt(TEXT, TEXT.length);
    expect(growBySentence(TEXT, last)).toEqual(last);
    expect(span(growBySentence(TEXT, { start: 4, end: 4 }))).toBe('Ontegenzeggelijk heeft president Poetin de top bezocht.');
  });
});
