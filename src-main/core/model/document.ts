/**
 * The parsed Q&A document: the JSON contract of DESIGN §2, as zod schemas and their types.
 * Every importer produces a `QaDocument`; the archive stores it as-is in documents/<id>.json.
 */
import { z } from 'zod';

/** ISO calendar date `YYYY-MM-DD`. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

export const DocumentKind = z.enum(['answer', 'questions', 'delay-notice', 'other']);
export type DocumentKind = z.infer<typeof DocumentKind>;

export const SourceFormat = z.enum(['text', 'pdf', 'docx', 'xml', 'html', 'tk-json', 'uk-json']);
export type SourceFormat = z.infer<typeof SourceFormat>;

/** Points at one part of a document: an index into questions/answers/footnotes (0 for the title). */
export const PartRef = z.object({
  type: z.enum(['question', 'answer', 'footnote', 'title']),
  index: z.number().int().min(0),
});
export type PartRef = z.infer<typeof PartRef>;
export type PartType = PartRef['type'];

export const Member = z.object({ name: z.string(), party: z.string().nullable() });
export type Member = z.infer<typeof Member>;

export const Official = z.object({
  name: z.string(),
  /** minister | staatssecretaris | minister-president | ... (lower case, as printed) */
  role: z.string(),
  portfolio: z.string().nullable(),
});
export type Official = z.infer<typeof Official>;

export const Question = z.object({
  number: z.number().int(),
  text: z.string(),
  footnoteRefs: z.array(z.number().int()),
});
export type Question = z.infer<typeof Question>;

export const Answer = z.object({
  /** The question numbers this answer covers, as printed ("Antwoord op vragen 3 en 4" → [3, 4]). */
  questionNumbers: z.array(z.number().int()),
  text: z.string(),
  footnoteRefs: z.array(z.number().int()),
});
export type Answer = z.infer<typeof Answer>;

export const Footnote = z.object({
  number: z.number().int(),
  text: z.string(),
  url: z.string().nullable(),
});
export type Footnote = z.infer<typeof Footnote>;

export const Reference = z.object({
  inPart: PartRef,
  kind: z.enum(['question', 'kamerstuk', 'aanhangsel', 'url']),
  /** question: the question number as a string; kamerstuk: "35 207, nr. 32"; url: the URL. */
  target: z.string(),
});
export type Reference = z.infer<typeof Reference>;

export const DocumentSource = z.object({
  fileName: z.string(),
  format: SourceFormat,
  /** sha256 of the original bytes, lower-case hex */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type DocumentSource = z.infer<typeof DocumentSource>;

/**
 * A Toelichting (explanation by the askers, e.g. "Deze vragen dienen ter aanvulling op …"), kept
 * apart from the questions and answers. `afterQuestion`: the number of the last question printed
 * before it when questions or answers follow it; null when it is printed at the end of the document
 * (the usual place) or before any question.
 */
export const Explanation = z.object({
  afterQuestion: z.number().int().nullable(),
  text: z.string(),
});
export type Explanation = z.infer<typeof Explanation>;

export const QaDocument = z.object({
  id: z.string().min(1),
  kind: DocumentKind,
  title: z.string().nullable(),
  askedBy: z.array(Member),
  addressedTo: z.array(z.string()),
  answeredBy: z.array(Official),
  submittedOn: IsoDate.nullable(),
  receivedOn: IsoDate.nullable(),
  identifiers: z.record(z.string(), z.string()),
  questions: z.array(Question),
  answers: z.array(Answer),
  footnotes: z.array(Footnote),
  references: z.array(Reference),
  source: DocumentSource,
  warnings: z.array(z.string()),
  /** Toelichting sections; absent in archives written before the field existed, hence the default. */
  explanations: z.array(Explanation).default([]),
});
/**
 * A parsed document. `explanations` is optional in the type so that documents built before the
 * field existed (and literals in other modules) stay valid; parsers always fill it and
 * `QaDocument.parse()` defaults it to [].
 */
export type QaDocument = z.input<typeof QaDocument>;

/** What the catalog keeps per document (metadata only), and what `vraagbaak list --json` prints. */
export const DocumentSummary = z.object({
  id: z.string(),
  kind: DocumentKind,
  title: z.string().nullable(),
  askedBy: z.array(Member),
  answeredBy: z.array(Official),
  submittedOn: IsoDate.nullable(),
  receivedOn: IsoDate.nullable(),
  identifiers: z.record(z.string(), z.string()),
  /** the tags on the document itself */
  tagIds: z.array(z.string()),
  /** the tags used by the document's annotations (kept current by the archive), without repeats */
  annotationTagIds: z.array(z.string()),
  annotationCount: z.number().int().min(0),
  questionCount: z.number().int().min(0),
  importedAt: z.string(),
  source: DocumentSource,
  /**
   * Only in API answers (`documents.list`), never stored: true when documents/<id>.json was found
   * damaged (it cannot be read; `documents.repair` parses its original again).
   */
  damaged: z.literal(true).optional(),
});
export type DocumentSummary = z.infer<typeof DocumentSummary>;
