/**
 * Tags (themes): create, rename, recolour, describe, nest, merge and delete, and their use counts.
 * A theme's id never changes (not on rename, not as the target of a merge), so annotations and
 * documents keep pointing at it. Names follow the identity rule of core/model/tag-names.ts.
 * Checks: tag-checks.ts; archive-wide merge/delete: tag-replace.ts, their undo: tag-restore.ts;
 * counts: tag-usage.ts.
 */
import { randomUUID } from 'node:crypto';
import type { TagChange, TagDeleteMode, TagStats } from '../core/api/types.js';
import { mergeInTree, removeFromTree, TAG_COLORS, VraagbaakError, type Tag, type TagRestore } from '../core/model/index.js';
import type { Archive } from '../archive/index.js';
import type { SearchService } from './search-service.js';
import { checkColor, checkName, checkNameFree, checkParent, findTag, findTagByName, tagError } from './tag-checks.js';
import { renameInSavedSearches, replaceTag } from './tag-replace.js';
import { restoreTag } from './tag-restore.js';
import { documentsUsingTree, tagStats } from './tag-usage.js';

export interface TagServiceDeps {
  archive: Archive;
  search: SearchService;
  newId?: () => string;
}

export interface CreateTagInput {
  name: string;
  /** `#rrggbb`; defaults to the next colour of TAG_COLORS */
  color?: string;
  parentId?: string | null;
  description?: string;
}

export interface UpdateTagInput {
  id: string;
  name?: string;
  color?: string;
  parentId?: string | null;
  description?: string;
}

export interface TagService {
  /** All tags, in creation order. */
  list(): readonly Tag[];
  /** The tag named `name` under the identity rule (case, NFC/NFD and spacing ignored), or null. */
  findByName(name: string): Tag | null;
  /**
   * Creates a tag; when one with the same name exists (tagNameKey) that one is returned unchanged.
   * @throws VraagbaakError('invalid-input') for an empty name, a bad colour or an unknown parent
   *   (details.reason 'tag-name-empty', 'tag-color-invalid', 'tag-parent-missing')
   */
  create(input: CreateTagInput): Promise<Tag>;
  /** The tags named `names` (identity rule), creating the missing ones; in the order given. */
  ensure(names: readonly string[]): Promise<Tag[]>;
  /**
   * Renames, recolours, re-parents (null: top level) or re-describes a tag; its id stays. A
   * case-only rename of the same tag is allowed. Search re-indexes the documents using the tag
   * or a sub-theme when the name or parent changed; saved searches' `tag:` clauses naming the old
   * name name the new one.
   * @throws VraagbaakError('not-found', reason 'tag-missing'); 'invalid-input' with reason
   *   'tag-name-taken' ({ name, existingId, existingName }: offer a merge), 'tag-name-empty',
   *   'tag-color-invalid', 'tag-parent-missing' or 'tag-cycle'
   */
  update(input: UpdateTagInput): Promise<Tag>;
  /**
   * Merges `sourceId` into `targetId`: every annotation and document carrying the source carries
   * the target instead (once, when it had both), the source's sub-themes move under the target
   * (a target below the source first takes the source's place), the source is removed, and saved
   * searches' `tag:` clauses naming the source name the target.
   * @returns the target (id unchanged) and the record `restore` takes to undo the merge
   * @throws VraagbaakError('not-found', reason 'tag-missing'); 'invalid-input' reason 'tag-merge-self'
   */
  merge(sourceId: string, targetId: string): Promise<TagChange>;
  /**
   * Deletes a tag; its sub-themes move up to its parent. `remove` (default) takes it off every
   * annotation and document; `move-to-parent` puts its parent there instead (a merge into the parent).
   * @returns the deleted tag as it was and the record `restore` takes to undo the delete
   * @throws VraagbaakError('not-found', reason 'tag-missing'); 'invalid-input' reason
   *   'tag-no-parent' for move-to-parent of a top-level tag
   */
  delete(id: string, mode?: TagDeleteMode): Promise<TagChange>;
  /**
   * Undoes a merge or delete with the record it returned: the tag comes back with the same id,
   * fields, place and sub-themes, on the annotations and documents that carried it (tag-restore.ts).
   * Running it twice changes nothing the second time.
   * @returns the restored tag
   * @throws VraagbaakError('invalid-input', reason 'tag-name-taken') when another tag took its name
   */
  restore(undo: TagRestore): Promise<Tag>;
  /** The use of every tag (direct and with sub-themes), in the order of `list()`. */
  stats(): TagStats[];
  /**
   * Checks that every id names a tag.
   * @throws VraagbaakError('invalid-input') naming the unknown ids
   */
  assertTagIds(ids: readonly string[]): void;
}

