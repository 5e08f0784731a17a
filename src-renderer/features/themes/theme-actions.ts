/**
 * The theme manager's changes, each recorded in the window's undo history with how to take it
 * back and do it again through the same API: edits by `tags.update` with the old and new fields,
 * merge and delete by `tags.restore` with the record they returned, create by delete and restore
 * (so a redo brings back the same id).
 */
import type { ApiError, Result } from '../../../src-main/core/api/result.js';
import type { TagChange, TagDeleteMode } from '../../../src-main/core/api/types.js';
import type { TagRestore } from '../../../src-main/core/model/tag-restore.js';
import type { Tag } from '../../../src-main/core/model/workspace.js';
import type { MessageKey } from '../../lib/i18n.js';
import { t } from '../../lib/locale.svelte.js';
import type { TagsState } from '../../state/tags.svelte.js';
import type { UndoState } from '../../state/undo.svelte.js';

/** The fields of a theme the manager edits in place. */
export type ThemeEdit = Partial<Pick<Tag, 'name' | 'color' | 'description' | 'parentId'>>;

export interface ThemeActions {
  /** @returns the theme and whether it is new (an existing one of that name is only returned), or null */
  create(name: string, parentId: string | null): Promise<{ tag: Tag; isNew: boolean } | null>;
  /** @returns the API result; a failed 'tag-name-taken' is not reported (offer a merge) */
  edit(tag: Tag, patch: ThemeEdit, label: MessageKey): Promise<Result<Tag>>;
  merge(sourceId: string, targetId: string): Promise<TagChange | null>;
  remove(id: string, mode: TagDeleteMode): Promise<TagChange | null>;
}

/** The old values of the fields `patch` changes. */
function previous(tag: Tag, patch: ThemeEdit): ThemeEdit {
  return Object.fromEntries(Object.keys(patch).map((key) => [key, tag[key as keyof ThemeEdit]]));
}

/** Undo and redo of a change that a restore record takes back; `again` repeats it and gives the new record. */
function restorable(tags: TagsState, first: TagRestore, again: () => Promise<TagChange | null>) {
  let record = first;
  return {
    undo: async () => (await tags.restore(record)) !== null,
    redo: async () => {
      const change = await again();
      if (change) record = change.undo;
      return change !== null;
    },
  };
}

/** The manager's actions on `tags`, recorded in `undo`. */
export function themeActions(tags: TagsState, undo: UndoState): ThemeActions {
  const record = (label: MessageKey, steps: { undo: () => Promise<boolean>; redo: () => Promise<boolean> }): void =>
    undo.record({ label: () => t(label), ...steps });
  const updated = async (id: string, patch: ThemeEdit): Promise<boolean> => (await tags.update({ id, ...patch })).ok;
  return {
    async create(name, parentId) {
      const created = await tags.create(name, parentId);
      if (!created?.isNew) return created;
      const id = created.tag.id;
      let restore: TagRestore | null = null;
      record('themes.change.create', {
        undo: async () => {
          restore = (await tags.delete(id, 'remove'))?.undo ?? null;
          return restore !== null;
        },
        redo: async () => restore !== null && (await tags.restore(restore)) !== null,
      });
      return created;
    },
    async edit(tag, patch, label) {
      const before = previous(tag, patch);
      const result = await tags.update({ id: tag.id, ...patch });
      if (result.ok) record(label, { undo: () => updated(tag.id, before), redo: () => updated(tag.id, patch) });
      return result;
    },
    async merge(sourceId, targetId) {
      const change = await tags.merge(sourceId, targetId);
      if (change) record('themes.change.merge', restorable(tags, change.undo, () => tags.merge(sourceId, targetId)));
      return change;
    },
    async remove(id, mode) {
      const change = await tags.delete(id, mode);
      if (change) record('themes.change.delete', restorable(tags, change.undo, () => tags.delete(id, mode)));
      return change;
    },
  };
}

/** The existing theme a failed rename collided with (reason 'tag-name-taken'), or null. */
export function takenBy(error: ApiError): { id: string; name: string } | null {
  const { reason, existingId, existingName } = error.details;
  return reason === 'tag-name-taken' && typeof existingId === 'string' && typeof existingName === 'string' ? { id: existingId, name: existingName } : null;
}
