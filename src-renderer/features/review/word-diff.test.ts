import { describe, expect, it } from 'vitest';
import { diffWords, MAX_DIFF_WORDS } from './word-diff.js';

const join = (segments: { text: string }[]) => segments.map((s) => s.text).join('');
const changed = (segments: { text: string; isChanged: boolean }[]) => segments.filter((s) => s.isChanged).map((s) => s.text.trim());

describe('diffWords', () => {
  it('marks the one word of a corrected answer that changed, on both sides', () => {
    const before = 'De Tweede Kamer wordt hierover geïnformeerd in het eerste kwartaal van 2025.';
    const after = 'De Tweede Kamer wordt hierover geïnformeerd in het tweede kwartaal van 2025.';
    const d = diffWords(before, after);
    expect(changed(d.before)).toEqual(['eerste']);
    expect(changed(d.after)).toEqual(['tweede']);
    expect(join(d.before)).toBe(before);
    expect(join(d.after)).toBe(after);
  });

  it('marks added and removed words, and nothing for equal texts', () => {
    const d = diffWords('Zo nee, waarom niet?', 'Zo ja, waarom wel en niet?');
    expect(changed(d.before)).toEqual(['nee,']);
    expect(changed(d.after)).toEqual(['ja,', 'wel en']);
    expect(diffWords('gelijk', 'gelijk')).toEqual({ before: [{ text: 'gelijk', isChanged: false }], after: [{ text: 'gelijk', isChanged: false }] });
    expect(diffWords('', 'nieuw')).toEqual({ before: [], after: [{ text: 'nieuw', isChanged: true }] });
  });

  it('shows very long quotes whole', () => {
    const long = 'woord '.repeat(MAX_DIFF_WORDS + 1);
    expect(diffWords(long, `${long}extra`).after).toEqual([{ text: `${long}extra`, isChanged: true }]);
  });
});
