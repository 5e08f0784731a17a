/**
 * Creating, editing and deleting a highlight from the reader or its sidebar, each recorded in the
 * window's undo history (Ctrl+Z / Ctrl+Shift+Z) as two API round trips. Undo of an edit or a
 * delete and redo of a create go through `annotations.restore`, which puts the annotation back
 * exactly (same id and timestamps), so briefings that cite it keep working.
 */
import type { Annotation, HighlightColor } from '../../../src-main/core/model/annotation.js';
import { t } from '../../lib/locale.svelte.js';
import type { NewAnnotation, ReaderState } from '../../state/reader.svelte.js';
import type { UndoState } from '../../state/undo.svelte.js';

/** The two state objects an edit needs (a subset of the app context). */
export interface AnnotationEditContext {
  reader: ReaderState;
  undo: UndoState;
}

/** Creates a highlight on the open document. @returns it, or null on failure (the error is shown) */
export async function createHighlight({ reader, undo }: AnnotationEditContext, input: NewAnnotation): Promise<Annotation | null> {
  const created = await reader.createAnnotation(input);
  if (!created) return null;
  undo.record({
    label: () => t('annot.undoCreate'),
    undo: async () => (await reader.deleteAnnotation(created.id, created.documentId)) !== null,
    redo: () => reader.restoreAnnotations([created]),
  });
  return created;
}

/**
 * Changes note, colour or themes of `before` (as the reader shows it now).
 * @param label what the change did, for the undo history (default "markering bewerken")
 * @returns the updated annotation, or null on failure
 */
export async function updateHighlight(
  { reader, undo }: AnnotationEditContext,
  before: Annotation,
  changes: { note?: string; color?: HighlightColor; tagIds?: string[] },
  label: () => string = () => t('annot.undoEdit'),
): Promise<Annotation | null> {
  const after = await reader.updateAnnotation(before.id, changes);
  if (!after) return null;
  undo.record({ label, undo: () => reader.restoreAnnotations([before]), redo: () => reader.restoreAnnotations([after]) });
  return after;
}

/** Deletes `annotation`. @returns the deleted annotation, or null on failure */
export async function deleteHighlight({ reader, undo }: AnnotationEditContext, annotation: Annotation): Promise<Annotation | null> {
  const deleted = await reader.deleteAnnotation(annotation.id, annotation.documentId);
  if (!deleted) return null;
  undo.record({
    label: () => t('annot.undoDelete'),
    undo: () => reader.restoreAnnotations([deleted]),
    redo: async () => (await reader.deleteAnnotation(deleted.id, deleted.documentId)) !== null,
  });
  return deleted;
}

/** `tagIds` with `tagId` added at the end, or removed when it is there. */
export function toggledTagIds(tagIds: readonly string[], tagId: string): string[] {
  return tagIds.includes(tagId) ? tagIds.filter((id) => id !== tagId) : [...tagIds, tagId];
}
