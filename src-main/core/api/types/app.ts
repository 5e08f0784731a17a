/**
 * API output shapes of the app and the reader: what the archive says about itself, a document with its annotations.
 */
import type { Annotation, DocumentSummary, QaDocument } from '../../model/index.js';

/** What `app.restoreBackup` did. */
export interface RestoreBackupResult {
  /** damaged files replaced by their newest good backup (each moved aside into damaged/) */
  restored: number;
  /** still read-only afterwards (a damaged file without a good backup) */
  readOnly: boolean;
}

/** Why an archive opened read-only (AppInfo.readOnlyCode); the renderer has a text for each. */
export const READ_ONLY_REASONS = [
  'file-damaged', // { file, backup, more }: a damaged catalog, workspace or annotations file with a good backup
  'file-damaged-no-backup', // { file, more }: a damaged file without a good backup
] as const;
export type ReadOnlyReason = (typeof READ_ONLY_REASONS)[number];

export interface AppInfo {
  version: string;
  archivePath: string;
  documentCount: number;
  /** true when the archive opened read-only (a corrupt file was found); see readOnlyReason */
  readOnly: boolean;
  readOnlyReason: string | null;
  /**
   * why it is read-only as a code for the UI's own text (READ_ONLY_REASONS), with `readOnlyParams`;
   * absent when writable (readOnlyReason stays main's English sentence, for logs and the CLI)
   */
  readOnlyCode?: ReadOnlyReason;
  /** { file, backup?, more }: the damaged file and its newest good backup, inside the archive folder; how many more are damaged */
  readOnlyParams?: Record<string, string | number>;
  /** whether "restore the newest good backup" can help: every damaged file has a good backup */
  canRestoreBackup?: boolean;
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
