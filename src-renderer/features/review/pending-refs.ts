/**
 * Lookups over the annotations waiting for review (refs from `annotations.query`): by annotation
 * and by document. Pure.
 */
import type { AnnotationRef } from '../../../src-main/core/api/types.js';

/** One key per annotation across the archive. */
export const refKey = (ref: AnnotationRef): string => `${ref.documentId}/${ref.id}`;

/** The keys of `refs`, to look annotations up in. */
export function refKeys(refs: readonly AnnotationRef[]): ReadonlySet<string> {
  return new Set(refs.map(refKey));
}

/** How many of `refs` are in one of the documents `documentIds`. */
export function countInDocuments(refs: readonly AnnotationRef[], documentIds: readonly string[]): number {
  const ids = new Set(documentIds);
  return refs.filter((ref) => ids.has(ref.documentId)).length;
}
