import { describe, expect, it } from 'vitest';
import { segmentBlocks } from './blocks.js';
import type { Line } from './page-furniture.js';

const lines = (...texts: string[]): Line[] => texts.map((text) => (text === '' ? { kind: 'blank', text } : { kind: 'text', text }));
const summary = (texts: string[]) => segmentBlocks(lines(...texts)).map((b) => `${b.kind}${b.numbers ? ' ' + b.numbers.join('+') : ''}: ${b.lines.filter((l) => l.kind === 'text').map((l) => l.text).join(' | ')}`);

describe('segmentBlocks', () => {
  it('cuts at Vraag/Antwoord headings and keeps heading text on the same line', () => {
    expect(summary(['Vraag 1 Bent u bekend met het bericht?', 'Antwoord 1 Ja.', 'Vraag 2 en 3', 'Twee?', 'Antwoord op vragen 2 en 3', 'Beide.'])).toEqual([
      'question 1: Bent u bekend met het bericht?',
      'answer 1: Ja.',
      'question 2+3: Twee?',
      'answer 2+3: Beide.',
    ]);
  });
  it('takes Word-style numbers as questions only when expected and followed by a question', () => {
    expect(summary(['1. Kunt u bevestigen dat het zo is?', '', 'Antwoord:', 'Ja, namelijk:', '2. Eerste punt van de lijst.', '', '3. Tweede punt.', '', '2. Zijn er andere bedrijven?', '', 'Antwoord:', 'Nee.'])).toEqual([
      'question 1: Kunt u bevestigen dat het zo is?',
      'answer: Ja, namelijk: | 2. Eerste punt van de lijst. | 3. Tweede punt.',
      'question 2: Zijn er andere bedrijven?',
      'answer: Nee.',
    ]);
  });
  it('ignores Word-style numbers in documents with Vraag headings', () => {
    expect(summary(['Vraag 1', 'Hoe?', 'Antwoord 1', 'Zo:', '2. Meerjarige afspraken?', 'Vraag 2', 'Waarom?'])).toEqual([
      'question 1: Hoe?',
      'answer 1: Zo: | 2. Meerjarige afspraken?',
      'question 2: Waarom?',
    ]);
  });
});
