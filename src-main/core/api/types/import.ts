/**
 * API output shapes of import: failure codes and the import report.
 */
import type { DocumentSummary } from '../../model/index.js';

/**
 * Every `ImportFailure.code` the importers and parsers give (their errors' `details.reason`); the
 * renderer has a Dutch and an English text for each.
 */
export const IMPORT_FAILURE_CODES = [
  // core/parse (text)
  'empty-text', 'binary-text', 'not-kamervragen',
  // core/parse (other formats)
  'pdf-no-text-layer', 'not-kamervragen-html', 'not-xml', 'not-kamervragen-xml',
  'not-uk-api', 'uk-api-empty', 'uk-item-invalid', 'uk-item-unreadable',
  // services/importers
  'unsupported-extension', 'no-extension', 'binary-file', 'empty-file', 'not-decodable',
  'docx-not-zip', 'docx-unreadable', 'docx-empty', 'not-json', 'tk-odata-metadata', 'json-unknown-shape',
  'not-pdf', 'pdf-truncated', 'pdf-damaged', 'pdf-password', 'pdf-unreadable', 'pdf-timeout',
  // services/importers: the bounds every file is read within (import-failures.ts)
  'too-deep', 'too-large', 'took-too-long', 'out-of-memory', 'reader-stopped',
  // services (seeding the samples)
  'samples-unreadable',
] as const;
export type ImportFailureCode = (typeof IMPORT_FAILURE_CODES)[number];

export interface ImportFailure {
  fileName: string;
  /** the English message (what the CLI prints; the renderer's fallback for an unknown `code`) */
  reason: string;
  /**
   * stable code of the failure (the error's `details.reason`, e.g. 'pdf-no-text-layer',
   * 'not-xml'), for which the renderer has its own text; absent when the cause has no code
   */
  code?: string;
  /** the error's other string/number details (fileName, line, column, extension, …) for that text */
  params?: Record<string, string | number>;
}

/** A document that a new version replaced (same id, other text), with its annotations re-anchored. */
export interface ReplacedDocument {
  fileName: string;
  /** the catalog entry of the new version (same id as before) */
  summary: DocumentSummary;
  /** annotations found again in place (or by their exact quote in agreeing context) */
  anchored: number;
  /** annotations moved to an approximate or uncertain match: to review */
  relocated: number;
  /** annotations no longer found in their part: to review */
  orphaned: number;
}

export interface ImportReport {
  imported: DocumentSummary[];
  /** files whose content (by sha256) was already in the archive, or whose document is there with the same id and text */
  duplicates: { fileName: string; documentId: string }[];
  failed: ImportFailure[];
  /** documents replaced by a new version (same id, other text); absent or empty when none */
  replaced?: ReplacedDocument[];
  /**
   * documents of this import that were in "recently deleted": brought back first, with their
   * annotations and themes, then handled as a re-import (in `duplicates` when the text is the same,
   * in `replaced` when it changed); absent or empty when none
   */
  restoredFromTrash?: RestoredFromTrash[];
  /**
   * documents whose stored file (documents/<id>.json) was damaged and which this import's source
   * repaired (the same bytes, parsed again) instead of counting as duplicates; absent or empty when none
   */
  repaired?: { fileName: string; documentId: string }[];
}

/** A deleted document that an import brought back from the trash before importing over it. */
export interface RestoredFromTrash {
  fileName: string;
  documentId: string;
  /** its annotations that came back (before re-anchoring onto the imported text) */
  annotationCount: number;
}
