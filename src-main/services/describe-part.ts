/**
 * Finds the text of one part (question, answer, footnote, title) of a document: the text an
 * annotation's selectors are relative to.
 */
import type { PartRef, QaDocument } from '../core/model/index.js';

/** The text of `part` in `document`, or null when the document has no such part. */
export function partText(document: QaDocument, part: PartRef): string | null {
  switch (part.type) {
    case 'question':
      return document.questions[part.index]?.text ?? null;
    case 'answer':
      return document.answers[part.index]?.text ?? null;
    case 'footnote':
      return document.footnotes[part.index]?.text ?? null;
    case 'title':
      return part.index === 0 ? document.title : null;
  }
}

/**
 * Every part with its text, in the order a quote is looked for: title, questions, answers, footnotes.
 */
export function partsInOrder(document: QaDocument): { part: PartRef; text: string }[] {
  return [
    ...(document.title === null ? [] : [{ part: { type: 'title' as const, index: 0 }, text: document.title }]),
    ...document.questions.map((q, index) => ({ part: { type: 'question' as const, index }, text: q.text })),
    ...document.answers.map((a, index) => ({ part: { type: 'answer' as const, index }, text: a.text })),
    ...document.footnotes.map((f, index) => ({ part: { type: 'footnote' as const, index }, text: f.text })),
  ];
}

/** "answer 3" style label of a part for messages (1-based like the reader shows it). */
export function describePart(part: PartRef): string {
  return part.type === 'title' ? 'the title' : `${part.type} ${part.index + 1}`;
}
