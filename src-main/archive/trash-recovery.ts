/**
 * Finishes, at open, a delete or restore that a crash cut short (trash-moves.ts). The document
 * file decides: in its trash folder, the document is deleted — any of its files still live move
 * into the folder, its catalog entry and themes go; in documents/, it is live — any of its files
 * still in the folder move back, its themes and catalog entry come back from the manifest, and the
 * folder goes. Folders being emptied are removed. Runs in two steps around the loading of the
 * stores: the file moves first (so the annotation files are read where they belong), the in-memory
 * repairs after.
 */
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocumentSummary } from '../core/model/index.js';
import type { ArchiveParts } from './archive-parts.js';
import { fsyncDirectory, removeTempFiles } from './durable-write.js';
import { exists } from './helpers.js';
import { removeTrashFolder, trashedFiles } from './trash-moves.js';
import { PURGING_PREFIX, TRASH, listTrashFolders, readManifest, trashPath, type TrashEntry } from './trash.js';

/** What the file step found: the deleted documents, and the folders of documents that are live. */
export interface TrashFindings {
  /** entries whose document file is in the trash */
  deleted: { entry: TrashEntry; alsoLive: boolean }[];
  /** entries whose document file is live again (a delete or restore cut short): their folder goes */
  live: TrashEntry[];
}

/** Moves `from` to `to` unless `to` exists already or `from` does not; true when it moved. */
async function moveIfMissing(from: string, to: string): Promise<boolean> {
  if (!(await exists(from)) || (await exists(to))) return false;
  await rename(from, to);
  return true;
}

/**
 * The file step: removes folders being emptied and crashed writers' temp files, then puts every
 * file of a half-moved document where its document file is. A folder without a readable manifest
 * is left alone (never destroyed) unless it is empty; one whose document file is in neither place
 * is left alone too.
 * @throws file-system errors
 */
export async function recoverTrashFiles(dir: string): Promise<TrashFindings> {
  const root = join(dir, TRASH);
  await mkdir(root, { recursive: true });
  const names = await readdir(root);
  await Promise.all(names.filter((n) => n.startsWith(PURGING_PREFIX)).map((n) => rm(join(root, n), { recursive: true, force: true })));
  const findings: TrashFindings = { deleted: [], live: [] };
  let movedAny = false;
  for (const folder of await listTrashFolders(dir)) {
    await removeTempFiles(trashPath(dir, folder));
    const manifest = await readManifest(dir, folder);
    if (manifest === 'missing') {
      // a delete cut short before its manifest was written: nothing moved yet
      if ((await readdir(trashPath(dir, folder))).length === 0) await rm(trashPath(dir, folder), { recursive: true, force: true });
      continue;
    }
    if (manifest === 'damaged') continue;
    const files = trashedFiles(dir, folder, manifest);
    const entry = { folder, manifest };
    const live = await exists(files.document[0]);
    if (await exists(files.document[1])) {
      // deleted; a live document of the same id is a new import, whose files stay where they are
      if (!live) {
        for (const pair of [files.original, files.annotations]) if (pair) movedAny = (await moveIfMissing(pair[0], pair[1])) || movedAny;
      }
      findings.deleted.push({ entry, alsoLive: live });
    } else if (live) {
      for (const pair of [files.original, files.annotations]) if (pair) movedAny = (await moveIfMissing(pair[1], pair[0])) || movedAny;
      findings.live.push(entry);
    }
  }
  if (movedAny) await Promise.all(['documents', 'annotations', 'originals', TRASH].map((d) => fsyncDirectory(join(dir, d))));
  return findings;
}

/**
 * The in-memory step, after catalog, workspace and annotations are loaded: records the deleted
 * documents in the trash, drops their catalog entries and themes, and gives documents found live
 * their themes (those that still exist) and catalog entry back when a restore was cut short.
 * @param workspaceReadable false when workspace.json is damaged or missing: themes are left as they are
 * @returns which of catalog and workspace changed (and must be saved)
 * @throws nothing
 */
export function applyTrashFindings(parts: ArchiveParts, findings: TrashFindings, workspaceReadable: boolean): { catalog: boolean; workspace: boolean } {
  const { catalog, workspace, trash } = parts;
  for (const { entry } of findings.deleted) trash.add(entry);
  const gone = new Set(findings.deleted.filter((d) => !d.alsoLive).map((d) => d.entry.manifest.documentId));
  let documents = catalog.documents.filter((s) => !gone.has(s.id));
  let catalogChanged = documents.length !== catalog.documents.length;
  const documentTags = { ...workspace.data.documentTags };
  let workspaceChanged = false;
  for (const id of gone) {
    if (workspaceReadable && documentTags[id]) {
      delete documentTags[id];
      workspaceChanged = true;
    }
  }
  const known = new Set(workspace.data.tags.map((t) => t.id));
  const restored: DocumentSummary[] = [];
  for (const { manifest } of findings.live) {
    const id = manifest.documentId;
    const tagIds = manifest.summary.tagIds.filter((t) => known.has(t));
    if (workspaceReadable && !documentTags[id] && tagIds.length > 0) {
      documentTags[id] = tagIds;
      workspaceChanged = true;
    }
    if (!documents.some((s) => s.id === id)) restored.push({ ...manifest.summary, tagIds: documentTags[id] ?? [] });
  }
  if (restored.length > 0) {
    documents = [...documents, ...restored];
    catalogChanged = true;
  }
  if (catalogChanged) {
    catalog.replaceInMemory(documents);
    catalog.reindex();
  }
  if (workspaceChanged) workspace.store.replaceInMemory({ ...workspace.data, documentTags });
  return { catalog: catalogChanged, workspace: workspaceChanged };
}

/**
 * The last step, once the repaired catalog and workspace are saved: removes the folders of the
 * documents found live.
 * @throws file-system errors
 */
export async function removeLiveTrashFolders(dir: string, findings: TrashFindings): Promise<void> {
  for (const entry of findings.live) await removeTrashFolder(dir, entry.folder);
}
