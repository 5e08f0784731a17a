/**
 * "Restore the newest good backup" for a closed archive (the CLI's `restore-backup`): opens it,
 * and when it opens read-only because of damaged files, moves each aside (damaged/, never deleted)
 * and puts its newest good backup in its place (archive/restore-backup.ts), then closes it.
 */
import { Archive, type RestoredFile } from '../archive/index.js';

export interface ArchiveRestoreReport {
  /** per damaged file: where it went and which backup replaced it (empty: nothing was damaged) */
  restored: RestoredFile[];
  /** still read-only afterwards (a damaged file without a good backup) */
  readOnly: boolean;
  /** the files still damaged (absolute paths) */
  stillDamaged: string[];
}

/**
 * Restores the damaged files of the archive in `dir` from their newest good backups.
 * @throws VraagbaakError('archive-locked') when another process has it open; file-system errors
 */
export async function restoreArchiveBackups(dir: string): Promise<ArchiveRestoreReport> {
  const { archive, restored } = await Archive.openRestoringBackups(dir);
  try {
    return { restored, readOnly: archive.isReadOnly, stillDamaged: archive.damagedFiles.map((d) => d.file) };
  } finally {
    await archive.close();
  }
}
