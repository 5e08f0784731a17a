/**
 * Changes to many annotations at once (the annotations view's bulk actions) and their undo: every
 * document file concerned changes in one journaled step (archive.updateAnnotationsMany: one durable
 * journal instead of one fsync per file, the files flushed in the background and replayed at open
 * after a crash), then one search-index refresh for the whole batch. Every change returns the
 * annotations as they were, which `restoreAnnotations` puts back exactly (same id, timestamps and
 * target).
 *
 * Atomicity is per batch: the refs are all checked before anything is written, an annotation gone
 * meanwhile refuses the whole batch, and a journal that cannot be written (disk full) changes
 * nothing; once the journal is written every document of the batch is changed.
 */
import type { AnnotationBulkResult, AnnotationRef } from '../core/api/types.js';
import { applyTagChanges, VraagbaakError, type Annotation, type HighlightColor } from '../core/model/index.js';
import type { Archive } from '../archive/index.js';
import type { SearchService } from './search-service.js';
import { findTag } from './tag-checks.js';
import type { TagService } from './tag-service.js';

export interface AnnotationBulkDeps {
  archive: Archive;
  search: SearchService;
  tags: TagService;
  clock: () => Date;
}

export interface UpdateManyInput {
  refs: readonly AnnotationRef[];
  addTagIds: readonly string[];
  removeTagIds: readonly string[];
  color?: HighlightColor | undefined;
}

/** The error for an annotation that is not (or no longer) in the archive. */
function annotationMissing(ref: AnnotationRef): VraagbaakError {
  return new VraagbaakError('not-found', `Document "${ref.documentId}" has no annotation "${ref.id}".`, {
    reason: 'annotation-missing',
    documentId: ref.documentId,
    annotationId: ref.id,
  });
}

/**
 * The refs grouped by document, in first-seen order, each checked against the archive now.
 * @throws VraagbaakError('not-found', { reason: 'annotation-missing', documentId, annotationId }) for the first ref not found
 */
function groupRefs(archive: Archive, refs: readonly AnnotationRef[]): Map<string, Set<string>> {
  const groups = new Map<string, Set<string>>();
  for (const ref of refs) {
    if (!archive.listAnnotations(ref.documentId).some((a) => a.id === ref.id)) throw annotationMissing(ref);
    const ids = groups.get(ref.documentId) ?? new Set<string>();
    ids.add(ref.id);
    groups.set(ref.documentId, ids);
  }
  return groups;
}

/**
 * Changes the annotations of `documentIds` as one journaled step (archive.updateAnnotationsMany),
 * each document's new list being `recipe(documentId, current)` run in its file's write queue, then
 * refreshes the search index (theme names, `tag:`) for the documents that changed. Nothing is
 * written, and nothing asked of the archive, for no documents.
 * @param operation names the journal, e.g. 'annotations-update'
 * @throws what archive.updateAnnotationsMany throws (nothing changed then): 'not-found' for an
 *   unknown document, 'archive-read-only', what a recipe throws, the journal's file-system error
 */
async function commitBatch(
  { archive, search }: AnnotationBulkDeps,
  operation: string,
  documentIds: readonly string[],
  recipe: (documentId: string, current: readonly Annotation[]) => Annotation[],
): Promise<void> {
  if (documentIds.length === 0) return;
  const changed = await archive.updateAnnotationsMany(
    operation,
    documentIds.map((documentId) => ({ documentId, recipe: (current) => recipe(documentId, current) })),
  );
  if (changed.length > 0) await search.refreshDocuments(changed);
}

/**
 * Rewrites every document in `groups` with `change` applied to the chosen annotations (null from
 * `change`: delete it; the same object: unchanged), as one journaled step (commitBatch).
 * @param operation names the journal
 * @returns the changed annotations before and after, in document order then list order
 * @throws what commitBatch throws; annotation-missing when one vanished meanwhile (nothing changed)
 */
async function rewrite(
  deps: AnnotationBulkDeps,
  operation: string,
  groups: ReadonlyMap<string, ReadonlySet<string>>,
  change: (annotation: Annotation) => Annotation | null,
): Promise<{ before: Annotation[]; after: Annotation[] }> {
  const { archive } = deps;
  const perDocument = new Map<string, { before: Annotation[]; after: Annotation[] }>();
  // documents the change leaves as they are are not in the batch at all (the recipe checks again in the queue)
  const documentIds = [...groups.keys()].filter((id) => {
    const ids = groups.get(id);
    return archive.listAnnotations(id).some((a) => ids?.has(a.id) === true && change(a) !== a);
  });
  await commitBatch(deps, operation, documentIds, (documentId, list) => {
    const ids = groups.get(documentId) ?? new Set<string>();
    const result = { before: [] as Annotation[], after: [] as Annotation[] };
    const found = new Set<string>();
    const next: Annotation[] = [];
    for (const a of list) {
      const changed = ids.has(a.id) ? change(a) : a;
      if (ids.has(a.id)) found.add(a.id);
      if (changed !== a) result.before.push(a);
      if (changed !== null) next.push(changed);
      if (changed !== null && changed !== a) result.after.push(changed);
    }
    const gone = [...ids].find((id) => !found.has(id));
    if (gone !== undefined) throw annotationMissing({ documentId, id: gone });
    perDocument.set(documentId, result);
    // an unchanged list is not written (the store keeps the same object)
    return result.before.length === 0 ? (list as Annotation[]) : next;
  });
  const results = documentIds.flatMap((id) => perDocument.get(id) ?? []);
  return { before: results.flatMap((r) => r.before), after: results.flatMap((r) => r.after) };
}

