/**
 * Derives the catalog entry (DocumentSummary) of a parsed document: the metadata the library
 * list needs without opening documents/<id>.json.
 */
import type { Annotation, DocumentSummary, QaDocument } from '../core/model/index.js';

/** The distinct tag ids used by `annotations`, in first-use order. */
export function annotationTagIdsOf(annotations: readonly Annotation[]): string[] {
  return [...new Set(annotations.flatMap((a) => a.tagIds))];
}

/**
 * Builds the summary of `document`.
 * @param importedAt ISO timestamp of the import
 */
export function summarizeDocument(
  document: QaDocument,
  importedAt: string,
  tagIds: readonly string[],
  annotationCount: number,
  annotationTagIds: readonly string[] = [],
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
    annotationTagIds: [...annotationTagIds],
    questionCount: document.questions.length,
    importedAt,
    source: document.source,
  };
}
