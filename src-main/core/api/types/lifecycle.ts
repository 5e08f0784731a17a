/**
 * API output shapes of deleting documents, the "recently deleted" list, restoring and emptying it
 * (documents.delete / deleted / restore / purge), and the reasons of their errors.
 */
import type { DocumentSummary } from '../../model/index.js';

/**
 * The `details.reason` of the errors of documents.delete/restore/purge, each with the details
 * named; the renderer has a Dutch and an English text for each (src-renderer/lib/reasons.ts).
 * documents.delete of an unknown id gives BRIEFING_REASONS' 'document-missing' ({ documentId }).
 */
export const LIFECYCLE_REASONS = [
  'trash-missing', // { documentId }: no deleted document with that id in the trash (code 'not-found')
  'already-deleted', // { documentId }: delete of a document that is in the trash already (code 'not-found')
  'document-live', // { documentId, holderId? }: restore refused, another document holds its source file (code 'invalid-input'); a live id itself is merged, not refused
] as const;
export type LifecycleReason = (typeof LIFECYCLE_REASONS)[number];

/** One document in the "recently deleted" list. */
export interface DeletedDocument {
  id: string;
  /** the document's own subject, null when it has none (show `displayTitle(summary)`) */
  title: string | null;
  kind: DocumentSummary['kind'];
  /** ISO date of the document: received, else submitted; null when unknown */
  date: string | null;
  /** annotations that come back on restore */
  annotationCount: number;
  /** ISO timestamp of the delete */
  deletedAt: string;
  /** its catalog entry at the delete (tagIds: its document themes then) */
  summary: DocumentSummary;
}
