/**
 * Test helper: changes an annotation the way a fresh reader would — based on its stored revision,
 * with a whole theme list turned into changes that leave exactly that list (in that order).
 */
import type { HighlightColor } from '../core/model/index.js';
import type { AnnotationService } from './annotation-service.js';

/** What a test sets on an annotation; `tagIds` replaces the list. */
export interface AnnotationEdit {
  note?: string;
  color?: HighlightColor;
  tagIds?: string[];
}

/**
 * Updates annotation `id` of `documentId` based on its current revision (an unknown id is sent with
 * revision 1, so the service answers 'not-found').
 */
export function editAnnotation(annotations: AnnotationService, documentId: string, id: string, { tagIds, ...rest }: AnnotationEdit) {
  const current = annotations.list(documentId).find((a) => a.id === id);
  const tagChanges = tagIds === undefined ? {} : { removeTagIds: current?.tagIds ?? [], addTagIds: tagIds };
  return annotations.update({ documentId, id, baseRevision: current?.revision ?? 1, ...rest, ...tagChanges });
}
