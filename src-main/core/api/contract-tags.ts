/**
 * The API contract's entries for themes (tags): list, create, change, delete, merge, restore, counts.
 */
import { z } from 'zod';
import { TagRestore, type Tag } from '../model/index.js';
import type { TagChange, TagStats } from './types.js';
import { entry, Id, TagName } from './contract-base.js';

/** The tags entries of the API contract. */
export const tagsEntries = {
  'tags.list': entry<Tag[]>()(z.object({})),
  'tags.create': entry<Tag>()(
    z.object({ name: TagName, color: z.string().max(20).optional(), parentId: Id.nullable().optional() }),
  ),
  'tags.update': entry<Tag>()(
    z.object({
      id: Id,
      name: TagName.optional(),
      color: z.string().max(20).optional(),
      parentId: Id.nullable().optional(),
      description: z.string().max(2000).optional(),
    }),
  ),
  /**
   * deletes a theme; its sub-themes move up to its parent. mode 'remove' takes it off every
   * annotation and document, 'move-to-parent' puts its parent there instead (reason 'tag-no-parent'
   * for a top-level theme); `undo` is what tags.restore takes to undo it
   */
  'tags.delete': entry<TagChange>()(z.object({ id: Id, mode: z.enum(['remove', 'move-to-parent']).default('remove') })),
  /**
   * merges theme `sourceId` into `targetId` (whose id stays): annotations and documents carrying
   * the source carry the target (once), the source's sub-themes move under the target, the source goes;
   * `undo` is what tags.restore takes to undo it
   */
  'tags.merge': entry<TagChange>()(z.object({ sourceId: Id, targetId: Id })),
  /**
   * undoes a merge or delete with the `undo` record it returned: the theme comes back with its id,
   * fields, place and sub-themes, on the same annotations and documents as before (reason
   * 'tag-name-taken' when another theme took its name meanwhile); a second restore changes nothing
   */
  'tags.restore': entry<Tag>()(z.object({ undo: TagRestore })),
  /** per theme: documents and annotations carrying it directly, and with its sub-themes */
  'tags.stats': entry<TagStats[]>()(z.object({})),
} as const;
