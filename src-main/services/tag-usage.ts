/**
 * Where themes are used, read from the catalog (each document's own tags and its annotations'
 * tags) and the annotation stores: the documents a theme change must re-index, and the counts of
 * the theme manager.
 */
import type { TagStats } from '../core/api/types.js';
import { tagAndDescendants, type Tag } from '../core/model/index.js';
import type { Archive } from '../archive/index.js';

/**
 * The documents that carry one of `tagIds` on themselves or on an annotation. These hold the
 * theme's name (and its ancestors' names) in the search index.
 */
export function documentsUsing(archive: Archive, tagIds: ReadonlySet<string>): Set<string> {
  const uses = (ids: readonly string[]) => ids.some((id) => tagIds.has(id));
  const documentIds = new Set<string>();
  for (const s of archive.listSummaries()) if (uses(s.tagIds) || uses(s.annotationTagIds)) documentIds.add(s.id);
  return documentIds;
}

/** The documents a change to `tagId` re-indexes: those using it or any theme below it. */
export function documentsUsingTree(archive: Archive, tagId: string): Set<string> {
  return documentsUsing(archive, tagAndDescendants(archive.workspace.tags, tagId));
}

/**
 * The use of every theme, in the order of `tags`: direct counts, and counts that include the
 * sub-themes (a document or annotation carrying several themes of the subtree counts once).
 */
export function tagStats(archive: Archive, tags: readonly Tag[]): TagStats[] {
  // per document: the set of theme ids it carries (own or annotation); per annotation: its ids
  const documentSets: Set<string>[] = [];
  const annotationSets: (readonly string[])[] = [];
  for (const s of archive.listSummaries()) {
    if (s.tagIds.length > 0 || s.annotationTagIds.length > 0) documentSets.push(new Set([...s.tagIds, ...s.annotationTagIds]));
    if (s.annotationTagIds.length === 0) continue;
    for (const a of archive.listAnnotations(s.id)) if (a.tagIds.length > 0) annotationSets.push(a.tagIds);
  }
  const countDirect = new Map<string, { documents: number; annotations: number }>(tags.map((t) => [t.id, { documents: 0, annotations: 0 }]));
  for (const set of documentSets) for (const id of set) { const c = countDirect.get(id); if (c) c.documents++; }
  for (const ids of annotationSets) for (const id of new Set(ids)) { const c = countDirect.get(id); if (c) c.annotations++; }
  return tags.map((t) => {
    const tree = tagAndDescendants(tags, t.id);
    const direct = countDirect.get(t.id) ?? { documents: 0, annotations: 0 };
    const single = tree.size === 1;
    return {
      tagId: t.id,
      documents: direct.documents,
      annotations: direct.annotations,
      documentsWithSubthemes: single ? direct.documents : documentSets.filter((set) => [...tree].some((id) => set.has(id))).length,
      annotationsWithSubthemes: single ? direct.annotations : annotationSets.filter((ids) => ids.some((id) => tree.has(id))).length,
    };
  });
}
