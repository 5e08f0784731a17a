import { describe, expect, it } from 'vitest';
import type { Answer, Question } from '../../src-main/core/model/document.js';
import { formatNumberList, groupQuestionsAndAnswers } from './qa-pairs.js';

const q = (number: number): Question => ({ number, text: `Vraag ${number}?`, footnoteRefs: [] });
const a = (...questionNumbers: number[]): Answer => ({ questionNumbers, text: `Antwoord ${questionNumbers.join('+')}`, footnoteRefs: [] });

/** The reading order as labels: Q3, A3+4, … */
function order(questions: Question[], answers: Answer[]): string[] {
  return groupQuestionsAndAnswers(questions, answers).flatMap((g) => [
    ...g.questions.map((x) => `Q${x.question.number}`),
    ...g.answers.map((x) => `A${x.answer.questionNumbers.join('+')}`),
  ]);
}

describe('groupQuestionsAndAnswers', () => {
  it('pairs each question with its answer', () => {
    expect(order([q(1), q(2)], [a(1), a(2)])).toEqual(['Q1', 'A1', 'Q2', 'A2']);
  });

  it('shows an answer to questions 3 and 4 once, after question 4 (the founding document)', () => {
    const questions = [1, 2, 3, 4, 5].map(q);
    const answers = [a(1), a(2), a(3, 4), a(5)];
    expect(order(questions, answers)).toEqual(['Q1', 'A1', 'Q2', 'A2', 'Q3', 'Q4', 'A3+4', 'Q5', 'A5']);
    const groups = groupQuestionsAndAnswers(questions, answers);
    expect(groups[2]!.answers[0]!.index).toBe(2);
  });

  it('keeps questions without answers (a questions-only document) and puts unmatched answers last', () => {
    expect(order([q(1), q(2)], [])).toEqual(['Q1', 'Q2']);
    expect(order([q(1)], [a(7), a(1), a()])).toEqual(['Q1', 'A1', 'A7', 'A']);
  });

  it('places an answer listed out of order after the last question it covers', () => {
    expect(order([q(1), q(2), q(3)], [a(3, 1), a(2)])).toEqual(['Q1', 'Q2', 'A2', 'Q3', 'A3+1']);
  });
});

describe('formatNumberList', () => {
  it('joins consecutive numbers with an en dash', () => {
    expect(formatNumberList([3, 4])).toBe('3–4');
    expect(formatNumberList([5, 3, 4, 8])).toBe('3–5, 8');
    expect(formatNumberList([2, 2])).toBe('2');
    expect(formatNumberList([])).toBe('');
  });
});
