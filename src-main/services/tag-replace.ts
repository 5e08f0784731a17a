/**
 * Merging and deleting themes across the whole archive: every annotation and document tag list
 * carrying the theme gets its replacement (or loses it), the tree is edited, saved searches naming
 * the theme in `tag:` name its replacement, and search re-indexes the documents concerned so
 * `tag:` follows at once.
 *
 * Write order: the annotation files first, as one journaled step (archive.updateAnnotationsMany:
 * one durable journal instead of an fsync per file, replayed at open after a crash), then
 * workspace.json (tags and document tags) in one atomic write. A crash in between leaves the source
 * theme in place with its annotations already moved to the target (a theme that exists), and
 * running the same merge or delete again finishes it.
 * Each run returns a TagRestore record of what it changed; tag-restore.ts puts it back.
 */
import { replaceTagId, VraagbaakError, type SavedSearch, type Tag, type TagRestore } from '../core/model/index.js';
import { renameTagInQuery } from '../core/search/tag-query-rename.js';
import type { Archive, WorkspaceFile } from '../archive/index.js';
import type { SearchService } from './search-service.js';
import { findTag } from './tag-checks.js';
import { documentsUsingTree } from './tag-usage.js';

export interface ReplaceTagDeps {
  archive: Archive;
  search: SearchService;
}

/**
 * Replaces theme `sourceId` by `targetId` (null: removes it) on every annotation and document,
 * then writes the workspace with `editTree(tags)` as the new theme list.
 * @param editTree the tree edit (mergeInTree or removeFromTree), run on the current workspace
 * @returns what was changed, for `tags.restore` (tag-restore.ts) to undo it
 * @throws VraagbaakError('not-found', { reason: 'tag-missing' }) when either theme is gone by the
 *   time the workspace is written; 'archive-read-only'
 */
export async function replaceTag(
  { archive, search }: ReplaceTagDeps,
  sourceId: string,
  targetId: string | null,
  editTree: (tags: readonly Tag[]) => Tag[],
): Promise<TagRestore> {
  // the source's whole subtree: the ancestors of its sub-themes change too, and so do their names in the index
  const affected = documentsUsingTree(archive, sourceId);
  const annotations: TagRestore['annotations'] = [];
  const carrying = [...affected].filter((documentId) => archive.listAnnotations(documentId).some((a) => a.tagIds.includes(sourceId)));
  await archive.updateAnnotationsMany(
    targetId === null ? 'tag-delete' : 'tag-merge',
    carrying.map((documentId) => ({
      documentId,
      recipe: (list) =>
        list.map((a) => {
          const tagIds = replaceTagId(a.tagIds, sourceId, targetId);
          if (tagIds === a.tagIds) return a;
          annotations.push({ documentId, id: a.id, tagIds: a.tagIds });
          return { ...a, tagIds: [...tagIds] };
        }),
    })),
  );
  const out: { undo?: TagRestore } = {};
  await archive.updateWorkspace((w): WorkspaceFile => {
    const source = findTag(w.tags, sourceId);
    const target = targetId === null ? null : findTag(w.tags, targetId);
    const documentTags: Record<string, string[]> = {};
    const documents: TagRestore['documents'] = [];
    for (const [documentId, tagIds] of Object.entries(w.documentTags)) {
      const next = replaceTagId(tagIds, sourceId, targetId);
      if (next !== tagIds) documents.push({ documentId, tagIds });
      if (next.length > 0) documentTags[documentId] = next === tagIds ? tagIds : [...next];
    }
    const savedSearches = target ? renameInSavedSearches(w.savedSearches, source.name, target.name) : w.savedSearches;
    out.undo = {
      tag: source,
      position: w.tags.indexOf(source),
      targetId,
      targetParentId: target?.parentId ?? null,
      childIds: w.tags.filter((t) => t.parentId === sourceId).map((t) => t.id),
      annotations,
      documents,
      savedSearches: savedSearches.flatMap((s, i) => {
        const before = w.savedSearches[i];
        return before && s !== before ? [{ id: s.id, before: before.query, after: s.query }] : [];
      }),
    };
    return { ...w, tags: editTree(w.tags), documentTags, savedSearches };
  });
  await search.refreshDocuments(affected);
  if (!out.undo) throw new VraagbaakError('internal', 'The theme change was not recorded.');
  return out.undo;
}

/**
 * `searches` with their `tag:` clauses naming `oldName` naming `newName` (renameTagInQuery).
 * @returns `searches` itself when no query changed (and when the name did not change)
 */
export function renameInSavedSearches(searches: SavedSearch[], oldName: string, newName: string): SavedSearch[] {
  if (oldName === newName) return searches;
  let changed = false;
  const next = searches.map((s) => {
    const query = renameTagInQuery(s.query, oldName, newName);
    if (query === s.query) return s;
    changed = true;
    return { ...s, query };
  });
  return changed ? next : searches;
}
