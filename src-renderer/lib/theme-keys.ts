/**
 * Which theme each number key 1–9 toggles on the focused highlight: the first nine themes in the
 * order the theme tree shows them (depth first, siblings by name), so the keys stay put while
 * themes are added further down the tree.
 */
import { compareTagNames } from '../../src-main/core/model/tag-names.js';
import type { Tag } from '../../src-main/core/model/workspace.js';

/** Number keys 1–9: nine themes at most. */
export const THEME_KEY_COUNT = 9;

const byName = compareTagNames;

/**
 * `tags` in tree order: each root (no parent, or a parent that is not in `tags`) by name, followed
 * by its sub-themes in the same order, at any depth. A cycle in `parentId` cannot loop or drop a tag.
 */
export function themesInTreeOrder(tags: readonly Tag[]): Tag[] {
  const ids = new Set(tags.map((tag) => tag.id));
  const children = new Map<string | null, Tag[]>();
  for (const tag of tags) {
    const parent = tag.parentId !== null && ids.has(tag.parentId) ? tag.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), tag]);
  }
  const ordered: Tag[] = [];
  const seen = new Set<string>();
  const visit = (tag: Tag): void => {
    if (seen.has(tag.id)) return;
    seen.add(tag.id);
    ordered.push(tag);
    for (const child of [...(children.get(tag.id) ?? [])].sort(byName)) visit(child);
  };
  for (const root of [...(children.get(null) ?? [])].sort(byName)) visit(root);
  // tags caught in a parent cycle have no root above them: list them last
  for (const tag of [...tags].sort(byName)) visit(tag);
  return ordered;
}

/** The themes on keys 1–9, key 1 first. */
export function numberedThemes(tags: readonly Tag[]): Tag[] {
  return themesInTreeOrder(tags).slice(0, THEME_KEY_COUNT);
}

/**
 * The theme number (1–9) a key press asks for, by physical key so it works on every layout
 * (AZERTY's digits need Shift), top row or numeric keypad; null for any other key.
 */
export function themeNumberOf(event: KeyboardEvent): number | null {
  const match = /^(?:Digit|Numpad)([1-9])$/.exec(event.code);
  return match ? Number(match[1]) : null;
}
