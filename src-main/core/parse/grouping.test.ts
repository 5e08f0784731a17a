import { describe, expect, it } from 'vitest';
import { groupBlocks, type TextBlock } from './grouping.js';
import { sentinel } from './sentinels.js';

const block = (kind: TextBlock['kind'], numbers: number[] | null, text: string, label = ''): TextBlock => ({ kind, numbers, label, text });

describe('groupBlocks', () => {
  it('pairs answers with questions, splits grouped question blocks and carries footnote refs per paragraph', () => {
    const g = groupBlocks(
      [
        block('question', [1], `Een?${sentinel(1)}`),
        block('answer', [1], 'Ja.'),
        block('question', [2, 3], `Twee?\n\nDrie?${sentinel(2)}`, 'Vraag 2 en 3'),
        block('answer', [2, 3], 'Samen.'),
        block('question', [4], 'Vier?'),
        block('answer', null, 'Antwoord zonder nummer.', 'Antwoord'),
      ],
      false,
    );
    expect(g.questions).toEqual([
      { number: 1, text: 'Een?', footnoteRefs: [1] },
      { number: 2, text: 'Twee?', footnoteRefs: [] },
      { number: 3, text: 'Drie?', footnoteRefs: [2] },
      { number: 4, text: 'Vier?', footnoteRefs: [] },
    ]);
    expect(g.answers.map((a) => a.questionNumbers)).toEqual([[1], [2, 3], [4]]);
    expect(g.warnings).toEqual(['"Vraag 2 en 3" is printed as one block; its 2 paragraphs were taken as questions 2 and 3']);
  });

  it('turns a notice into an answer to no question and keeps a Toelichting apart', () => {
    const g = groupBlocks([block('question', [1], 'Een?'), block('notice', null, 'De vragen worden later beantwoord.'), block('toelichting', null, 'Deze vragen vullen eerdere aan.')], false);
    expect(g.answers).toEqual([{ questionNumbers: [], text: 'De vragen worden later beantwoord.', footnoteRefs: [] }]);
    expect(g.explanations).toEqual([{ afterQuestion: null, text: 'Deze vragen vullen eerdere aan.' }]);
    expect(g.warnings).toEqual([]);
  });
});
