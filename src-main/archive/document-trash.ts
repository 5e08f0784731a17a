/**
 * Deleting documents to the trash, restoring them and emptying the trash, for many documents at
 * once: every id is checked before anything moves, then the documents move one by one
 * (trash-moves.ts). The archive runs these one at a time, in the same queue as imports.
 */
import { VraagbaakError, type DocumentSummary } from '../core/model/index.js';
import type { ArchiveParts } from './archive-parts.js';
import { assertRestorable, moveToTrash, purgeTrash, restoreFromTrash, type DeleteStep, type RestoreStep } from './trash-moves.js';
import { mergeIntoLive } from './trash-merge.js';
import type { TrashEntry } from './trash.js';

/** Unique ids in their first order. */
const unique = (ids: readonly string[]): string[] => [...new Set(ids)];

/**
 * Moves the documents `ids` to the trash, with their annotations, original and themes.
 * @param stopAfter for crash tests: the last document stops after this step
 * @returns the new trash entries, in the order of `ids`
 * @throws VraagbaakError('not-found', { reason: 'document-missing', documentId }) when any id is not
 *   a live document, { reason: 'already-deleted' } when it is in the trash (then nothing moves);
 *   file-system errors (the documents moved before stay moved)
 */
export async function deleteDocuments(parts: ArchiveParts, ids: readonly string[], stopAfter?: DeleteStep): Promise<TrashEntry[]> {
  const summaries = unique(ids).map((id) => {
    const summary = parts.catalog.get(id);
    if (!summary && parts.trash.newestOf(id)) {
      throw new VraagbaakError('not-found', `The document "${id}" is already in recently deleted (restore it with: vraagbaak trash --restore ${id}).`, {
        reason: 'already-deleted',
        documentId: id,
      });
    }
    if (!summary) throw new VraagbaakError('not-found', `The archive has no document "${id}".`, { reason: 'document-missing', documentId: id });
    return summary;
  });
  const entries: TrashEntry[] = [];
  for (const [i, summary] of summaries.entries()) entries.push(await moveToTrash(parts, summary, i === summaries.length - 1 ? stopAfter : undefined));
  return entries;
}

/**
 * The newest trash entry of each id.
 * @throws VraagbaakError('not-found', { reason: 'trash-missing', documentId }) for an id not in the trash
 */
function entriesOf(parts: ArchiveParts, ids: readonly string[]): TrashEntry[] {
  return unique(ids).map((id) => {
    const entry = parts.trash.newestOf(id);
    if (!entry) throw new VraagbaakError('not-found', `No deleted document "${id}" is in the trash.`, { reason: 'trash-missing', documentId: id });
    return entry;
  });
}

/**
 * Puts the deleted documents `ids` back (each from its most recent delete): same id, annotations
 * (same ids and timestamps), original and the themes that still exist. A document whose id is live
 * again (imported anew while it was deleted) is not stranded: its deleted copy's annotations and
 * themes join the live document, re-anchored onto its text (trash-merge.ts).
 * @param stopAfter for crash tests: the last document stops after this step (not for merges)
 * @returns their catalog entries, in the order of `ids`
 * @throws VraagbaakError('not-found', { reason: 'trash-missing' }) for an id not in the trash;
 *   VraagbaakError('invalid-input', { reason: 'document-live' }) when another document now holds its
 *   original or its files (in both cases nothing moves); file-system errors
 */
export async function restoreDocuments(parts: ArchiveParts, ids: readonly string[], stopAfter?: RestoreStep): Promise<DocumentSummary[]> {
  const entries = entriesOf(parts, ids);
  const isLive = (entry: TrashEntry) => parts.catalog.get(entry.manifest.documentId) !== null;
  for (const entry of entries) if (!isLive(entry)) await assertRestorable(parts, entry);
  const restored: DocumentSummary[] = [];
  for (const [i, entry] of entries.entries()) {
    if (isLive(entry)) restored.push((await mergeIntoLive(parts, entry)).summary);
    else restored.push(await restoreFromTrash(parts, entry, i === entries.length - 1 ? stopAfter : undefined));
  }
  return restored;
}

/**
 * Empties the trash for good (documents, annotations and originals), or only the entries of `ids`
 * (every delete of each).
 * @returns the ids of the documents removed
 * @throws VraagbaakError('not-found', { reason: 'trash-missing' }) for an id not in the trash (then
 *   nothing is removed); file-system errors
 */
export async function purgeDocuments(parts: ArchiveParts, ids?: readonly string[]): Promise<string[]> {
  const entries = ids === undefined ? parts.trash.list() : entriesOf(parts, ids).flatMap((e) => parts.trash.allOf(e.manifest.documentId));
  await purgeTrash(parts, entries);
  return unique(entries.map((e) => e.manifest.documentId));
}
