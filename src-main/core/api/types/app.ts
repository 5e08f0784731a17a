/**
 * API output shapes of the app and the reader: what the archive says about itself, a document with its annotations.
 */
import type { Annotation, DocumentSummary, QaDocument } from '../../model/index.js';

export interface AppInfo {
  version: string;
  archivePath: string;
  documentCount: number;
  /** true when the archive opened read-only (a corrupt file was found); see readOnlyReason */
  readOnly: boolean;
  readOnlyReason: string | null;
  shell: 'electron' | 'web';
  /** how far the search index is at this moment: search and the library wait until 'ready' */
  index: IndexStatus;
}

/**
 * The search index's progress after open. 'loading': reading the saved index (counts 0);
 * 'rebuilding': indexing every document (`done` of `total` documents); 'ready': searchable
 * (`done` = `total` = documents indexed); 'failed': it could not be built (search is unavailable).
 */
export interface IndexStatus {
  state: 'loading' | 'rebuilding' | 'ready' | 'failed';
  done: number;
  total: number;
}

export interface DocumentWithAnnotations {
  document: QaDocument;
  summary: DocumentSummary;
  annotations: Annotation[];
  /** other documents of the same question set (its delay notice, its questions, its answer), oldest first */
  related: RelatedDocument[];
}

/**
 * A document tied to another one by its question set: a delay notice ("Mededeling", "uitstel
 * beantwoording") and the questions or answer it concerns share the case number (zaak) or the askers,
 * the submitted date and the subject.
 */
export interface RelatedDocument {
  documentId: string;
  kind: DocumentSummary['kind'];
  title: string | null;
  receivedOn: string | null;
  /** what tied them: the same case number, or the same askers + submitted date (+ subject) */
  via: 'case' | 'askers-and-date';
}
