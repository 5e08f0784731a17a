/**
 * Output shapes of the API that are not model objects themselves.
 */
import type { Annotation, DocumentSummary, PartRef, QaDocument } from '../model/index.js';

export interface AppInfo {
  version: string;
  archivePath: string;
  documentCount: number;
  /** true when the archive opened read-only (a corrupt file was found); see readOnlyReason */
  readOnly: boolean;
  readOnlyReason: string | null;
  shell: 'electron' | 'web';
}

export interface DocumentWithAnnotations {
  document: QaDocument;
  summary: DocumentSummary;
  annotations: Annotation[];
}

export interface ImportFailure {
  fileName: string;
  reason: string;
}

export interface ImportReport {
  imported: DocumentSummary[];
  /** files whose content (by sha256) or official identifier was already in the archive */
  duplicates: { fileName: string; documentId: string }[];
  failed: ImportFailure[];
}

/** Half-open [start, end) UTF-16 ranges inside a snippet that matched the query. */
export interface SnippetMark {
  start: number;
  end: number;
}

export interface SearchHit {
  documentId: string;
  documentTitle: string | null;
  /** the part the hit is in; for a hit in an annotation note, the annotated part */
  part: PartRef;
  /** set when the hit is in an annotation's note or tags */
  annotationId: string | null;
  snippet: string;
  marks: SnippetMark[];
  score: number;
}

export interface BriefingExport {
  fileName: string;
  /** the PDF bytes as base64 when the binding hands them to the renderer (browser shell) */
  pdfBase64: string | null;
  /** where the binding saved the PDF (Electron save dialog); null when cancelled or not saved */
  savedPath: string | null;
  byteLength: number;
}
