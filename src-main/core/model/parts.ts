/**
 * Addressing the parts of a document (title, questions, answers, footnotes) by PartRef: the text an
 * annotation's selectors are relative to. Dependency-free, so the renderer bundles it too.
 */
import type { PartRef, QaDocument } from './document.js';

/** "answer:3" for `{ type: 'answer', index: 3 }`: a stable key for maps and `data-part`. */
export function partKey(part: PartRef): string {
  return `${part.type}:${String(part.index)}`;
}

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
