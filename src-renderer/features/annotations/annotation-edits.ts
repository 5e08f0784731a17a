/**
 * Creating, editing and deleting a highlight from the reader or its sidebar, each recorded in the
 * window's undo history (Ctrl+Z / Ctrl+Shift+Z) as two API round trips. Undo of a delete and redo
 * of a create go through `annotations.restore`, which puts the annotation back exactly (same id and
 * timestamps), so briefings that cite it keep working; undo and redo of an edit are changes based
 * on the annotation's revision, so they never overwrite what another window did meanwhile.
 */
import type { Annotation } from '../../../src-main/core/model/annotation.js';
import { t } from '../../lib/locale.svelte.js';
import type { AnnotationChanges, NewAnnotation, ReaderState } from '../../state/reader.svelte.js';
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
 * Changes note, colour or themes of `before` (as the reader shows it now). Undo and redo are
 * changes too, based on the revision the last step left: when another window changed the
 * annotation in between, they are refused as a conflict (the reader shows the newest version and
 * says so) instead of overwriting that change.
 * @param label what the change did, for the undo history (default "markering bewerken")
 * @returns the updated annotation, or null on failure
 */
export async function updateHighlight(
  { reader, undo }: AnnotationEditContext,
  before: Annotation,
  changes: AnnotationChanges,
  label: () => string = () => t('annot.undoEdit'),
): Promise<Annotation | null> {
  const after = await reader.updateAnnotation(before, changes);
  if (!after) return null;
  const inverse = inverseChanges(before, changes);
  let latest = after;
  const step = async (edit: AnnotationChanges): Promise<boolean> => {
    const next = await reader.updateAnnotation(latest, edit);
    if (next) latest = next;
    return next !== null;
  };
  undo.record({ label, undo: () => step(inverse), redo: () => step(changes) });
  return after;
}

/**
 * The changes that undo `changes` (made on the copy `before`): the old note and colour where they
 * were set, the themes it added taken off and those it removed put back — only those, so themes
 * another window changed meanwhile stay as that window left them.
 */
export function inverseChanges(before: Annotation, changes: AnnotationChanges): AnnotationChanges {
  return {
    ...(changes.note === undefined ? {} : { note: before.note }),
    ...(changes.color === undefined ? {} : { color: before.color }),
    addTagIds: (changes.removeTagIds ?? []).filter((id) => before.tagIds.includes(id)),
    removeTagIds: (changes.addTagIds ?? []).filter((id) => !before.tagIds.includes(id)),
  };
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

/** The change that puts `tagId` on an annotation carrying `tagIds`, or takes it off when it is there. */
export function toggledTag(tagIds: readonly string[], tagId: string): AnnotationChanges {
  return tagIds.includes(tagId) ? { removeTagIds: [tagId] } : { addTagIds: [tagId] };
}
