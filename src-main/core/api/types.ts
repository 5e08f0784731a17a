/**
 * Output shapes of the API that are not model objects themselves.
 */
import type { Annotation, Briefing, DocumentSummary, HighlightColor, PartRef, QaDocument } from '../model/index.js';

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

/**
 * Stable codes for what is wrong with a query: `details.reason` of every 'search-syntax' error
 * (core/search/query-lexer.ts, query.ts), with the other details as params of its text. The
 * renderer has a Dutch and an English text for each; the CLI prints the English message.
 */
export const SEARCH_SYNTAX_REASONS = [
  'unclosed-quote', // { position }
  'unknown-field', // { position, field (as typed), known ("minister: ministerie: …") }
  'field-needs-value', // { position, field, example }
  'not-a-kind', // { position, value }
  'not-a-date', // { position, field, value }
  'not-yes-no', // { position, field, value }
  'or-needs-term-after',
  'or-needs-term-before',
  'minus-needs-term',
  'unexpected-end',
  'unclosed-paren',
  'empty-parens',
  'unmatched-paren',
] as const;
export type SearchSyntaxReason = (typeof SEARCH_SYNTAX_REASONS)[number];

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

/**
 * Stable codes of what went wrong with a briefing: `details.reason` of the errors of the
 * `briefings.*` entries, with the other details as params of its text (noted per code). The
 * renderer has a Dutch and an English text for each; the CLI prints the English message.
 */
export const BRIEFING_REASONS = [
  // core/briefing (adding items and themes)
  'document-missing', // { documentId }
  'question-missing', // { documentId, questionNumber }
  'part-missing', // { documentId, part }
  'annotation-missing', // { documentId, annotationId }
  'theme-empty', // { theme (its name), tagId }
  // services/briefing-*.ts
  'briefing-missing', // { briefingId }
  'briefing-exists', // { briefingId, title }
  'duplicate-item-ids', // { itemIds (comma-separated) }
  'theme-missing', // { theme } or { tagId }
  'briefing-empty', // { briefingId, title, omitted }
  'export-path-unwritable', // { file, cause }
] as const;
export type BriefingReason = (typeof BRIEFING_REASONS)[number];

/**
 * The `details.reason` of the errors of tags.* (services/tag-*.ts), each with the details named;
 * the renderer has a Dutch and an English text for each (src-renderer/lib/reasons.ts).
 */
export const TAG_REASONS = [
  'tag-missing', // { tagId } or { name }: no theme with that id or name (code 'not-found')
  'tag-name-empty', // {}: a name of only whitespace
  'tag-name-taken', // { name, existingId, existingName }: another theme has that name (offer a merge)
  'tag-color-invalid', // { color }: not #rrggbb
  'tag-parent-missing', // { parentId }: the chosen parent does not exist
  'tag-cycle', // { parentId }: the parent is the theme itself or one of its sub-themes
  'tag-merge-self', // { tagId }: a theme merged into itself
  'tag-no-parent', // { tagId, name }: delete with move-to-parent of a top-level theme
] as const;
export type TagReason = (typeof TAG_REASONS)[number];

/** How `tags.delete` treats the annotations and documents carrying the theme. */
export type TagDeleteMode = 'remove' | 'move-to-parent';

/**
 * The use of one theme (`tags.stats`). "Direct" counts carry the theme itself; the `…WithSubthemes`
 * counts carry it or any theme below it, each document or annotation counted once.
 */
export interface TagStats {
  tagId: string;
  /** documents tagged with the theme themselves or holding an annotation with it */
  documents: number;
  /** annotations carrying the theme */
  annotations: number;
  documentsWithSubthemes: number;
  annotationsWithSubthemes: number;
}

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

/** A saved briefing as the list of briefings shows it. */
export interface BriefingSummary {
  id: string;
  title: string;
  itemCount: number;
  /** items whose source (annotation, document, question) no longer exists */
  missingCount: number;
  createdAt: string;
  updatedAt: string;
}

/**
 * How the composer shows one item: its state and what it points at. For a missing source
 * ("bron verwijderd") the stored quote or ids say what it was.
 */
export interface BriefingItemView {
  itemId: string;
  state: 'ok' | 'missing';
  /** why it is missing; null when 'ok' */
  missingReason: 'annotation-deleted' | 'document-deleted' | 'question-missing' | null;
  /** the source document, for annotation/qa/document items; null for heading and text */
  documentId: string | null;
  /** its display title in the briefing's language; null when gone or not a source item */
  documentTitle: string | null;
  /** ISO date of the source (received, else submitted) */
  date: string | null;
  /** excerpts: the annotated part; qa: the question's part */
  part: PartRef | null;
  /** "Antwoord op vraag 8" in the briefing's language; null when not a part */
  partLabel: string | null;
  /** excerpts: the quote (stored quote when missing); qa: the question text (shortened) */
  quote: string | null;
  note: string | null;
  color: HighlightColor | null;
  themes: string[];
}

/** A briefing with the state of each of its items (same order as `briefing.items`). */
export interface BriefingView {
  briefing: Briefing;
  items: BriefingItemView[];
}

/** What "Add to briefing" did. */
export interface AddToBriefingResult {
  briefing: Briefing;
  /** ids of the items added, in order */
  addedItemIds: string[];
  /** items not added because the briefing already holds them (same excerpt, question or document) */
  duplicates: number;
}

/** Why an exported item was left out, with what it was. */
export interface BriefingExportOmission {
  itemId: string;
  reason: 'annotation-deleted' | 'document-deleted' | 'question-missing';
  label: string;
}

export interface BriefingExport {
  fileName: string;
  format: 'pdf' | 'docx';
  /** the file's bytes as base64 when the binding hands them to the renderer (browser shell) */
  base64: string | null;
  /** where the binding saved the file (Electron save dialog); null when cancelled or not saved */
  savedPath: string | null;
  byteLength: number;
  /** items left out because their source is gone ("bron verwijderd") */
  omitted: BriefingExportOmission[];
  /** pages of the PDF; null for DOCX */
  pageCount: number | null;
}

/** Orders for the library list (`search.browse`). */
export type BrowseSort = 'relevance' | 'date' | 'delay';

/** The facets the library counts over the matching documents. */
export const FACET_NAMES = ['kind', 'year', 'ministry', 'minister', 'party', 'member', 'tag', 'late'] as const;
export type FacetName = (typeof FACET_NAMES)[number];

/** One value of a facet with the number of matching documents that have it. */
export interface FacetCount {
  /** what to show: "Buitenlandse Zaken", "2021", "D66", "answer" (kind values are the model's kinds) */
  value: string;
  /** the query clause that narrows to this value, in the query language: `ministerie:"Buitenlandse Zaken"` */
  filter: string;
  count: number;
}

/** The library's view of a query: every matching document in order, and the facet counts over them. */
export interface BrowseResult {
  /** number of matching documents (= documentIds.length) */
  total: number;
  /** every matching document, in the requested order */
  documentIds: string[];
  /** per facet the most frequent values (at most 25), most frequent first; `late` has "ja" and "nee" */
  facets: Record<FacetName, FacetCount[]>;
  /**
   * true when a quoted phrase was only checked as "all its words occur" for some documents (a phrase
   * with very many candidate documents): the list may then hold a few documents without the phrase
   */
  approximate: boolean;
}

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
