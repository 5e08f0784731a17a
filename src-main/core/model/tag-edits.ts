/**
 * The pure semantics of theme (tag) merges and deletes: how a list of tag ids and the theme tree
 * change. The tag service applies them to annotations, document tags and the workspace.
 */
import type { Tag } from './workspace.js';

/**
 * `ids` with `sourceId` replaced by `targetId` (or dropped when `targetId` is null), keeping the
 * order and no repeats: a list carrying both keeps `targetId` once, at its first place.
 * @returns `ids` itself when it does not hold `sourceId` (so callers can skip unchanged lists)
 */
export function replaceTagId(ids: readonly string[], sourceId: string, targetId: string | null): readonly string[] {
  if (!ids.includes(sourceId)) return ids;
  const out: string[] = [];
  for (const id of ids) {
    const next = id === sourceId ? targetId : id;
    if (next !== null && !out.includes(next)) out.push(next);
  }
  return out;
}

/** True when `ancestorId` is `tagId` or lies above it in the tree (a parent cycle in bad data cannot loop). */
export function isAtOrBelow(tags: readonly Tag[], tagId: string, ancestorId: string): boolean {
  const byId = new Map(tags.map((t) => [t.id, t]));
  const seen = new Set<string>();
  for (let at: string | null = tagId; at !== null && !seen.has(at); at = byId.get(at)?.parentId ?? null) {
    if (at === ancestorId) return true;
    seen.add(at);
  }
  return false;
}

/**
 * The tree after merging `sourceId` into `targetId`: the source is gone, its children hang under
 * the target. When the target lay below the source, the target first takes the source's place
 * (its parent), so no cycle forms. Every other theme, and the target's id, name and colour, stay.
 * @param tags all themes; both ids must be in it and differ
 */
export function mergeInTree(tags: readonly Tag[], sourceId: string, targetId: string): Tag[] {
  const source = tags.find((t) => t.id === sourceId);
  if (!source) return [...tags];
  const targetBelow = isAtOrBelow(tags, targetId, sourceId);
  return tags
    .filter((t) => t.id !== sourceId)
    .map((t) => {
      if (t.id === targetId) return targetBelow ? { ...t, parentId: source.parentId } : t;
      return t.parentId === sourceId ? { ...t, parentId: targetId } : t;
    });
}

/** The tree after deleting `tagId`: its children move up to its parent (top level when it had none). */
export function removeFromTree(tags: readonly Tag[], tagId: string): Tag[] {
  const tag = tags.find((t) => t.id === tagId);
  if (!tag) return [...tags];
  return tags.filter((t) => t.id !== tagId).map((t) => (t.parentId === tagId ? { ...t, parentId: tag.parentId } : t));
}

// Theme lists changed by changes, not replaced whole: two windows that each add a theme to the same
// annotation or document both keep theirs (issue 11 item 4).

/** Themes to take off and to put on a list of tag ids. */
export interface TagChanges {
  addTagIds?: readonly string[];
  removeTagIds?: readonly string[];
}

/**
 * `ids` with `removeTagIds` taken off, then `addTagIds` put on at the end (an id in both lists ends
 * up on the list; no repeats; the order of the kept ids stays).
 * @returns `ids` itself when nothing changes (so callers can skip unchanged lists)
 */
export function applyTagChanges(ids: readonly string[], { addTagIds = [], removeTagIds = [] }: TagChanges): readonly string[] {
  const remove = new Set(removeTagIds);
  const kept = ids.filter((id) => !remove.has(id));
  const next = [...kept];
  for (const id of addTagIds) if (!next.includes(id)) next.push(id);
  return sameTagIds(ids, next) ? ids : next;
}

/** True when `a` and `b` hold the same ids in the same order. */
export function sameTagIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/**
 * The changes that turn `before` into `after` (for the UI, which edits a whole list): the ids of
 * `after` not in `before` are added, those of `before` not in `after` removed.
 */
export function tagChangesBetween(before: readonly string[], after: readonly string[]): { addTagIds: string[]; removeTagIds: string[] } {
  return { addTagIds: after.filter((id) => !before.includes(id)), removeTagIds: before.filter((id) => !after.includes(id)) };
}
