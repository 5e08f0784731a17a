/**
 * API output shapes of the annotations view (`annotations.query`) and of bulk changes to annotations.
 */
import type { Annotation, DocumentSummary } from '../../model/index.js';

/*
 * Errors of the annotations view carry reason codes shared with other areas, which already have
 * Dutch and English texts: 'annotation-missing' { documentId, annotationId } and 'document-missing'
 * { documentId } (as in briefings), 'tag-missing' { tagId } (as in themes).
 */

/** Orders of the annotations view: newest first, by document (then place in it), by first theme name. */
export type AnnotationSort = 'date' | 'document' | 'theme';

/** Names one annotation across the archive. */
export interface AnnotationRef {
  documentId: string;
  id: string;
}

/** One annotation as the annotations view shows it. */
export interface AnnotationRow {
  annotation: Annotation;
  /** the title to show (the subject, else kind, who and when: `displayTitle`) in the requested locale */
  documentTitle: string | null;
  /** the document's kind (answer, questions, notice, …) */
  documentKind: DocumentSummary['kind'];
  /** ISO date of the document: received, else submitted; null when unknown */
  documentDate: string | null;
  /** "Antwoord op vraag 3" / "Answer to question 3" in the requested locale */
  partLabel: string;
}

/** One page of the annotations view. */
export interface AnnotationPage {
  /** annotations matching the filters (all pages) */
  total: number;
  /** the rows from `offset`, at most `limit` */
  rows: AnnotationRow[];
  /** with `idsOnly`: every matching annotation, in order (for "select all"); else [] */
  refs: AnnotationRef[];
}

/** What a bulk change did; `before` is what `annotations.restore` takes to undo it. */
export interface AnnotationBulkResult {
  /** the annotations as they are now (deleteMany: as they were) */
  changed: Annotation[];
  /** the same annotations as they were before the change */
  before: Annotation[];
}
