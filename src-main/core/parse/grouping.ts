/**
 * Turns blocks into the questions and answers of the data model (DESIGN §2) and decides which
 * questions each answer covers.
 *
 * Choices (faithful to the printed text, never silently renumbered):
 * - `Antwoord op vragen 3 en 4` covers [3, 4]; an unnumbered `Antwoord` covers the questions printed
 *   since the previous answer (with a warning when that is more than one).
 * - A block printed as `Vraag 4 en 5` holds the texts of both questions. When its paragraphs are
 *   exactly as many as its numbers, paragraph k becomes question k (the Aanhangsel prints the
 *   separately numbered questions of the question document one after another); otherwise the whole
 *   text is kept once, as the lowest number, with a warning. Either way the answer keeps [4, 5].
 * - Word question documents without numbers: each paragraph is a question, numbered 1…N in order,
 *   with a warning.
 * - A `Mededeling` (delay notice) becomes an answer with `questionNumbers: []`.
 * - A `Toelichting` goes to `explanations`, never into a question or answer: `afterQuestion` is the
 *   last question printed before it, or null when nothing but other Toelichtingen follows it.
 * - Duplicate or missing question numbers are kept as printed, with a warning.
 */
import type { Answer, Explanation, Question } from '../model/index.js';
import type { Block } from './blocks.js';
import { takeSentinels } from './sentinels.js';

/** A block whose lines have been joined into text (markers still as sentinels). */
export interface TextBlock {
  kind: Block['kind'];
  numbers: number[] | null;
  label: string;
  text: string;
}

export interface Grouped {
  questions: Question[];
  answers: Answer[];
  explanations: Explanation[];
  warnings: string[];
}

function unique(values: readonly number[]): number[] {
  return [...new Set(values)];
}

function toPart(text: string): { text: string; footnoteRefs: number[] } {
  const taken = takeSentinels(text);
  return { text: taken.text, footnoteRefs: unique(taken.refs) };
}

function listNumbers(numbers: readonly number[]): string {
  if (numbers.length <= 1) return numbers.join('');
  return `${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;
}

function firstWords(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat;
}

/**
 * Builds questions and answers from text blocks.
 * @param blocks blocks in document order
 * @param unnumbered true for a question document whose questions are unnumbered paragraphs:
 *   the preamble is then read as the questions
 */
export function groupBlocks(blocks: readonly TextBlock[], unnumbered: boolean): Grouped {
  const questions: Question[] = [];
  const answers: Answer[] = [];
  const warnings: string[] = [];
  let pending: number[] = [];
  /** numbers printed in a grouped block whose text was kept once (under the lowest number) */
  const sharedNumbers = new Set<number>();
  const explanations: Explanation[] = [];
  let lastQuestion: number | null = null;

  blocks.forEach((block, blockIndex) => {
    switch (block.kind) {
      case 'preamble': {
        if (unnumbered) {
          const paragraphs = block.text.split('\n\n').filter((p) => takeSentinels(p).text !== '');
          for (const p of paragraphs) questions.push({ number: questions.length + 1, ...toPart(p) });
          if (paragraphs.length > 0) {
            warnings.push(`the questions are not numbered in the text; they were numbered 1 to ${questions.length} in printed order`);
          }
        } else {
          warnings.push(`text before the first question was left out: "${firstWords(takeSentinels(block.text).text)}"`);
        }
        break;
      }
      case 'question': {
        const numbers = block.numbers ?? [questions.length + 1];
        const paragraphs = block.text.split('\n\n');
        if (numbers.length > 1 && paragraphs.length === numbers.length) {
          numbers.forEach((n, i) => questions.push({ number: n, ...toPart(paragraphs[i] ?? '') }));
          warnings.push(`"${block.label}" is printed as one block; its ${numbers.length} paragraphs were taken as questions ${listNumbers(numbers)}`);
        } else {
          const lowest = Math.min(...numbers);
          questions.push({ number: lowest, ...toPart(block.text) });
          if (numbers.length > 1) {
            for (const n of numbers) sharedNumbers.add(n);
            warnings.push(`"${block.label}" is printed as one block; its text is kept once, as question ${lowest}`);
          }
        }
        pending.push(...numbers);
        lastQuestion = Math.max(...numbers);
        break;
      }
      case 'answer': {
        let numbers = block.numbers;
        if (numbers === null) {
          numbers = unique(pending);
          if (numbers.length === 0) warnings.push(`an unnumbered "${block.label}" follows no question; it covers no question`);
          else if (numbers.length > 1) warnings.push(`an unnumbered "${block.label}" was taken to answer questions ${listNumbers(numbers)}`);
        }
        answers.push({ questionNumbers: numbers, ...toPart(block.text) });
        pending = [];
        break;
      }
      case 'notice':
        answers.push({ questionNumbers: [], ...toPart(block.text) });
        break;
      case 'toelichting': {
        const text = takeSentinels(block.text).text;
        if (text === '') break;
        const atEnd = !blocks.slice(blockIndex + 1).some((b) => b.kind === 'question' || b.kind === 'answer' || b.kind === 'notice');
        explanations.push({ afterQuestion: atEnd ? null : lastQuestion, text });
        break;
      }
    }
  });
  warnings.push(...checkNumbering(questions, answers, sharedNumbers));
  return { questions, answers, explanations, warnings };
}

/** Warnings for duplicate and missing question numbers and for answers to unknown questions. */
function checkNumbering(questions: readonly Question[], answers: readonly Answer[], shared: ReadonlySet<number>): string[] {
  const warnings: string[] = [];
  const seen = new Set<number>();
  const covered = new Set<number>([...questions.map((q) => q.number), ...shared]);
  for (const a of answers) for (const n of a.questionNumbers) covered.add(n);
  for (const q of questions) {
    if (seen.has(q.number)) warnings.push(`question ${q.number} is printed more than once`);
    seen.add(q.number);
  }
  const max = Math.max(0, ...covered);
  const missing: number[] = [];
  for (let n = 1; n <= max; n++) if (!covered.has(n)) missing.push(n);
  if (missing.length > 0) warnings.push(`question numbering skips ${listNumbers(missing)}`);
  for (const a of answers) {
    for (const n of a.questionNumbers) {
      if (!seen.has(n) && !shared.has(n) && questions.length > 0) warnings.push(`an answer covers question ${n}, which is not printed`);
    }
  }
  return warnings;
}

