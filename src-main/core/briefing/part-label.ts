/**
 * The label of a part of a document as a briefing prints it: "Vraag 3", "Antwoord op vragen 3 en
 * 4", "Voetnoot 2", "Titel" (and in English).
 */
import type { PartRef, QaDocument } from '../model/index.js';
import { capitalize } from '../present/title.js';
import type { BriefingLabels } from './labels.js';

/**
 * The label of `part` of `doc`; a part the document no longer has is named by its position.
 *
 * @returns plain text (not escaped)
 */
export function partLabel(doc: QaDocument, part: PartRef, labels: BriefingLabels): string {
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
