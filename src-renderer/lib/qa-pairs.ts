/**
 * Orders a document's questions and answers for reading as question → answer pairs (DESIGN §4):
 * an answer is shown once, after the last of the questions it covers ("Antwoord op vragen 3 en 4"
 * follows question 4). Answers that name no question of the document come last.
 */
import type { Answer, Question } from '../../src-main/core/model/document.js';

export interface IndexedQuestion {
  index: number;
  question: Question;
}

export interface IndexedAnswer {
  index: number;
  answer: Answer;
}

/** Consecutive questions followed by the answers that close them (either list may be empty). */
export interface QaGroup {
  questions: IndexedQuestion[];
  answers: IndexedAnswer[];
}

/**
 * Groups questions with their answers in reading order.
 * @param questions - the document's questions (array order is reading order)
 * @param answers - the document's answers; an answer is placed after the question (among those it
 *   covers) that comes last in `questions`
 * @returns groups covering every question and every answer exactly once
 */
export function groupQuestionsAndAnswers(questions: Question[], answers: Answer[]): QaGroup[] {
  const positionOfNumber = new Map<number, number>();
  questions.forEach((q, i) => {
    if (!positionOfNumber.has(q.number)) positionOfNumber.set(q.number, i);
  });
  const answersAfter = new Map<number, IndexedAnswer[]>();
  const orphans: IndexedAnswer[] = [];
  answers.forEach((answer, index) => {
    const positions = answer.questionNumbers
      .map((n) => positionOfNumber.get(n))
      .filter((p): p is number => p !== undefined);
    if (positions.length === 0) {
      orphans.push({ index, answer });
      return;
    }
    const last = Math.max(...positions);
    answersAfter.set(last, [...(answersAfter.get(last) ?? []), { index, answer }]);
  });
  const groups: QaGroup[] = [];
  let pending: IndexedQuestion[] = [];
  questions.forEach((question, index) => {
    pending.push({ index, question });
    const closing = answersAfter.get(index);
    if (closing) {
      groups.push({ questions: pending, answers: closing });
      pending = [];
    }
  });
  if (pending.length > 0) groups.push({ questions: pending, answers: [] });
  if (orphans.length > 0) groups.push({ questions: [], answers: orphans });
  return groups;
}

/**
 * Question numbers as printed in a label: runs of consecutive numbers with an en dash
 * ([3, 4] → "3–4", [3, 4, 5, 8] → "3–5, 8"), others separated by commas.
 */
export function formatNumberList(numbers: number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(j > i ? `${sorted[i]}–${sorted[j]}` : `${sorted[i]}`);
    i = j + 1;
  }
  return runs.join(', ');
}
