/**
 * The rows of the annotations view: an annotation with what the list shows of its document (title,
 * kind, date) and the label of its part, built from the catalog summary and the document's part
 * numbers, so a page never needs the document text.
 */
import type { AnnotationRow } from '../api/types.js';
import { labelsFor } from '../briefing/labels.js';
import { partLabel, type PartNumbering } from '../briefing/part-label.js';
import type { Annotation, DocumentSummary, QaDocument } from '../model/index.js';
import type { PresentLocale } from '../present/labels.js';
import { displayTitle } from '../present/title.js';

/** Numbering of a document whose numbers are unknown: parts are then named by position. */
const NO_NUMBERS: PartNumbering = { questions: [], answers: [], footnotes: [] };

/** The date the view shows and sorts a document by (ISO): received, else submitted; null when unknown. */
export function documentDateOf(summary: Pick<DocumentSummary, 'receivedOn' | 'submittedOn'>): string | null {
  return summary.receivedOn ?? summary.submittedOn;
}

/** Just the numbers of `document`'s parts (no texts), small enough to keep for every annotated document. */
export function partNumberingOf(document: Pick<QaDocument, 'questions' | 'answers' | 'footnotes'>): PartNumbering {
  return {
    questions: document.questions.map((q) => ({ number: q.number })),
    answers: document.answers.map((a) => ({ questionNumbers: [...a.questionNumbers] })),
    footnotes: document.footnotes.map((f) => ({ number: f.number })),
  };
}

/**
 * One row of the annotations view.
 * @param numbering the document's part numbers; null names parts by position ("Vraag 3" for index 2)
 */
export function annotationRow(annotation: Annotation, summary: DocumentSummary, numbering: PartNumbering | null, locale: PresentLocale): AnnotationRow {
  return {
    annotation,
    documentTitle: displayTitle(summary, locale),
    documentKind: summary.kind,
    documentDate: documentDateOf(summary),
    partLabel: partLabel(numbering ?? NO_NUMBERS, annotation.target.part, labelsFor(locale)),
  };
}
