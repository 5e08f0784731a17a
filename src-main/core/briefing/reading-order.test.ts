import { describe, expect, it } from 'vitest';
import type { QaDocument } from '../model/index.js';
import { readingOrder } from './reading-order.js';

function doc(questionNumbers: number[], answers: number[][]): QaDocument {
  return {
    id: 'x',
    kind: answers.length > 0 ? 'answer' : 'questions',
    title: null,
    askedBy: [],
    addressedTo: [],
    answeredBy: [],
    submittedOn: null,
    receivedOn: null,
    identifiers: {},
    questions: questionNumbers.map((number) => ({ number, text: `vraag ${String(number)}`, footnoteRefs: [] })),
    answers: answers.map((questionNumbers) => ({ questionNumbers, text: 'antwoord', footnoteRefs: [] })),
    footnotes: [],
    references: [],
    source: { fileName: 'x.txt', format: 'text', sha256: '0'.repeat(64) },
    warnings: [],
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
