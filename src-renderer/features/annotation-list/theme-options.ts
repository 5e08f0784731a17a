/**
 * The themes as a flat list in tree order (each parent followed by its sub-themes, names sorted),
 * with each theme's depth, for a `<select>` that shows the tree by indentation.
 */
import { compareTagNames } from '../../../src-main/core/model/tag-names.js';
import type { Tag } from '../../../src-main/core/model/workspace.js';

export interface ThemeOption {
  tag: Tag;
  /** 0 for a top-level theme */
  depth: number;
}

/**
 * `tags` in tree order. A theme whose parent is unknown counts as top-level; a cycle (which the
 * archive refuses, but a stale list could show) is cut where it closes.
 */
export function themeOptions(tags: readonly Tag[]): ThemeOption[] {
  const ids = new Set(tags.map((t) => t.id));
  const children = new Map<string | null, Tag[]>();
  for (const tag of tags) {
    const parent = tag.parentId !== null && ids.has(tag.parentId) ? tag.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), tag]);
  }
  for (const list of children.values()) list.sort(compareTagNames);
  const out: ThemeOption[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number): void => {
    for (const tag of children.get(parent) ?? []) {
      if (seen.has(tag.id)) continue;
      seen.add(tag.id);
      out.push({ tag, depth });
      walk(tag.id, depth + 1);
    }
  };
  walk(null, 0);
  // themes on a cycle are reached from nowhere: each shows at the top, its sub-themes under it
  for (const tag of [...tags].sort(compareTagNames)) {
    if (seen.has(tag.id)) continue;
    seen.add(tag.id);
    out.push({ tag, depth: 0 });
    walk(tag.id, 1);
  }
  return out;
}

/** The option text: the name indented by two no-break spaces per level (a `<select>` shows no padding). */
export function themeOptionLabel(option: ThemeOption): string {
  return `${'\u00a0\u00a0'.repeat(option.depth)}${option.tag.name}`;
}
