/**
 * API output shapes of annotation export and import.
 */

/**
 * Stable codes of annotation export and import (`annotations.export`, `annotations.import`): the
 * `details.reason` of their errors, and the `reason` of each annotation an import could not place
 * (params noted per code). The renderer has a Dutch and an English text for each.
 */
export const ANNOTATION_TRANSFER_REASONS = [
  // errors (code 'invalid-input')
  'annotations-not-json', // { why }: the import file is not JSON
  'annotations-not-w3c', // { why }: JSON, but no AnnotationCollection, AnnotationPage or Annotation
  // AnnotationImportReport.notPlaced[].reason
  'annotation-unreadable', // { why }: the item has no target with a text quote or position selector
  'annotation-document-not-found', // { source }: no document with its id or official identifier
  'annotation-part-not-found', // { part }: the document has no such question, answer or footnote
  'annotation-quote-not-found', // { quote }: the quote is not (or not clearly) in the part's current text
] as const;
export type AnnotationTransferReason = (typeof ANNOTATION_TRANSFER_REASONS)[number];

/** An export of annotations (`annotations.export`). */
export interface AnnotationExport {
  /** suggested file name: vraagbaak-annotaties[-<theme>]-<YYYY-MM-DD>.jsonld | .csv */
  fileName: string;
  format: 'w3c' | 'csv';
  /** application/ld+json (W3C profile) or text/csv */
  mediaType: string;
  /** the whole file: JSON-LD, or CSV starting with a byte order mark (U+FEFF) and CRLF line ends */
  text: string;
  /** annotations in the file */
  count: number;
}

/** An annotation of an import file that was not placed, with what it was. */
export interface AnnotationNotPlaced {
  /** 0-based position of the annotation in the file */
  index: number;
  reason: Extract<AnnotationTransferReason, `annotation-${string}`>;
  /** the English sentence (what the CLI prints) */
  message: string;
  /** our document id when found (or given in the file), else null */
  documentId: string | null;
  /** the document's source IRI in the file */
  source: string | null;
  /** the quoted text, '' when the file gave none */
  quote: string;
  /** "answer:3" when the file names a part, else null */
  part: string | null;
}

/** What `annotations.import` did. */
export interface AnnotationImportReport {
  /** annotations in the file */
  total: number;
  /** the annotations created, with how they were placed ('relocated': an approximate match, to review) */
  imported: { annotationId: string; documentId: string; state: 'anchored' | 'relocated' }[];
  /** annotations the archive already had (same document, part, quote and position) */
  duplicates: { documentId: string; annotationId: string; quote: string }[];
  notPlaced: AnnotationNotPlaced[];
  /** themes created because no theme had their name */
  createdThemes: string[];
}
