/**
 * Restoring a deleted document whose id is live again (imported anew while the old copy was in the
 * trash, e.g. by an older version of Vraagbaak): the live document stays, and what the analyst made
 * on the deleted copy joins it — its annotations re-anchored onto the live text (moved or lost
 * passages marked for review, as on a re-import), its document themes that still exist, and its
 * original kept in originals/ (as a replace keeps the old original). Then the trash folder goes.
 *
 * Crash safety: the folder is removed last. A crash before that leaves the entry in the trash with
 * the live document beside it (trash-recovery.ts leaves both); restoring it again adds only the
 * annotations not yet there (by id, and by the same part, position, quote and note), so nothing doubles.
 */
import { readFile, rename } from 'node:fs/promises';
import { reanchorAnnotations, type ReanchorCounts } from '../core/anchoring/index.js';
import { hasSameTarget, type Annotation, type DocumentSummary } from '../core/model/index.js';
import { documentPath } from './archive-layout.js';
import type { ArchiveParts } from './archive-parts.js';
import { fsyncDirectory } from './durable-write.js';
import { exists } from './helpers.js';
import { parseArchiveFile } from './parse-archive-file.js';
import { readDocumentFile } from './read-document-file.js';
import { AnnotationsFile } from './schemas.js';
import { removeTrashFolder, trashedFiles } from './trash-moves.js';
import type { TrashEntry } from './trash.js';
import { dirname } from 'node:path';

/** What merging one trash entry into its live document did. */
export interface MergeOutcome {
  /** the live document's catalog entry afterwards */
  summary: DocumentSummary;
  /** the deleted copy's annotations that joined, by anchor state on the live text */
  counts: ReanchorCounts;
}

/**
 * The annotations saved in trash entry `entry` ([] when it had none).
 * @throws VraagbaakError('archive-corrupt') when the file cannot be trusted; file-system errors
 */
export async function trashedAnnotations(parts: ArchiveParts, entry: TrashEntry): Promise<Annotation[]> {
  const pair = trashedFiles(parts.dir, entry.folder, entry.manifest).annotations;
  if (!pair || !(await exists(pair[1]))) return [];
  return parseArchiveFile(new Uint8Array(await readFile(pair[1])), 'annotations', AnnotationsFile, pair[1]).data.annotations;
}

/**
 * Merges trash entry `entry` into the live document of the same id (see the module comment).
 * @returns the live catalog entry and the counts of the annotations that joined
 * @throws VraagbaakError('not-found') when the document is not live; 'archive-corrupt' when the
 *   trashed annotation file or the live document cannot be read (nothing changes then);
 *   file-system errors (the entry then stays in the trash, whole or merged in part, and can be restored again)
 */
export async function mergeIntoLive(parts: ArchiveParts, entry: TrashEntry): Promise<MergeOutcome> {
  const { dir, catalog, workspace, annotations, trash } = parts;
  const { folder, manifest } = entry;
  const id = manifest.documentId;
  const files = trashedFiles(dir, folder, manifest);
  const saved = await trashedAnnotations(parts, entry);
  const live = await readDocumentFile(documentPath(dir, id), id);
  if (files.original && !(await exists(files.original[0])) && (await exists(files.original[1]))) {
    await rename(files.original[1], files.original[0]);
    await fsyncDirectory(dirname(files.original[0]));
  }
  const known = new Set(workspace.data.tags.map((t) => t.id));
  let counts: ReanchorCounts = { anchored: 0, relocated: 0, orphaned: 0 };
  if (saved.length > 0) {
    await annotations.update(id, (current) => {
      const ids = new Set(current.map((a) => a.id));
      const result = reanchorAnnotations(
        saved.filter((a) => !ids.has(a.id)).map((a) => ({ ...a, tagIds: a.tagIds.filter((t) => known.has(t)) })),
        live,
      );
      // an annotation already there by id, or with the same place and note, is not added twice;
      // one with another note stays (a merge must not drop what the analyst wrote)
      const joining = result.annotations.filter((a) => !current.some((c) => hasSameTarget(c.target, a.target) && c.note === a.note));
      counts = { anchored: 0, relocated: 0, orphaned: 0 };
      for (const a of joining) counts[a.anchorState ?? 'anchored']++;
      return joining.length === 0 ? (current as Annotation[]) : [...current, ...joining];
    });
  }
  const liveThemes = workspace.data.documentTags[id] ?? [];
  const themes = [...new Set([...liveThemes, ...manifest.summary.tagIds.filter((t) => known.has(t))])];
  if (themes.length > liveThemes.length) {
    await workspace.update((w) => ({ ...w, documentTags: { ...w.documentTags, [id]: themes } }));
  }
  // committed once the folder is gone; until then a restore may run again (and adds nothing twice)
  await removeTrashFolder(dir, folder);
  trash.remove(folder);
  return { summary: catalog.get(id) ?? manifest.summary, counts };
}
