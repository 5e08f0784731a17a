/**
 * Moves one document into the trash, back out of it, or out of the archive for good. Each move is
 * ordered so that a crash at any point leaves the document either live or in the trash, never both
 * and never lost: the manifest is written first, the original and the annotation file move next,
 * and the document file moves last — its place is the commit point. What a crash leaves half done
 * is finished or rolled back at open (trash-recovery.ts). The caller runs one move at a time.
 */
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { VraagbaakError, type DocumentSummary } from '../core/model/index.js';
import { annotationsPath, documentPath, originalPath } from './archive-layout.js';
import type { ArchiveParts } from './archive-parts.js';
import { fsyncDirectory } from './durable-write.js';
import { safeExtension } from './file-names.js';
import { exists } from './helpers.js';
import { annotationTagIdsOf } from './summarize.js';
import {
  PURGING_PREFIX,
  TRASH,
  TRASHED_ANNOTATIONS,
  TRASHED_DOCUMENT,
  newTrashFolderName,
  trashPath,
  writeManifest,
  type TrashEntry,
  type TrashManifest,
} from './trash.js';

/** The steps of a delete, in order; crash tests stop after one of them. */
export type DeleteStep = 'manifest' | 'original' | 'annotations' | 'document' | 'themes';
/** The steps of a restore, in order; crash tests stop after one of them. */
export type RestoreStep = 'original' | 'annotations' | 'document' | 'themes';

/** Renames `from` to `to` and flushes both folders' entries. */
async function moveDurably(from: string, to: string): Promise<void> {
  await rename(from, to);
  await fsyncDirectory(dirname(to));
  if (dirname(from) !== dirname(to)) await fsyncDirectory(dirname(from));
}

/** Where each file of a trashed document lives: [live path, path in its trash folder]. */
export interface TrashedFiles {
  /** null when the document had no original */
  original: [string, string] | null;
  /** null when the document had no annotation file */
  annotations: [string, string] | null;
  document: [string, string];
}

/** The files of the document of `manifest` in trash folder `folder` of archive `dir`. */
export function trashedFiles(dir: string, folder: string, manifest: TrashManifest): TrashedFiles {
  const id = manifest.documentId;
  const { sha256, fileName } = manifest.summary.source;
  const original: [string, string] | null = manifest.original ? [originalPath(dir, sha256, safeExtension(fileName)), trashPath(dir, folder, manifest.original)] : null;
  const annotations: [string, string] | null = manifest.hadAnnotations ? [annotationsPath(dir, id), trashPath(dir, folder, TRASHED_ANNOTATIONS)] : null;
  return { original, annotations, document: [documentPath(dir, id), trashPath(dir, folder, TRASHED_DOCUMENT)] };
}

/**
 * Moves document `summary.id` into a new trash folder: manifest, original, annotations, then the
 * document file (the commit), then its themes leave the workspace and its entry the catalog.
 * Before the commit a failure puts back what moved and removes the folder.
 * @param stopAfter for crash tests: return right after this step, as if the process died there
 * @returns the new trash entry
 * @throws VraagbaakError('not-found') when the document is not in the archive; file-system errors
 */
export async function moveToTrash(parts: ArchiveParts, summary: DocumentSummary, stopAfter?: DeleteStep): Promise<TrashEntry> {
  const { dir, catalog, workspace, annotations, trash } = parts;
  const id = summary.id;
  await annotations.withdraw(id);
  const folder = newTrashFolderName(id);
  const extension = safeExtension(summary.source.fileName);
  const liveOriginal = originalPath(dir, summary.source.sha256, extension);
  const hasOriginal = await exists(liveOriginal);
  const manifest: TrashManifest = {
    schemaVersion: 1,
    documentId: id,
    deletedAt: parts.clock().toISOString(),
    summary: { ...summary, tagIds: [...(workspace.data.documentTags[id] ?? summary.tagIds)] },
    original: hasOriginal ? `original.${extension}` : null,
    hadAnnotations: await exists(annotationsPath(dir, id)),
  };
  const files = trashedFiles(dir, folder, manifest);
  const moved: [string, string][] = [];
  try {
    await mkdir(trashPath(dir, folder), { recursive: true });
    await writeManifest(dir, folder, manifest);
    await fsyncDirectory(join(dir, TRASH));
    if (stopAfter === 'manifest') return { folder, manifest };
    for (const [step, pair] of [['original', files.original], ['annotations', files.annotations]] as const) {
      if (pair) {
        await moveDurably(pair[0], pair[1]);
        moved.push(pair);
      }
      if (stopAfter === step) return { folder, manifest };
    }
    await moveDurably(files.document[0], files.document[1]);
  } catch (e) {
    for (const [live, trashed] of moved.reverse()) await rename(trashed, live).catch(() => {});
    await rm(trashPath(dir, folder), { recursive: true, force: true }).catch(() => {});
    await annotations.readmit(id).catch(() => {});
    throw e;
  }
  // committed: the document is in the trash; what follows is repaired at open if it fails
  const entry = { folder, manifest };
  trash.add(entry);
  if (stopAfter === 'document') return entry;
  if (workspace.data.documentTags[id]) {
    await workspace.update((w) => {
      const documentTags = { ...w.documentTags };
      delete documentTags[id];
      return { ...w, documentTags };
    });
  }
  if (stopAfter === 'themes') return entry;
  catalog.remove(new Set([id]));
  // the id is free again: a new import of it must be able to have annotations (its file is in the
  // trash now, so nothing is read; changes to the deleted document still refuse, it has no catalog entry)
  await annotations.readmit(id);
  return entry;
}

