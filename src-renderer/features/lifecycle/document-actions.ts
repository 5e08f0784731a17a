/**
 * Deleting documents from the library or the reader, and restoring them: each delete is one step in
 * the window's undo history (undo restores through `documents.restore`, redo deletes again) and
 * shows a toast whose "Ongedaan maken" runs that same step. Afterwards the library reloads, the
 * reader closes a document that went, and an open "Onlangs verwijderd" list reloads.
 */
import type { DeletedDocument } from '../../../src-main/core/api/types.js';
import { displayTitle } from '../../../src-main/core/present/title.js';
import { formatCount } from '../../lib/counts.js';
import type { AppContext } from '../../lib/context.js';
import { locale, t } from '../../lib/locale.svelte.js';
import { trashChanges } from './trash-list.svelte.js';

export type LifecycleDeps = Pick<AppContext, 'api' | 'undo' | 'toasts' | 'library' | 'reader'>;

/** Reloads what shows documents after `ids` were deleted or restored. */
async function afterChange(deps: LifecycleDeps, ids: readonly string[], deleted: boolean): Promise<void> {
  const openId = deps.reader.current?.document.id;
  if (deleted && openId !== undefined && ids.includes(openId)) deps.reader.close();
  trashChanges.count++;
  await deps.library.load();
}

/** Runs `documents.delete`. @returns what went, or null when it failed (the error is shown) */
async function runDelete(deps: LifecycleDeps, ids: readonly string[]): Promise<DeletedDocument[] | null> {
  const result = await deps.api['documents.delete']({ ids: [...ids] });
  if (!result.ok) {
    deps.toasts.error(result.error);
    return null;
  }
  await afterChange(deps, ids, true);
  return result.value;
}

/**
 * Puts deleted documents back (`documents.restore`), without an undo step of its own.
 * @returns false when it failed (the error is shown)
 */
export async function restoreDocuments(deps: LifecycleDeps, ids: readonly string[]): Promise<boolean> {
  const result = await deps.api['documents.restore']({ ids: [...ids] });
  if (!result.ok) {
    deps.toasts.error(result.error);
    return false;
  }
  await afterChange(deps, ids, false);
  return true;
}

/** "„Titel” is verwijderd." or "3 documenten zijn verwijderd." in the current language. */
function deletedText(deleted: readonly DeletedDocument[]): string {
  const [first] = deleted;
  return deleted.length === 1 && first ? t('lifecycle.deletedOne', { title: displayTitle(first.summary, locale.current) }) : t('lifecycle.deletedMany', { n: formatCount(locale.current, deleted.length) });
}

/**
 * Moves documents to "Onlangs verwijderd", records the undo step and shows a toast with undo.
 * @returns what was deleted, or null when it failed (the error is shown)
 */
export async function deleteDocuments(deps: LifecycleDeps, ids: readonly string[]): Promise<DeletedDocument[] | null> {
  const deleted = await runDelete(deps, ids);
  if (!deleted || deleted.length === 0) return deleted;
  const gone = deleted.map((d) => d.id);
  const label = (): string => (gone.length === 1 ? t('lifecycle.undoDelete') : t('lifecycle.undoDeleteMany', { n: formatCount(locale.current, gone.length) }));
  deps.undo.record({ label, undo: () => restoreDocuments(deps, gone), redo: async () => (await runDelete(deps, gone)) !== null });
  const shownLabel = label();
  deps.toasts.info(() => deletedText(deleted), {
    label: () => t('undo.undo'),
    // the same step as Ctrl+Z, as long as it is still the last one
    run: async () => {
      if (deps.undo.undoLabel !== shownLabel) return;
      const what = await deps.undo.undo();
      if (what !== null) deps.toasts.info(() => t('undo.undone', { what }));
    },
  });
  return deleted;
}
