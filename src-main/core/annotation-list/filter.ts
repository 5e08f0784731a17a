/**
 * The filters of the annotations view as one predicate over annotations: documents (from a library
 * query), themes (a parent already widened to its sub-themes), colours, text in quote or note (case
 * and accents ignored) and anchoring state. Pure, so the service and its tests share it.
 */
import type { AnchorState, Annotation, HighlightColor } from '../model/index.js';
import { foldForm } from '../search/analysis.js';

/** What an annotation must match; an absent (or null) field does not filter. */
export interface AnnotationFilter {
  /** the documents a library query matched; null or absent: every document */
  documentIds?: ReadonlySet<string> | null;
  /** theme ids of which the annotation must carry at least one (a parent with its sub-themes) */
  tagIds?: ReadonlySet<string> | null;
  /** highlight colours to keep; absent or empty: all */
  colors?: readonly HighlightColor[];
  /** text to find in the quote or the note; '' or absent: no text filter */
  text?: string;
  /** anchoring states to keep ('anchored' includes annotations never re-anchored); absent or empty: all */
  anchorStates?: readonly AnchorState[];
}

/** Annotations are immutable (every change makes a new object), so their folded text can be kept by identity. */
const foldedTexts = new WeakMap<Annotation, string>();

/**
 * Folds text for the text filter: lower case, compatibility decomposition, accents and apostrophes
 * dropped (the search index's `foldForm`), so "Financiën" matches "financien" and "FINANCIËN".
 */
export function foldForFilter(text: string): string {
  return foldForm(text);
}

/** The folded quote and note of `annotation`, separated so a needle cannot span both; cached per object. */
function foldedTextOf(annotation: Annotation): string {
  let folded = foldedTexts.get(annotation);
  if (folded === undefined) {
    folded = `${foldForFilter(annotation.target.quote.exact)}\n${foldForFilter(annotation.note)}`;
    foldedTexts.set(annotation, folded);
  }
  return folded;
}

/** The anchoring state of `annotation`; one never re-anchored counts as 'anchored'. */
export function anchorStateOf(annotation: Annotation): AnchorState {
  return annotation.anchorState ?? 'anchored';
}

/**
 * A predicate that is true for annotations matching every field of `filter`.
 * @returns a function of one annotation; cheap per call (the folded text is cached per annotation)
 */
export function annotationMatcher(filter: AnnotationFilter): (annotation: Annotation) => boolean {
  const documentIds = filter.documentIds ?? null;
  const tagIds = filter.tagIds ?? null;
  const colors = filter.colors && filter.colors.length > 0 ? new Set(filter.colors) : null;
  const states = filter.anchorStates && filter.anchorStates.length > 0 ? new Set(filter.anchorStates) : null;
  const needle = foldForFilter((filter.text ?? '').trim());
  return (a) =>
    (documentIds === null || documentIds.has(a.documentId)) &&
    (tagIds === null || a.tagIds.some((id) => tagIds.has(id))) &&
    (colors === null || colors.has(a.color)) &&
    (states === null || states.has(anchorStateOf(a))) &&
    (needle === '' || foldedTextOf(a).includes(needle));
}
