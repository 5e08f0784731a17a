/**
 * The undo of a theme merge or delete, as data: what the change removed (the theme with its id,
 * name, colour, description, parent and place in the list; where its sub-themes hung; which
 * annotations, documents and saved searches carried it and what they held before) and the pure
 * functions that put it back. The tag service records it while merging or deleting and applies
 * it in `tags.restore`; the renderer keeps it in its undo history.
 */
import { z } from 'zod';
import { isAtOrBelow, replaceTagId } from './tag-edits.js';
import { Tag } from './workspace.js';

/** More annotations than an analyst codes in years; keeps one restore call bounded. */
export const MAX_RESTORE_USES = 500_000;

const TagIds = z.array(z.string().max(200)).max(1000);

export const TagRestore = z.object({
  /** the removed theme as it was */
  tag: Tag,
  /** its index in the theme list (creation order) */
  position: z.number().int().min(0),
  /** the theme that took its place on annotations and documents (merge target or parent), null when it was removed */
  targetId: z.string().nullable(),
  /** the target's parent before the change (a target below the source took the source's place) */
  targetParentId: z.string().nullable(),
  /** the themes that were its direct sub-themes */
  childIds: z.array(z.string()).max(10_000),
  /**
   * every annotation that carried it, with its theme ids before the change; it already carried
   * the target when `tagIds` holds `targetId`
   */
  annotations: z.array(z.object({ documentId: z.string(), id: z.string(), tagIds: TagIds })).max(MAX_RESTORE_USES),
  /** every document whose own themes held it, with those ids before the change */
  documents: z.array(z.object({ documentId: z.string(), tagIds: TagIds })).max(MAX_RESTORE_USES),
  /** saved searches whose `tag:` clause the change renamed: the query before and after */
  savedSearches: z.array(z.object({ id: z.string(), before: z.string(), after: z.string() })).max(10_000),
});
export type TagRestore = z.infer<typeof TagRestore>;

/**
 * One annotation's or document's theme ids with the removed theme `sourceId` back.
 * When the list is still what the change made of `before`, it becomes `before` exactly (order
 * included); when it was edited since, the source goes back in the target's place (if the list
 * did not carry the target before) or at its old index, and the edit is kept.
 * @returns `ids` itself when it already holds `sourceId` (so a second restore changes nothing)
 */
export function restoreTagIds(ids: readonly string[], before: readonly string[], sourceId: string, targetId: string | null): readonly string[] {
  if (ids.includes(sourceId)) return ids;
  const changed = replaceTagId(before, sourceId, targetId);
  if (changed.length === ids.length && changed.every((id, i) => id === ids[i])) return [...before];
  const out = [...ids];
  const hadTarget = targetId !== null && before.includes(targetId);
  const at = targetId !== null && !hadTarget ? out.indexOf(targetId) : -1;
  if (at >= 0) out[at] = sourceId;
  else out.splice(Math.min(Math.max(before.indexOf(sourceId), 0), out.length), 0, sourceId);
  return out;
}

/**
 * The theme tree with the removed theme back at its place, its former sub-themes under it again
 * and the target under its former parent. Parents that no longer exist become the top level, and
 * a parent that would now form a cycle is dropped the same way. A tree that already holds the
 * theme (a second restore) only gets the sub-themes and the target put back.
 */
export function restoreInTree(tags: readonly Tag[], r: TagRestore): Tag[] {
  const ids = new Set(tags.map((t) => t.id));
  const known = (id: string | null): string | null => (id !== null && (ids.has(id) || id === r.tag.id) ? id : null);
  const children = new Set(r.childIds);
  let out = tags.map((t) => {
    if (children.has(t.id)) return { ...t, parentId: r.tag.id };
    if (t.id === r.targetId) return { ...t, parentId: known(r.targetParentId) };
    return t;
  });
  if (!ids.has(r.tag.id)) {
    out.splice(Math.min(r.position, out.length), 0, { ...r.tag, parentId: known(r.tag.parentId) });
  }
  // a parent moved below one of these since the change: hang that one at the top instead of looping
  for (const id of [r.tag.id, ...r.childIds, ...(r.targetId ? [r.targetId] : [])]) {
    const tag = out.find((t) => t.id === id);
    if (tag?.parentId && isAtOrBelow(out, tag.parentId, tag.id)) out = out.map((t) => (t.id === id ? { ...t, parentId: null } : t));
  }
  return out;
}
