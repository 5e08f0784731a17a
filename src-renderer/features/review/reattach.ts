/**
 * The reader's re-attach mode (review queue → "Opnieuw koppelen"): the selection action anchors
 * the annotation being re-attached (`reader.reattaching`) to the selected text instead of making a
 * new highlight — same id, note, colour and themes, through `annotations.resolve` 'reattach',
 * undoable (resolve-with-undo.ts). The target is built as for a new highlight (`targetFor`).
 */
import type { QaDocument } from '../../../src-main/core/model/document.js';
import { partText } from '../../../src-main/core/model/parts.js';
import type { AppContext } from '../../lib/context.js';
import { t } from '../../lib/locale.svelte.js';
import { targetFor } from '../../lib/selection.js';
import type { PendingSelection, SelectionState } from '../../state/selection.svelte.js';
import { resolveWithUndo } from './resolve-with-undo.js';

/** The state objects re-attaching needs (a subset of the app context). */
export type ReattachContext = Pick<AppContext, 'api' | 'reader' | 'undo' | 'toasts'>;

/**
 * Attaches the annotation in re-attach mode to `[start, end)` of `part` in `doc` (the open
 * document), reloads the reader, leaves the mode, clears the selection and focuses the highlight
 * at its new place. On failure the error is shown and the mode stays, so the user can try again.
 * @returns true when it was attached; false when not in re-attach mode or the API refused
 */
export async function attachSelection(
  { api, reader, undo, toasts }: ReattachContext,
  doc: QaDocument,
  selected: Pick<PendingSelection, 'part' | 'start' | 'end'>,
  selection: SelectionState,
): Promise<boolean> {
  const annotation = reader.reattaching;
  const text = partText(doc, selected.part);
  if (!annotation || annotation.documentId !== doc.id || text === null) return false;
  const target = targetFor(selected.part, text, selected.start, selected.end);
  const deps = { api, undo, onError: toasts.error.bind(toasts), onChanged: () => reader.reload() };
  const request = { documentId: annotation.documentId, id: annotation.id, action: 'reattach' as const, target };
  reader.reattach(null); // at once, so a second click cannot attach it twice
  if ((await resolveWithUndo(deps, request, 'review.undoReattach')) === null) {
    reader.reattach(annotation);
    return false;
  }
  document.getSelection()?.removeAllRanges();
  selection.finish();
  reader.focusAnnotation(annotation.id);
  reader.focusOn('annotation', annotation.id);
  toasts.info(() => t('review.reattached'));
  return true;
}

