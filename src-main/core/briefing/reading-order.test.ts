import { describe, expect, it } from 'vitest';
import type { QaDocument } from '../model/index.js';
import { readingOrder } from './reading-order.js';
import { foundingDocument } from './test-briefings.js';

/** A document with questions numbered `questionNumbers` and one answer per entry of `answers` (the numbers it covers). */
function doc(questionNumbers: number[], answers: number[][]): QaDocument {
  return {
    ...foundingDocument(),
    kind: answers.length > 0 ? 'answer' : 'questions',
    questions: questionNumbers.map((number) => ({ number, text: `vraag ${String(number)}`, footnoteRefs: [] })),
    answers: answers.map((questionNumbers) => ({ questionNumbers, text: 'antwoord', footnoteRefs: [] })),
    footnotes: [],
  };
}

describe('readingOrder', () => {
  it('puts each answer after the last question it covers, grouping the questions in between', () => {
    expect(readingOrder(doc([1, 2, 3, 4, 5], [[1], [2], [3, 4], [5]]))).toEqual({
      blocks: [
        { questions: [0], answers: [0] },
        { questions: [1], answers: [1] },
        { questions: [2, 3], answers: [2] },
        { questions: [4], answers: [3] },
      ],
      trailingAnswers: [],
    });
  });

  it('gives each question its own block when there are no answers (a questions document)', () => {
    expect(readingOrder(doc([1, 2], [])).blocks).toEqual([
      { questions: [0], answers: [] },
      { questions: [1], answers: [] },
    ]);
  });

  it('keeps an unanswered question on its own and prints answers to unknown questions last', () => {
    expect(readingOrder(doc([1, 2, 3], [[1], [3], [9], []]))).toEqual({
      blocks: [
        { questions: [0], answers: [0] },
        { questions: [1], answers: [] },
        { questions: [2], answers: [1] },
      ],
      trailingAnswers: [2, 3],
    });
  });

  it('prints an answer covering questions 1 and 3 once, after question 3', () => {
    expect(readingOrder(doc([1, 2, 3], [[1, 3], [2]]))).toEqual({
      blocks: [
        { questions: [0, 1], answers: [1] },
        { questions: [2], answers: [0] },
      ],
      trailingAnswers: [],
    });
  });
});
