/**
 * The "recently deleted" documents (trash/ in the archive folder): one folder per deleted document,
 * trash/<id stem>@<random>/, holding
 *
 *   manifest.json    what the document was: its catalog summary, its document themes, when it went
 *   document.json    documents/<id>.json as it was (its presence here is what makes it deleted)
 *   annotations.json annotations/<id>.json as it was (only when it had one)
 *   original.<ext>   originals/<sha256>.<ext> as it was (when it was there)
 *
 * The manifest is written (atomically) before anything moves; the document file moves last on
 * delete and on restore, so where that one file is decides whether the document is live or deleted
 * (trash-moves.ts, trash-recovery.ts). This module holds the entries in memory and reads/writes
 * manifests.
 */
import { randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { DocumentSummary } from '../core/model/index.js';
import { isErrnoCode, writeFileDurable } from './durable-write.js';
import { fileStemForId, resolveInside } from './file-names.js';

export const TRASH = 'trash';
export const MANIFEST = 'manifest.json';
export const TRASHED_DOCUMENT = 'document.json';
export const TRASHED_ANNOTATIONS = 'annotations.json';
/** A trash folder being emptied: renamed to this prefix first (the commit), then removed. */
export const PURGING_PREFIX = '.purging-';

/** trash/<entry>/manifest.json */
export const TrashManifest = z.object({
  schemaVersion: z.literal(1),
  documentId: z.string().min(1),
  /** ISO timestamp of the delete */
  deletedAt: z.string().min(1),
  /** the catalog entry at the delete (tagIds = its document themes then) */
  summary: DocumentSummary,
  /** file name of the original inside the entry folder (`original.pdf`), null when it had none */
  original: z.string().nullable(),
  /** whether annotations/<id>.json existed (and moved along) */
  hadAnnotations: z.boolean(),
});
export type TrashManifest = z.infer<typeof TrashManifest>;

/** One deleted document as the archive holds it in memory. */
export interface TrashEntry {
  /** the folder name under trash/ */
  folder: string;
  manifest: TrashManifest;
}

/** The absolute path of trash/<folder>/<name> in archive `dir`. @throws VraagbaakError('invalid-input') outside `dir` */
export function trashPath(dir: string, folder: string, name?: string): string {
  return name === undefined ? resolveInside(dir, TRASH, folder) : resolveInside(dir, TRASH, folder, name);
}

/** A new, unused folder name for a deleted document: `<id stem>@<12 hex>`. */
export function newTrashFolderName(documentId: string): string {
  return `${fileStemForId(documentId)}@${randomBytes(6).toString('hex')}`;
}

/**
 * Writes trash/<folder>/manifest.json atomically and durably (the folder must exist).
 * @throws file-system errors
 */
export async function writeManifest(dir: string, folder: string, manifest: TrashManifest): Promise<void> {
  await writeFileDurable(trashPath(dir, folder, MANIFEST), JSON.stringify(manifest, null, 2) + '\n');
}

/**
 * Reads and validates trash/<folder>/manifest.json.
 * @returns the manifest, 'missing' when there is none, 'damaged' when it cannot be trusted
 * @throws file-system errors other than ENOENT
 */
export async function readManifest(dir: string, folder: string): Promise<TrashManifest | 'missing' | 'damaged'> {
  let text: string;
  try {
    text = await readFile(trashPath(dir, folder, MANIFEST), 'utf8');
  } catch (e) {
    if (isErrnoCode(e, 'ENOENT')) return 'missing';
    throw e;
  }
  try {
    const parsed = TrashManifest.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : 'damaged';
  } catch {
    return 'damaged';
  }
}

/**
 * The folder names under trash/ (sorted), without folders being emptied; [] when trash/ is missing.
 * @throws file-system errors other than ENOENT
 */
export async function listTrashFolders(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(join(dir, TRASH), { withFileTypes: true });
    return entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name).sort();
  } catch (e) {
    if (isErrnoCode(e, 'ENOENT')) return [];
    throw e;
  }
}

/** The deleted documents of one open archive, in memory (loaded at open by trash-recovery.ts). */
export class Trash {
  private readonly entries = new Map<string, TrashEntry>();

  /** Every entry, most recently deleted first. Do not mutate. */
  list(): TrashEntry[] {
    return [...this.entries.values()].sort((a, b) => (a.manifest.deletedAt < b.manifest.deletedAt ? 1 : a.manifest.deletedAt > b.manifest.deletedAt ? -1 : 0));
  }

  /** The most recently deleted entry of document `documentId`, or null. */
  newestOf(documentId: string): TrashEntry | null {
    return this.list().find((e) => e.manifest.documentId === documentId) ?? null;
  }

  /** Every entry of document `documentId` (a document deleted, re-imported and deleted again has two). */
  allOf(documentId: string): TrashEntry[] {
    return this.list().filter((e) => e.manifest.documentId === documentId);
  }

  /** Records an entry (after its document file moved into it). */
  add(entry: TrashEntry): void {
    this.entries.set(entry.folder, entry);
  }

  /** Forgets an entry (restored or emptied). */
  remove(folder: string): void {
    this.entries.delete(folder);
  }
}
