/**
 * Deleting documents, the "recently deleted" list, restoring and emptying it (issue 10 §6): the
 * archive moves the files (archive/document-trash.ts); this service keeps the search index in step
 * and shapes what the API and the CLI show.
 */
import type { DeletedDocument } from '../core/api/types.js';
import type { DocumentSummary } from '../core/model/index.js';
import type { Archive, TrashEntry } from '../archive/index.js';
import type { SearchService } from './search-service.js';

export interface DocumentLifecycleDeps {
  archive: Archive;
  search: SearchService;
}

export interface DocumentLifecycleService {
  /**
   * Moves documents to the trash with their annotations, original and themes, and takes them out of
   * search. Briefing items pointing at them show "bron verwijderd" until they are restored.
   * @returns what was deleted, in the order of `ids` (undo: `restore` with their ids)
   * @throws VraagbaakError('not-found', { reason: 'document-missing', documentId }) when any id is not
   *   in the archive, ({ reason: 'already-deleted' }) when it is in the trash already (nothing is
   *   deleted then); 'archive-read-only'
   */
  delete(ids: readonly string[]): Promise<DeletedDocument[]>;
  /**
   * Puts deleted documents back (each from its latest delete) and into search. A document imported
   * anew while deleted keeps its new text; the deleted copy's annotations and themes join it,
   * re-anchored (moved or lost ones go to the review queue).
   * @returns their catalog entries
   * @throws VraagbaakError('not-found', { reason: 'trash-missing' }); 'invalid-input' ({ reason:
   *   'document-live', holderId }) when another document holds its source file; 'archive-read-only'
   */
  restore(ids: readonly string[]): Promise<DocumentSummary[]>;
  /** The trash, most recently deleted first. */
  deleted(): DeletedDocument[];
  /**
   * Removes deleted documents for good (documents, annotations, originals): all, or those of `ids`.
   * @returns the ids removed
   * @throws VraagbaakError('not-found', { reason: 'trash-missing' }); 'archive-read-only'
   */
  purge(ids?: readonly string[]): Promise<string[]>;
}

/** A trash entry as the API shows it. */
export function toDeletedDocument({ manifest }: TrashEntry): DeletedDocument {
  const { summary } = manifest;
  return {
    id: manifest.documentId,
    title: summary.title,
    kind: summary.kind,
    date: summary.receivedOn ?? summary.submittedOn,
    annotationCount: summary.annotationCount,
    deletedAt: manifest.deletedAt,
    summary,
  };
}

/** Creates the lifecycle service. */
export function createDocumentLifecycleService({ archive, search }: DocumentLifecycleDeps): DocumentLifecycleService {
  return {
    async delete(ids) {
      const entries = await archive.deleteDocuments(ids);
      await search.refreshDocuments(entries.map((e) => e.manifest.documentId));
      return entries.map(toDeletedDocument);
    },
    async restore(ids) {
      const restored = await archive.restoreDocuments(ids);
      await search.refreshDocuments(restored.map((s) => s.id));
      return restored;
    },
    deleted: () => archive.listDeleted().map(toDeletedDocument),
    purge: (ids) => archive.purgeDeleted(ids),
  };
}
