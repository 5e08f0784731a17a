/**
 * Turns the damaged files found at open into the archive's read-only error: which file, why, and
 * the newest backup that still validates, so the user knows what to restore (DESIGN §3).
 */
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { VraagbaakError } from '../core/model/index.js';
import { BACKUPS } from './archive-layout.js';
import { findNewestGoodBackup } from './backups.js';
import { AnnotationsFile, CatalogFile, WorkspaceFile, type FileKind } from './schemas.js';

/** One damaged file found while opening. */
export interface DamagedFile {
  file: string;
  reason: string;
  /** the newest backup copy of this file that still validates, or null */
  backup: string | null;
}

/** A file that failed to load at open, before its backups are looked up. */
export interface FoundDamage {
  /** absolute path */
  file: string;
  error: VraagbaakError;
  /** 'journal': a write-ahead journal (annotation-journal.ts), which has no backups */
  kind: FileKind | 'journal';
  /** path inside the archive folder (and inside each backup) */
  relative: string;
}

/** What makes an archive read-only: the damaged files and the error that names the first. */
export interface ArchiveDamage {
  files: DamagedFile[];
  error: VraagbaakError;
}

const SCHEMAS: Record<FileKind, z.ZodType> = { catalog: CatalogFile, workspace: WorkspaceFile, annotations: AnnotationsFile };

/**
 * Looks up a good backup of each damaged file and builds the `archive-corrupt` error that keeps
 * the archive read-only.
 * @param dir the archive folder
 * @returns null when `found` is empty
 * @throws file-system errors while listing backups/
 */
export async function describeDamage(dir: string, found: readonly FoundDamage[]): Promise<ArchiveDamage | null> {
  const files: DamagedFile[] = [];
  for (const d of found) {
    const backup = d.kind === 'journal' ? null : await findNewestGoodBackup(join(dir, BACKUPS), d.relative, d.kind, SCHEMAS[d.kind]);
    files.push({ file: d.file, reason: typeof d.error.details['reason'] === 'string' ? d.error.details['reason'] : d.error.message, backup });
  }
  const [first, ...rest] = files;
  if (!first) return null;
  const restore = first.backup ? `The newest good backup of this file is ${first.backup}.` : 'No good backup of this file was found.';
  const more = rest.length > 0 ? ` ${rest.length} more damaged file(s): ${rest.map((d) => d.file).join(', ')}.` : '';
  const error = new VraagbaakError(
    'archive-corrupt',
    `The archive file ${first.file} is damaged (${first.reason}). The archive was opened read-only so nothing gets overwritten. ${restore}${more}`,
    { file: first.file, backup: first.backup, reason: first.reason, damaged: files },
  );
  return { files, error };
}

/**
 * The read-only reason of an archive's damaged files as a code with parameters (the UI's texts,
 * never main's English), paths inside the archive folder `dir`.
 * @returns null when nothing is damaged
 */
export function readOnlyReasonOf(
  dir: string,
  files: readonly DamagedFile[],
): { code: 'file-damaged' | 'file-damaged-no-backup'; params: Record<string, string | number>; canRestore: boolean } | null {
  const [first] = files;
  if (!first) return null;
  const inside = (path: string) => relative(dir, path).split('\\').join('/');
  const more = files.length - 1;
  const canRestore = files.every((f) => f.backup !== null);
  return first.backup
    ? { code: 'file-damaged', params: { file: inside(first.file), backup: inside(first.backup), more }, canRestore }
    : { code: 'file-damaged-no-backup', params: { file: inside(first.file), more }, canRestore };
}
