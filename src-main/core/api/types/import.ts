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

export interface ImportReport {
  imported: DocumentSummary[];
  /** files whose content (by sha256) or official identifier was already in the archive */
  duplicates: { fileName: string; documentId: string }[];
  failed: ImportFailure[];
}
