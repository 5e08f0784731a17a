/**
 * The checks of the tag service, each failing with a VraagbaakError whose `details.reason` is one
 * of TAG_REASONS (core/api/types.ts), so the renderer can explain it in Dutch or English.
 */
import type { TagReason } from '../core/api/types.js';
import { cleanTagName, isAtOrBelow, tagNameKey, VraagbaakError, type ErrorCode, type Tag } from '../core/model/index.js';

const COLOR = /^#[0-9a-fA-F]{6}$/;

/** A tag error: `code`, the English sentence (CLI, fallback), `details.reason` and its params. */
export function tagError(code: ErrorCode, reason: TagReason, message: string, details: Record<string, unknown> = {}): VraagbaakError {
  return new VraagbaakError(code, message, { ...details, reason });
}

/**
 * The tag with `id`.
 * @throws VraagbaakError('not-found', { reason: 'tag-missing', tagId })
 */
export function findTag(tags: readonly Tag[], id: string): Tag {
  const tag = tags.find((t) => t.id === id);
  if (!tag) throw tagError('not-found', 'tag-missing', `There is no theme with id "${id}".`, { tagId: id });
  return tag;
}

/**
 * The tag named `name` under the identity rule (tagNameKey), or null.
 */
export function findTagByName(tags: readonly Tag[], name: string): Tag | null {
  const key = tagNameKey(name);
  return tags.find((t) => tagNameKey(t.name) === key) ?? null;
}

/**
 * `color` in lower case.
 * @throws VraagbaakError('invalid-input', { reason: 'tag-color-invalid', color }) unless it is #rrggbb
 */
export function checkColor(color: string): string {
  if (!COLOR.test(color)) throw tagError('invalid-input', 'tag-color-invalid', `A theme colour must look like #1d4ed8, not "${color}".`, { color });
  return color.toLowerCase();
}

/**
 * The name as stored (cleanTagName).
 * @throws VraagbaakError('invalid-input', { reason: 'tag-name-empty' }) for a name of only whitespace
 */
export function checkName(name: string): string {
  const clean = cleanTagName(name);
  if (clean === '') throw tagError('invalid-input', 'tag-name-empty', 'A theme name may not be empty.');
  return clean;
}

/**
 * Checks that no theme other than `selfId` has `name` (after the identity rule), so a case-only
 * rename of the theme itself passes.
 * @throws VraagbaakError('invalid-input', { reason: 'tag-name-taken', name, existingId, existingName })
 */
export function checkNameFree(tags: readonly Tag[], name: string, selfId: string | null): void {
  const existing = findTagByName(tags, name);
  if (existing && existing.id !== selfId) {
    throw tagError('invalid-input', 'tag-name-taken', `Another theme is already called "${existing.name}"; merge the two instead.`, {
      name,
      existingId: existing.id,
      existingName: existing.name,
    });
  }
}

/**
 * Checks that `parentId` (null: top level) exists and is neither `selfId` nor below it.
 * @throws VraagbaakError('invalid-input') with reason 'tag-parent-missing' or 'tag-cycle', and { parentId }
 */
export function checkParent(tags: readonly Tag[], parentId: string | null, selfId: string | null): string | null {
  if (parentId === null) return null;
  if (!tags.some((t) => t.id === parentId)) {
    throw tagError('invalid-input', 'tag-parent-missing', `The parent theme "${parentId}" does not exist.`, { parentId });
  }
  if (selfId !== null && isAtOrBelow(tags, parentId, selfId)) {
    throw tagError('invalid-input', 'tag-cycle', 'A theme cannot be placed under itself or one of its sub-themes.', { parentId, tagId: selfId });
  }
  return parentId;
}
