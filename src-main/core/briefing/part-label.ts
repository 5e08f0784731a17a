/**
 * The label of a part of a document as a briefing prints it: "Vraag 3", "Antwoord op vragen 3 en
 * 4", "Voetnoot 2", "Titel" (and in English).
 */
import type { PartRef } from '../model/index.js';
import { capitalize } from '../present/title.js';
import type { BriefingLabels } from './labels.js';

/**
 * What a part label reads of a document: the printed numbers of its questions, answers and
 * footnotes. A QaDocument is one; the annotations view keeps just these numbers per document.
 */
export interface PartNumbering {
  questions: readonly { number: number }[];
  answers: readonly { questionNumbers: readonly number[] }[];
  footnotes: readonly { number: number }[];
}

/**
 * The label of `part` of `doc`; a part the document no longer has is named by its position.
 *
 * @returns plain text (not escaped)
 */
export function partLabel(doc: PartNumbering, part: PartRef, labels: BriefingLabels): string {
  const { type, index } = part;
  switch (type) {
    case 'question':
      return labels.question(doc.questions[index]?.number ?? index + 1);
    case 'answer':
      return labels.answer(doc.answers[index]?.questionNumbers ?? []);
    case 'footnote':
      return `${capitalize(labels.part.footnote)} ${String(doc.footnotes[index]?.number ?? index + 1)}`;
    case 'title':
      return capitalize(labels.part.title);
  }
}
