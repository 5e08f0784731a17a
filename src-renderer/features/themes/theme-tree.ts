/**
 * The theme tree as the manager shows it: siblings by name, the rows that are visible with their
 * ARIA level and position, and where keyboard nesting (Alt+→ / Alt+←) puts a theme. Pure; the
 * tree component renders `visibleRows`.
 */
import { compareTagNames } from '../../../src-main/core/model/tag-names.js';
import type { Tag } from '../../../src-main/core/model/workspace.js';

export interface ThemeRow {
  tag: Tag;
  /** 1 for a top-level theme (aria-level) */
  level: number;
  /** 1-based place among its siblings, and their number (aria-posinset, aria-setsize) */
  position: number;
  siblings: number;
  hasChildren: boolean;
  expanded: boolean;
}


/** The parent id as shown: a parent that does not exist counts as the top level. */
function shownParent(tags: readonly Tag[], tag: Tag): string | null {
  return tag.parentId !== null && tags.some((t) => t.id === tag.parentId) ? tag.parentId : null;
}

/** The themes directly under `parentId` (null: the top level), by name. */
export function childrenOf(tags: readonly Tag[], parentId: string | null): Tag[] {
  return tags.filter((t) => shownParent(tags, t) === parentId).sort(compareTagNames);
}

/**
 * The rows to show, depth first: a collapsed theme's sub-themes are hidden. A parent cycle in bad
 * data shows each theme once at most.
 */
export function visibleRows(tags: readonly Tag[], collapsed: ReadonlySet<string>): ThemeRow[] {
  const rows: ThemeRow[] = [];
  const seen = new Set<string>();
  const walk = (parentId: string | null, level: number): void => {
    const children = childrenOf(tags, parentId).filter((t) => !seen.has(t.id));
    children.forEach((tag, i) => {
      seen.add(tag.id);
      const hasChildren = tags.some((t) => t.parentId === tag.id);
      const expanded = hasChildren && !collapsed.has(tag.id);
      rows.push({ tag, level, position: i + 1, siblings: children.length, hasChildren, expanded });
      if (expanded) walk(tag.id, level + 1);
    });
  };
  walk(null, 1);
  return rows;
}

/** The theme shown just above `id` among its siblings (Alt+→ nests under it), or null. */
export function previousSibling(tags: readonly Tag[], id: string): Tag | null {
  const tag = tags.find((t) => t.id === id);
  if (!tag) return null;
  const siblings = childrenOf(tags, shownParent(tags, tag));
  const at = siblings.findIndex((t) => t.id === id);
  return at > 0 ? (siblings[at - 1] ?? null) : null;
}

/**
 * Where Alt+← puts `id`: its parent's parent (null: the top level), or undefined when it is
 * already at the top level.
 */
export function levelUp(tags: readonly Tag[], id: string): string | null | undefined {
  const tag = tags.find((t) => t.id === id);
  const parent = tag ? tags.find((t) => t.id === tag.parentId) : undefined;
  if (!parent) return undefined;
  return shownParent(tags, parent);
}

/** The DOM id of a theme's treeitem (the tree focuses rows by it). */
export function rowElementId(tagId: string): string {
  return `theme-row-${tagId}`;
}
