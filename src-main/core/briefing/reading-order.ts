/**
 * The reading order of a document's questions and answers: each answer follows the last question
 * it covers (an answer to questions 3 and 4 once, after question 4); answers to no printed
 * question come last.
 */
import type { QaDocument } from '../model/index.js';

/** One step of the reading order: some questions (indices), then the answers (indices) that follow the last of them. */
export interface ReadingBlock {
  questions: number[];
  answers: number[];
}

/**
 * Reading order: each answer follows the last question it covers; uncovered answers come last.
 *
 * @returns `blocks` in question order (indices into `doc.questions` / `doc.answers`) and
 *   `trailingAnswers`, the indices of answers that cover no question of the document
 */
export function readingOrder(doc: QaDocument): { blocks: ReadingBlock[]; trailingAnswers: number[] } {
  const answersAfter = new Map<number, number[]>();
  const trailingAnswers: number[] = [];
  doc.answers.forEach((answer, ai) => {
    let last = -1;
    doc.questions.forEach((q, qi) => {
      if (answer.questionNumbers.includes(q.number)) last = qi;
    });
    if (last < 0) trailingAnswers.push(ai);
    else answersAfter.set(last, [...(answersAfter.get(last) ?? []), ai]);
  });
  const coveredLater = (qi: number): boolean => {
    const n = doc.questions[qi]?.number;
    return [...answersAfter.entries()].some(([after, ais]) => after > qi && ais.some((ai) => n !== undefined && doc.answers[ai]?.questionNumbers.includes(n)));
  };
  const blocks: ReadingBlock[] = [];
  let current: number[] = [];
  doc.questions.forEach((_q, qi) => {
    current.push(qi);
    const answers = answersAfter.get(qi) ?? [];
    if (answers.length > 0 || !coveredLater(qi)) {
      blocks.push({ questions: current, answers });
      current = [];
    }
  });
  if (current.length > 0) blocks.push({ questions: current, answers: [] });
  return { blocks, trailingAnswers };
}
