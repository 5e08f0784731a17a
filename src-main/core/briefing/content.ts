/**
 * A briefing resolved against the archive: every item with the text, citation and marks it prints,
 * in order, and the items whose source is gone. Both exports are layouts of this one structure —
 * the HTML the PDF is printed from (core/briefing) and the Word file (src-main/docx) — so they
 * cannot disagree about what a briefing contains.
 */
import type { Annotation, BriefingItemType, BriefingOptions, HighlightColor, QaDocument, Tag } from '../model/index.js';

/** A run of the analyst's own text: Markdown's bold and italic are the only styles kept. */
export interface TextRun {
  /** plain text; a hard line break is "\n" */
  text: string;
  bold: boolean;
  italic: boolean;
}

/** A block of the analyst's own text (text items and the intro), parsed from the Markdown subset. */
export type TextBlock =
  | { type: 'paragraph'; runs: TextRun[] }
  | { type: 'list'; ordered: boolean; items: TextRun[][] };

/** Where a printed passage comes from: enough to cite it and to find the official publication. */
export interface SourceInfo {
  documentId: string;
  /** the display title ("Antwoord van minister Blok over …") */
  title: string;
  /** the full one-line citation (core/present/citation.ts) */
  citation: string;
  /** the members who asked, formatted ("Sjoerdsma (D66)"); '' when unknown */
  askedBy: string;
  /** who answered, formatted ("minister Blok (Buitenlandse Zaken)"); '' when unknown */
  answeredBy: string;
  /** ISO date of the answer (received), else of the questions (submitted); null when unknown */
  date: string | null;
  /** "Aanhangsel Handelingen II 2020/21, nr. 1682", else "Zaaknummer 2021Z00843", …; null without identifiers */
  reference: string | null;
  /** the official publication (https only), when an identifier gives one */
  url: string | null;
}

/** A footnote of the source document, printed as a numbered endnote of the briefing. */
export interface SourceFootnote {
  /** the number printed in the source */
  number: number;
  text: string;
  url: string | null;
}

/** A highlight drawn on a printed passage. */
export interface PassageMark {
  /** UTF-16 offsets into `MarkedText.text`, end exclusive */
  start: number;
  end: number;
  color: HighlightColor;
  annotationId: string;
  /** the analyst's note ('' when none, or when notes are not printed) */
  note: string;
  /** theme names ([] when none, or when themes are not printed) */
  themes: string[];
}

/** A passage of a source (a question, an answer, a sentence) with the highlights on it. */
export interface MarkedText {
  text: string;
  marks: PassageMark[];
}

/** One labelled part of a source ("Vraag 3", "Antwoord op vragen 3 en 4") with its footnotes. */
export interface PrintedPart {
  label: string;
  text: MarkedText;
  /** the footnotes this part refers to ([] when footnotes are not printed) */
  footnotes: SourceFootnote[];
}

/** One resolved item, in briefing order. `anchor` is the HTML id the table of contents links to. */
export type ContentItem =
  | { kind: 'heading'; itemId: string; anchor: string; level: 1 | 2; text: string }
  | { kind: 'text'; itemId: string; blocks: TextBlock[] }
  | {
      kind: 'excerpt';
      itemId: string;
      anchor: string;
      source: SourceInfo;
      /** "Antwoord op vraag 8" / "Answer to question 8" */
      partLabel: string;
      /** the annotation quoted: its own mark in `fullPart` carries this id (its note is printed beside the quote, not lettered) */
      annotationId: string;
      color: HighlightColor;
      /** the quote as it stands in the current text (the stored quote when it could not be placed) */
      quote: string;
      /** false when the quote is no longer in its part: printed from the stored quote, without context */
      placed: boolean;
      /** the sentence(s) around the quote: text before and after it (null when not shown or not placed) */
      context: { before: string; after: string } | null;
      /** the whole part with the quote (and other highlights) marked, when the full answer is printed */
      fullPart: PrintedPart | null;
      /** the analyst's note ('' when none, or when notes are not printed) */
      note: string;
      /** theme names ([] when none, or when themes are not printed) */
      themes: string[];
      /** footnotes of the excerpt's part ([] when footnotes are not printed) */
      footnotes: SourceFootnote[];
    }
  | {
      kind: 'qa';
      itemId: string;
      anchor: string;
      source: SourceInfo;
      question: PrintedPart;
      /** the answer covering the question; null when the document has none */
      answer: PrintedPart | null;
    }
  | {
      kind: 'document';
      itemId: string;
      anchor: string;
      source: SourceInfo;
      document: QaDocument;
      annotations: Annotation[];
      documentTagIds: string[];
    };

/** Why an item was left out of an export. */
export type OmitReason = 'annotation-deleted' | 'document-deleted' | 'question-missing';

/** An item left out of the export ("bron verwijderd"), for the export report. */
export interface OmittedItem {
  itemId: string;
  type: BriefingItemType;
  reason: OmitReason;
  /** what it was, in words: the stored quote, the document id, "vraag 3 van <id>" */
  label: string;
}

/** A briefing ready to lay out. */
export interface BriefingContent {
  title: string;
  subtitle: string;
  author: string;
  /** classification line ("Intern"); '' for none */
  classification: string;
  /** ISO date printed on the title page */
  date: string;
  locale: 'nl' | 'en';
  intro: TextBlock[];
  options: BriefingOptions;
  items: ContentItem[];
  omitted: OmittedItem[];
  /** the source documents in full, in order of first use (empty unless `options.appendixDocuments`) */
  appendix: { anchor: string; source: SourceInfo; document: QaDocument; annotations: Annotation[]; documentTagIds: string[] }[];
  /** every tag of the workspace (to name document and annotation themes) */
  tags: readonly Tag[];
}

/** What resolving needs from the archive: only what exists is in the maps. */
export interface BriefingSources {
  /** the referenced documents that exist, by id */
  documents: ReadonlyMap<string, QaDocument>;
  /** the annotations of those documents, by document id */
  annotationsByDocument: ReadonlyMap<string, readonly Annotation[]>;
  /** workspace.documentTags */
  documentTags: Readonly<Record<string, readonly string[]>>;
  tags: readonly Tag[];
}
