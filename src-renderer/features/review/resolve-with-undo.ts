/**
 * One review decision (`annotations.resolve`: accept, re-attach or delete) recorded in the window's
 * undo history: undone by putting the annotation back as it was (`annotations.restore` with the
 * `before` the API returned), redone by the same decision. Used by the review queue and by the
 * reader's re-attach mode.
 */
import type { ApiClient } from '../../../src-main/core/api/contract.js';
import type { ApiError } from '../../../src-main/core/api/result.js';
import type { Annotation, AnnotationTarget } from '../../../src-main/core/model/index.js';
import type { MessageKey } from '../../lib/i18n.js';
import { t } from '../../lib/locale.svelte.js';
import type { UndoState } from '../../state/undo.svelte.js';

export interface ResolveDeps {
  api: ApiClient;
  undo: UndoState;
  onError: (error: ApiError) => void;
  /** awaited after the decision, its undo and its redo (e.g. reload the queue or the reader) */
  onChanged: () => Promise<unknown>;
}

/** One decision: which annotation, what to do, and for 'reattach' the new place. */
export type ResolveRequest =
  | { documentId: string; id: string; action: 'accept' | 'delete' }
  | { documentId: string; id: string; action: 'reattach'; target: AnnotationTarget };

/**
 * Applies `request` and records it in the undo history under `label`.
 * @returns the annotation as it was before, or null when the API refused (the error is reported)
 */
export async function resolveWithUndo(deps: ResolveDeps, request: ResolveRequest, label: MessageKey): Promise<Annotation | null> {
  const { api, undo, onError, onChanged } = deps;
  const run = async (): Promise<Annotation | null> => {
    const result = await api['annotations.resolve'](request);
    if (!result.ok) {
      onError(result.error);
      return null;
    }
    await onChanged();
    return result.value.before;
  };
  const before = await run();
  if (before === null) return null;
  undo.record({
    label: () => t(label),
    undo: async () => {
      const result = await api['annotations.restore']({ annotations: [before] });
      if (!result.ok) onError(result.error);
      await onChanged();
      return result.ok;
    },
    redo: async () => (await run()) !== null,
  });
  return before;
}
