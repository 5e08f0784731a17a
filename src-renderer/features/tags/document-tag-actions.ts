/**
 * Changing the themes of a document itself (`documents.setTags`), recorded as one step in the
 * window's undo history: undo sets the list it had before, redo the new one again — for that
 * document, also when another one is open by then.
 */
import { t } from '../../lib/locale.svelte.js';
import type { ReaderState } from '../../state/reader.svelte.js';
import type { UndoState } from '../../state/undo.svelte.js';

/** The two state objects the change needs (a subset of the app context). */
export interface DocumentTagContext {
  reader: ReaderState;
  undo: UndoState;
}

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((id, i) => id === b[i]);

/**
 * Sets the themes of the open document to `tagIds` (theme ids, in the order shown) and records the
 * undo step; a list equal to the current one changes nothing and records nothing.
 * @returns false on failure (the error is shown) or when no document is open
 */
export async function setDocumentThemes({ reader, undo }: DocumentTagContext, tagIds: readonly string[]): Promise<boolean> {
  const current = reader.current;
  if (!current) return false;
  const documentId = current.document.id;
  const before = [...current.summary.tagIds];
  const after = [...tagIds];
  if (sameList(before, after)) return true;
  if (!(await reader.setDocumentTags(after, documentId))) return false;
  undo.record({
    label: () => t('reader.undoTags'),
    undo: () => reader.setDocumentTags(before, documentId),
    redo: () => reader.setDocumentTags(after, documentId),
  });
  return true;
}
