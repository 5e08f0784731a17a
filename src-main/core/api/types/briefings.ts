/**
 * API output shapes of briefings: error reasons, summaries, item views, add and export results.
 */
import type { Briefing, HighlightColor, PartRef } from '../../model/index.js';

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
  'export-path-unwritable', // { file, cause: no-folder | permission | is-folder | in-archive | too-long | disk-full | other }
  'export-file-exists', // { file, cause: exists | symlink }
] as const;
export type BriefingReason = (typeof BRIEFING_REASONS)[number];

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
