/**
 * Places a document's annotations on the text of its parts for printing. A briefing marks only
 * text that is certainly the annotated text: the stored position if it still holds the quote, else
 * the exact quote (best context, nearest the old position); anything else is listed as unplaced.
 */
import { findExactQuote } from '../anchoring/index.js';
import type { Annotation, QaDocument } from '../model/index.js';
import { partKey, partText } from '../model/parts.js';

/** An annotation with its range in the part text (UTF-16 offsets, `end` exclusive). */
export interface PlacedAnnotation {
  annotation: Annotation;
  start: number;
  end: number;
}

/** Where a document's annotations sit in its current text: by part, and those that could not be placed. */
export interface Placements {
  /** placed annotations by part key (see `partKey`), sorted by start then end */
  byPart: Map<string, PlacedAnnotation[]>;
  /** annotations whose quote is no longer in their part, in input order */
  unplaced: Annotation[];
}

/** Where `annotation` sits in `text` now, or null when its exact quote is gone. */
export function placeAnnotation(text: string, annotation: Annotation): { start: number; end: number } | null {
  const { quote, position } = annotation.target;
  if (text.slice(position.start, position.end) === quote.exact) return { start: position.start, end: position.end };
  const best = findExactQuote(text, quote, position)[0];
  return best === undefined ? null : { start: best.start, end: best.end };
}

/**
 * Places every annotation of `doc` on its part.
 *
 * @param annotations - the document's annotations (others' `documentId`s are not checked)
 */
export function placeAnnotations(doc: QaDocument, annotations: readonly Annotation[]): Placements {
  const byPart = new Map<string, PlacedAnnotation[]>();
  const unplaced: Annotation[] = [];
  for (const annotation of annotations) {
    const text = partText(doc, annotation.target.part);
    const range = text === null ? null : placeAnnotation(text, annotation);
    if (range === null) {
      unplaced.push(annotation);
      continue;
    }
    const key = partKey(annotation.target.part);
    const list = byPart.get(key) ?? [];
    list.push({ annotation, ...range });
    byPart.set(key, list);
  }
  for (const list of byPart.values()) list.sort((a, b) => a.start - b.start || a.end - b.end);
  return { byPart, unplaced };
}
