import { describe, expect, it } from 'vitest';
import { focusSnippet } from './snippet-focus.js';

const marked = (r: { text: string; marks: { start: number; end: number }[] }): string[] => r.marks.map((m) => r.text.slice(m.start, m.end));

describe('focusSnippet', () => {
  it('brings a late first mark near the front and keeps every mark on its word', () => {
    const snippet = 'Het kabinet heeft in de afgelopen jaren bij herhaling gesproken met de Chinese autoriteiten over de positie van de Oeïgoeren in Xinjiang en Oeïgoeren elders…';
    const at = snippet.indexOf('Oeïgoeren');
    const second = snippet.lastIndexOf('Oeïgoeren');
    const r = focusSnippet(snippet, [{ start: at, end: at + 9 }, { start: second, end: second + 9 }]);
    expect(r.text.startsWith('…')).toBe(true);
    expect(r.text.indexOf('Oeïgoeren')).toBeLessThanOrEqual(1 + 20 + 12);
    expect(marked(r)).toEqual(['Oeïgoeren', 'Oeïgoeren']);
    expect(r.text.endsWith('elders…')).toBe(true);
  });

  it('leaves a snippet alone when its first mark is near the start, or it has no marks', () => {
    const snippet = 'Het kabinet deelt de zorgen over de mensenrechtensituatie.';
    expect(focusSnippet(snippet, [{ start: 4, end: 11 }])).toEqual({ text: snippet, marks: [{ start: 4, end: 11 }] });
    expect(focusSnippet(snippet, [])).toEqual({ text: snippet, marks: [] });
  });

  it('keeps the text when there is no space to cut at', () => {
    const snippet = 'x'.repeat(100) + 'treffer';
    expect(focusSnippet(snippet, [{ start: 100, end: 107 }]).text).toBe(snippet);
  });
});
