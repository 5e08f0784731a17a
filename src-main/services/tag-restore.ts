/**
 * `tags.restore`: the undo of a theme merge or delete (core/model/tag-restore.ts has the record
 * and the pure steps). Write order: workspace.json first (the theme back in the tree, document
 * themes and saved searches, in one atomic write), then the annotation files as one journaled step
 * (archive.updateAnnotationsMany). A crash in between leaves the theme in place with its
 * annotations still on the target; running the same restore again finishes it, because every step
 * leaves what is already restored unchanged.
 */
import { restoreInTree, restoreTagIds, type Tag, type TagRestore } from '../core/model/index.js';
import type { WorkspaceFile } from '../archive/index.js';
import { checkNameFree, findTag } from './tag-checks.js';
import type { ReplaceTagDeps } from './tag-replace.js';
import { documentsUsingTree } from './tag-usage.js';

/**
 * Puts back what a merge or delete recorded in `r`, with the same ids. Annotations and documents
 * deleted since are skipped; ones edited since keep their edit and get the theme back.
 * @returns the restored theme as it now is
 * @throws VraagbaakError('invalid-input', { reason: 'tag-name-taken', existingId, … }) when another
 *   theme took its name meanwhile (nothing is changed then); 'archive-read-only'
 */
export async function restoreTag({ archive, search }: ReplaceTagDeps, r: TagRestore): Promise<Tag> {
  const sourceId = r.tag.id;
  await archive.updateWorkspace((w): WorkspaceFile => {
    checkNameFree(w.tags, r.tag.name, sourceId);
    const documentTags = { ...w.documentTags };
    for (const { documentId, tagIds } of r.documents) {
      if (!archive.getSummary(documentId)) continue;
      documentTags[documentId] = [...restoreTagIds(documentTags[documentId] ?? [], tagIds, sourceId, r.targetId)];
    }
    const queries = new Map(r.savedSearches.map((s) => [s.id, s]));
    const savedSearches = w.savedSearches.map((s) => {
      const was = queries.get(s.id);
      return was && s.query === was.after ? { ...s, query: was.before } : s;
    });
    return { ...w, tags: restoreInTree(w.tags, r), documentTags, savedSearches };
  });
  const byDocument = new Map<string, Map<string, readonly string[]>>();
  for (const { documentId, id, tagIds } of r.annotations) {
    if (!archive.getSummary(documentId)) continue;
    const ids = byDocument.get(documentId) ?? new Map<string, readonly string[]>();
    byDocument.set(documentId, ids.set(id, tagIds));
  }
  const missing = [...byDocument].filter(([documentId, before]) => archive.listAnnotations(documentId).some((a) => before.has(a.id) && !a.tagIds.includes(sourceId)));
  await archive.updateAnnotationsMany(
    'tag-restore',
    missing.map(([documentId, before]) => ({
      documentId,
      recipe: (list) =>
        list.map((a) => {
          const was = before.get(a.id);
          const tagIds = was ? restoreTagIds(a.tagIds, was, sourceId, r.targetId) : a.tagIds;
          return tagIds === a.tagIds ? a : { ...a, tagIds: [...tagIds] };
        }),
    })),
  );
  const affected = documentsUsingTree(archive, sourceId);
  if (r.targetId !== null && archive.workspace.tags.some((t) => t.id === r.targetId)) {
    for (const id of documentsUsingTree(archive, r.targetId)) affected.add(id);
  }
  await search.refreshDocuments(affected);
  return findTag(archive.workspace.tags, sourceId);
}
