/**
 * API output shapes of themes (tags.*): error reasons, delete modes, usage counts and what a merge
 * or delete returns so it can be undone.
 */
import type { Tag, TagRestore } from '../../model/index.js';

/**
 * The `details.reason` of the errors of tags.* (services/tag-*.ts), each with the details named;
 * the renderer has a Dutch and an English text for each (src-renderer/lib/reasons.ts).
 */
export const TAG_REASONS = [
  'tag-missing', // { tagId } or { name }: no theme with that id or name (code 'not-found')
  'tag-name-empty', // {}: a name of only whitespace
  'tag-name-taken', // { name, existingId, existingName }: another theme has that name (offer a merge)
  'tag-color-invalid', // { color }: not #rrggbb
  'tag-parent-missing', // { parentId }: the chosen parent does not exist
  'tag-cycle', // { parentId }: the parent is the theme itself or one of its sub-themes
  'tag-merge-self', // { tagId }: a theme merged into itself
  'tag-no-parent', // { tagId, name }: delete with move-to-parent of a top-level theme
] as const;
export type TagReason = (typeof TAG_REASONS)[number];

/** How `tags.delete` treats the annotations and documents carrying the theme. */
export type TagDeleteMode = 'remove' | 'move-to-parent';

/**
 * The use of one theme (`tags.stats`). "Direct" counts carry the theme itself; the `…WithSubthemes`
 * counts carry it or any theme below it, each document or annotation counted once.
 */
export interface TagStats {
  tagId: string;
  /** documents tagged with the theme themselves or holding an annotation with it */
  documents: number;
  /** annotations carrying the theme */
  annotations: number;
  documentsWithSubthemes: number;
  annotationsWithSubthemes: number;
}

/**
 * What `tags.merge` and `tags.delete` return: the theme concerned afterwards (the merge target, or
 * the deleted theme as it was) and the record that `tags.restore` takes to undo the change.
 */
export interface TagChange {
  tag: Tag;
  undo: TagRestore;
}