/** Creates the tag service. */
export function createTagService({ archive, search, newId = randomUUID }: TagServiceDeps): TagService {
  const create = async (input: CreateTagInput): Promise<Tag> => {
    const name = checkName(input.name);
    const color = input.color === undefined ? undefined : checkColor(input.color);
    const out: { tag?: Tag } = {};
    await archive.updateWorkspace((w) => {
      const existing = findTagByName(w.tags, name);
      if (existing) {
        out.tag = existing;
        return w;
      }
      const tag: Tag = {
        id: newId(),
        name,
        color: color ?? TAG_COLORS[w.tags.length % TAG_COLORS.length] ?? TAG_COLORS[0],
        parentId: checkParent(w.tags, input.parentId ?? null, null),
        description: input.description ?? '',
      };
      out.tag = tag;
      return { ...w, tags: [...w.tags, tag] };
    });
    if (!out.tag) throw new VraagbaakError('internal', 'The tag was not created.');
    return out.tag;
  };

  const merge = async (sourceId: string, targetId: string): Promise<TagChange> => {
    findTag(archive.workspace.tags, sourceId);
    findTag(archive.workspace.tags, targetId);
    if (sourceId === targetId) throw tagError('invalid-input', 'tag-merge-self', 'A theme cannot be merged into itself.', { tagId: sourceId });
    const undo = await replaceTag({ archive, search }, sourceId, targetId, (tags) => mergeInTree(tags, sourceId, targetId));
    return { tag: findTag(archive.workspace.tags, targetId), undo };
  };

  return {
    list: () => archive.workspace.tags,
    findByName: (name) => findTagByName(archive.workspace.tags, name),
    create,
    async ensure(names) {
      const tags: Tag[] = [];
      for (const name of names) tags.push(await create({ name }));
      return tags;
    },
    async update(input) {
      const out: { tag?: Tag; renamed?: boolean } = {};
      await archive.updateWorkspace((w) => {
        const tag = findTag(w.tags, input.id);
        const name = input.name === undefined ? tag.name : checkName(input.name);
        checkNameFree(w.tags, name, tag.id);
        const next: Tag = {
          ...tag,
          name,
          color: input.color === undefined ? tag.color : checkColor(input.color),
          parentId: input.parentId === undefined ? tag.parentId : checkParent(w.tags, input.parentId, tag.id),
          description: input.description ?? tag.description,
        };
        out.renamed = next.name !== tag.name || next.parentId !== tag.parentId;
        out.tag = next;
        const savedSearches = renameInSavedSearches(w.savedSearches, tag.name, next.name);
        return { ...w, tags: w.tags.map((t) => (t.id === tag.id ? next : t)), savedSearches };
      });
      if (!out.tag) throw new VraagbaakError('internal', 'The tag was not updated.');
      if (out.renamed) await search.refreshDocuments(documentsUsingTree(archive, input.id));
      return out.tag;
    },
    merge,
    async delete(id, mode = 'remove') {
      const tag = findTag(archive.workspace.tags, id);
      if (mode === 'move-to-parent') {
        if (tag.parentId === null) {
          throw tagError('invalid-input', 'tag-no-parent', `The theme "${tag.name}" has no parent to move its annotations to.`, { tagId: id, name: tag.name });
        }
        return { tag, undo: (await merge(id, tag.parentId)).undo };
      }
      return { tag, undo: await replaceTag({ archive, search }, id, null, (tags) => removeFromTree(tags, id)) };
    },
    restore: (undo) => restoreTag({ archive, search }, undo),
    stats: () => tagStats(archive, archive.workspace.tags),
    assertTagIds(ids) {
      const known = new Set(archive.workspace.tags.map((t) => t.id));
      const unknown = ids.filter((id) => !known.has(id));
      if (unknown.length > 0) {
        throw new VraagbaakError('invalid-input', `Unknown tag id(s): ${unknown.join(', ')}.`, { tagIds: unknown });
      }
    },
  };
}
