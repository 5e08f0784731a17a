/**
 * Display values for facets and filters: distinct spellings, and a tag's name with its ancestors'.
 */
import type { Tag } from '../model/index.js';

/** Keeps the first spelling of each value, compared case-insensitively; empty values dropped. */
export function distinct(values: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const v of values) {
    const key = v.trim().toLocaleLowerCase('nl');
    if (key !== '' && !seen.has(key)) seen.set(key, v.trim());
  }
  return [...seen.values()];
}

/**
 * The names of the given tags and of their ancestors, as the analyst spelled them.
 * @param tags all tags; unknown ids are skipped, a parent cycle in bad data is cut
 */
export function tagDisplayNames(tagIds: Iterable<string>, tags: readonly Tag[]): string[] {
  const byId = new Map(tags.map((t) => [t.id, t]));
  const names: string[] = [];
  for (const id of tagIds) {
    const seen = new Set<string>();
    for (let tag = byId.get(id); tag && !seen.has(tag.id); tag = tag.parentId ? byId.get(tag.parentId) : undefined) {
      seen.add(tag.id);
      names.push(tag.name);
    }
  }
  return distinct(names);
}