/**
 * Adds and removes themes and sets the colour of the annotations `input.refs`. Themes are removed
 * first, then added (an id in both lists ends up on the annotation). Annotations the change leaves
 * as they were are not written and not returned.
 * @returns `changed` (now) and `before` (as they were), in the same order
 * @throws VraagbaakError('not-found', reason 'tag-missing') for an unknown theme to add;
 *   'not-found' reason 'annotation-missing' for an unknown ref (nothing is changed); 'archive-read-only'
 */
export async function updateMany(deps: AnnotationBulkDeps, input: UpdateManyInput): Promise<AnnotationBulkResult> {
  const tags = deps.tags.list();
  for (const id of input.addTagIds) findTag(tags, id);
  const groups = groupRefs(deps.archive, input.refs);
  const add = [...new Set(input.addTagIds)];
  const now = deps.clock().toISOString();
  const { before, after } = await rewrite(deps, 'annotations-update', groups, (a) => {
    const tagIds = applyTagChanges(a.tagIds, { addTagIds: add, removeTagIds: input.removeTagIds });
    const color = input.color ?? a.color;
    const same = color === a.color && tagIds === a.tagIds;
    return same ? a : { ...a, tagIds: [...tagIds], color, updatedAt: now, revision: a.revision + 1 };
  });
  return { changed: after, before };
}

/**
 * Deletes the annotations `refs`.
 * @returns `changed` and `before`: both the deleted annotations as they were (restore takes `before`)
 * @throws VraagbaakError('not-found', reason 'annotation-missing') for an unknown ref (nothing is deleted); 'archive-read-only'
 */
export async function deleteMany(deps: AnnotationBulkDeps, refs: readonly AnnotationRef[]): Promise<AnnotationBulkResult> {
  const { before } = await rewrite(deps, 'annotations-delete', groupRefs(deps.archive, refs), () => null);
  return { changed: before, before };
}

/**
 * Puts annotations back exactly as given (same id, timestamps, target, anchoring state): the undo
 * of a delete, an edit or a bulk change. One that exists is replaced in place and gets the revision
 * after the stored one; one that does not (a deleted one) is added at the end of its document's
 * list with its own revision. Theme ids that no longer exist are dropped.
 * @returns the annotations as stored (without dropped theme ids), in the order given
 * @throws VraagbaakError('not-found', { reason: 'document-missing', documentId }) when a
 *   document is not in the archive (checked before anything is written); 'invalid-input' when the
 *   same annotation is given twice; 'archive-read-only'
 */
export async function restoreAnnotations(deps: AnnotationBulkDeps, annotations: readonly Annotation[]): Promise<Annotation[]> {
  const { archive } = deps;
  const known = new Set(deps.tags.list().map((t) => t.id));
  const byDocument = new Map<string, Map<string, Annotation>>();
  for (const given of annotations) {
    if (archive.getSummary(given.documentId) === null) {
      throw new VraagbaakError('not-found', `The archive has no document "${given.documentId}" to put the annotation back on.`, {
        reason: 'document-missing',
        documentId: given.documentId,
      });
    }
    const list = byDocument.get(given.documentId) ?? new Map<string, Annotation>();
    if (list.has(given.id)) throw new VraagbaakError('invalid-input', `Annotation "${given.id}" is given twice.`, { annotationId: given.id });
    list.set(given.id, { ...given, tagIds: given.tagIds.filter((id) => known.has(id)) });
    byDocument.set(given.documentId, list);
  }
  const stored = new Map<string, Annotation>();
  await commitBatch(deps, 'annotations-restore', [...byDocument.keys()], (documentId, list) => {
    const wanted = byDocument.get(documentId) ?? new Map<string, Annotation>();
    const present = new Set(list.map((a) => a.id));
    // put back over a stored one: the content as given, the revision one past the stored one (so a
    // window holding the stored revision sees its next change refused instead of undoing the undo)
    const replaced = list.map((a) => {
      const given = wanted.get(a.id);
      if (!given) return a;
      const restored = { ...given, revision: Math.max(a.revision, given.revision) + 1 };
      stored.set(a.id, restored);
      return restored;
    });
    return [...replaced, ...[...wanted.values()].filter((a) => !present.has(a.id))];
  });
  return annotations.map((a) => stored.get(a.id) ?? byDocument.get(a.documentId)?.get(a.id) ?? a);
}
