/**
 * Changes to many annotations at once (themes, colour, delete), each recorded in the window's undo
 * history: undo puts back the annotations as they were (`annotations.restore` with `before`), redo
 * runs the same change again. Every step ends by telling `onChanged` which documents it touched.
 */
import type { ApiClient } from '../../../src-main/core/api/contract.js';
import type { ApiError } from '../../../src-main/core/api/result.js';
import type { AnnotationRef } from '../../../src-main/core/api/types.js';
import type { Annotation, HighlightColor } from '../../../src-main/core/model/annotation.js';
import type { UndoState } from '../../state/undo.svelte.js';

export interface BulkDeps {
  api: ApiClient;
  undo: UndoState;
  onError: (error: ApiError) => void;
  /** refreshes whatever shows the annotations of `documentIds` (list, library, open reader document) */
  onChanged: (documentIds: readonly string[]) => Promise<void>;
}

/** A change to the themes and colour of many annotations. */
export interface BulkChange {
  addTagIds?: string[];
  removeTagIds?: string[];
  color?: HighlightColor;
}

const documentsOf = (list: readonly { documentId: string }[]): string[] => [...new Set(list.map((a) => a.documentId))];
const refsOf = (list: readonly Annotation[]): AnnotationRef[] => list.map((a) => ({ documentId: a.documentId, id: a.id }));

/**
 * Applies `change` to the annotations `refs` and records it (label `label`) for undo.
 * @returns how many annotations changed, or null when the call failed (the error is reported)
 */
export async function updateAnnotations(deps: BulkDeps, refs: readonly AnnotationRef[], change: BulkChange, label: () => string): Promise<number | null> {
  const input = { refs: [...refs], addTagIds: change.addTagIds ?? [], removeTagIds: change.removeTagIds ?? [], color: change.color };
  const run = async (): Promise<Annotation[] | null> => {
    const result = await deps.api['annotations.updateMany'](input);
    if (!result.ok) {
      deps.onError(result.error);
      return null;
    }
    await deps.onChanged(documentsOf(result.value.changed));
    return result.value.before;
  };
  const before = await run();
  if (!before) return null;
  if (before.length > 0) deps.undo.record({ label, undo: () => restoreAnnotations(deps, before), redo: async () => (await run()) !== null });
  return before.length;
}

/**
 * Deletes the annotations `refs` and records it for undo (the same annotations come back, same ids).
 * @returns how many were deleted, or null when the call failed (the error is reported)
 */
export async function deleteAnnotations(deps: BulkDeps, refs: readonly AnnotationRef[], label: () => string): Promise<number | null> {
  const run = async (targets: AnnotationRef[]): Promise<Annotation[] | null> => {
    const result = await deps.api['annotations.deleteMany']({ refs: targets });
    if (!result.ok) {
      deps.onError(result.error);
      return null;
    }
    await deps.onChanged(documentsOf(result.value.before));
    return result.value.before;
  };
  const deleted = await run([...refs]);
  if (!deleted) return null;
  if (deleted.length > 0) {
    deps.undo.record({ label, undo: () => restoreAnnotations(deps, deleted), redo: async () => (await run(refsOf(deleted))) !== null });
  }
  return deleted.length;
}

/**
 * Puts `annotations` back exactly as given (`annotations.restore`).
 * @returns false when the call failed (the error is reported)
 */
export async function restoreAnnotations(deps: BulkDeps, annotations: readonly Annotation[]): Promise<boolean> {
  const result = await deps.api['annotations.restore']({ annotations: [...annotations] });
  if (!result.ok) {
    deps.onError(result.error);
    return false;
  }
  await deps.onChanged(documentsOf(annotations));
  return true;
}