/**
 * Checks that `entry` can be moved back as it is: its id, source and files are not live again (a
 * live id is merged instead, trash-merge.ts). The error says what to do; the entry stays in the trash.
 * @throws VraagbaakError('invalid-input', { reason: 'document-live', documentId, holderId? })
 */
export async function assertRestorable(parts: ArchiveParts, entry: TrashEntry): Promise<void> {
  const { documentId, summary } = entry.manifest;
  const live = parts.catalog.get(documentId) ?? parts.catalog.findBySha256(summary.source.sha256);
  if (live) {
    throw new VraagbaakError(
      'invalid-input',
      `The deleted document "${documentId}" cannot be restored while document "${live.id}" holds the same source file; it stays in recently deleted with its annotations. Delete "${live.id}" first, then restore "${documentId}".`,
      { reason: 'document-live', documentId, holderId: live.id },
    );
  }
  if ((await exists(documentPath(parts.dir, documentId))) || (await exists(annotationsPath(parts.dir, documentId)))) {
    throw new VraagbaakError(
      'invalid-input',
      `The deleted document "${documentId}" cannot be restored: files of a document with that id are in the archive folder without a catalog entry; it stays in recently deleted with its annotations. Close and reopen the archive to repair it, then restore again.`,
      { reason: 'document-live', documentId },
    );
  }
}

/**
 * Moves a trash entry back: original, annotations, then the document file (the commit), then its
 * themes (those that still exist) and its catalog entry; the emptied folder goes last.
 * @param stopAfter for crash tests: return right after this step, as if the process died there
 * @returns the document's catalog entry
 * @throws VraagbaakError('invalid-input', { reason: 'document-live' }) (see assertRestorable); file-system errors
 */
export async function restoreFromTrash(parts: ArchiveParts, entry: TrashEntry, stopAfter?: RestoreStep): Promise<DocumentSummary> {
  const { dir, catalog, workspace, annotations, trash } = parts;
  const { folder, manifest } = entry;
  const id = manifest.documentId;
  await assertRestorable(parts, entry);
  const files = trashedFiles(dir, folder, manifest);
  const moved: [string, string][] = [];
  await annotations.withdraw(id);
  try {
    for (const [step, pair] of [['original', files.original], ['annotations', files.annotations]] as const) {
      // the same original may be live again (its bytes are the same): the trash copy then just goes
      if (pair && !(step === 'original' && (await exists(pair[0])))) {
        await moveDurably(pair[1], pair[0]);
        moved.push(pair);
      }
      if (stopAfter === step) return manifest.summary;
    }
    await moveDurably(files.document[1], files.document[0]);
  } catch (e) {
    for (const [live, trashed] of moved.reverse()) await rename(live, trashed).catch(() => {});
    throw e;
  }
  // committed: the document is live; a crash from here on is finished at open
  trash.remove(folder);
  const known = new Set(workspace.data.tags.map((t) => t.id));
  const tagIds = manifest.summary.tagIds.filter((t) => known.has(t));
  if (stopAfter === 'document') return manifest.summary;
  if (tagIds.length > 0) await workspace.update((w) => ({ ...w, documentTags: { ...w.documentTags, [id]: tagIds } }));
  if (stopAfter === 'themes') return manifest.summary;
  await annotations.readmit(id);
  const list = annotations.list(id);
  catalog.append({ ...manifest.summary, tagIds, annotationCount: list.length, annotationTagIds: annotationTagIdsOf(list) });
  // themes deleted (or merged away) while the document was in the trash come off its annotations
  if (list.some((a) => a.tagIds.some((t) => !known.has(t)))) {
    await annotations.update(id, (current) => current.map((a) => (a.tagIds.every((t) => known.has(t)) ? a : { ...a, tagIds: a.tagIds.filter((t) => known.has(t)) })));
  }
  await removeTrashFolder(dir, folder);
  return catalog.get(id) ?? manifest.summary;
}

/**
 * Removes trash folders for good: each is first renamed to `.purging-<name>` (the commit: it no
 * longer counts as a deleted document), then deleted with its document, annotations and original.
 * @throws file-system errors
 */
export async function purgeTrash(parts: ArchiveParts, entries: readonly TrashEntry[]): Promise<void> {
  for (const entry of entries) {
    await removeTrashFolder(parts.dir, entry.folder);
    parts.trash.remove(entry.folder);
  }
}

/** Renames trash/<folder> to its purging name, flushes that, then deletes it. */
export async function removeTrashFolder(dir: string, folder: string): Promise<void> {
  const purging = trashPath(dir, PURGING_PREFIX + folder);
  await moveDurably(trashPath(dir, folder), purging);
  await rm(purging, { recursive: true, force: true });
}
