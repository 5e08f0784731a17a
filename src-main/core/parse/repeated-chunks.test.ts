import { describe, expect, it } from 'vitest';
import type { Line } from './page-furniture.js';
import { dropRepeatedChunks } from './repeated-chunks.js';

const lines = (...texts: string[]): Line[] => texts.map((text) => (text === '' ? { kind: 'blank', text } : { kind: 'text', text }));

describe('dropRepeatedChunks', () => {
  it('drops a repeated run of lines (learninglion layout)', () => {
    const input = lines('1', 'Antwoord 1 Ja.', '', 'Vraag 2 Klopt het dat de naam van de agent niet op het monument komt?', '', 'Antwoord 2 Ja, dat klopt.', '1', 'Antwoord 1 Ja.', '', 'Vraag 2 Klopt het dat de naam van de agent niet op het monument komt?', '', 'Antwoord 2 Ja, dat klopt.', 'Vraag 3 Verder?');
    const { lines: out, dropped } = dropRepeatedChunks(input);
    expect(dropped).toBe(4);
    expect(out.filter((l) => l.kind === 'text').map((l) => l.text)).toEqual([
      '1',
      'Antwoord 1 Ja.',
      'Vraag 2 Klopt het dat de naam van de agent niet op het monument komt?',
      'Antwoord 2 Ja, dat klopt.',
      'Vraag 3 Verder?',
    ]);
  });
  it('keeps legitimately repeated single lines in ordinary documents', () => {
    const input = lines('Antwoord 8', 'Zie het antwoord op vraag 7, waarin dit uitgebreid aan de orde komt.', 'Vraag 9', 'Ook zo?', 'Antwoord 9', 'Zie het antwoord op vraag 7, waarin dit uitgebreid aan de orde komt.');
    expect(dropRepeatedChunks(input)).toEqual({ lines: input, dropped: 0 });
  });
});
