/** The theme hierarchy: themes (tags) nest through `parentId`. */
import type { Tag } from './workspace.js';

/**
 * `tagId` and the ids of every tag below it, at any depth: what "tagged X" means when a parent
 * theme includes its sub-themes (search's `tag:`, a theme's briefing, its document count).
 * A `tagId` that is not in `tags` gives just itself; a cycle in `parentId` cannot loop.
 */
export function tagAndDescendants(tags: readonly Tag[], tagId: string): Set<string> {
  const ids = new Set([tagId]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const t of tags) {
      if (t.parentId !== null && ids.has(t.parentId) && !ids.has(t.id)) {
        ids.add(t.id);
        grew = true;
      }
    }
  }
  return ids;
}
