import { describe, expect, it } from 'vitest';
import { sentinel, stripSentinels, takeSentinels } from './sentinels.js';

describe('marker sentinels', () => {
  it('survive joining and come out as footnote refs', () => {
    const text = `Bent u bekend met het bericht?${sentinel(1)} Was dit vooraf bekend?${sentinel(2)}${sentinel(3)}\n\nTweede alinea.`;
    expect(stripSentinels(text)).toBe('Bent u bekend met het bericht? Was dit vooraf bekend?\n\nTweede alinea.');
    expect(takeSentinels(text)).toEqual({ text: 'Bent u bekend met het bericht? Was dit vooraf bekend?\n\nTweede alinea.', refs: [1, 2, 3] });
  });
});
