/**
 * Derives the catalog entry (DocumentSummary) of a parsed document: the metadata the library
 * list needs without opening documents/<id>.json.
 */
import type { DocumentSummary, QaDocument } from '../core/model/index.js';

/**
 * Builds the summary of `document`.
 * @param importedAt ISO timestamp of the import
 */
export function summarizeDocument(
  document: QaDocument,
  importedAt: string,
  tagIds: readonly string[],
  annotationCount: number,
): DocumentSummary {
  return {
    id: document.id,
    kind: document.kind,
    title: document.title,
    askedBy: document.askedBy,
    answeredBy: document.answeredBy,
    submittedOn: document.submittedOn,
    receivedOn: document.receivedOn,
    identifiers: document.identifiers,
    tagIds: [...tagIds],
    annotationCount,
    questionCount: document.questions.length,
    importedAt,
    source: document.source,
  };
}
