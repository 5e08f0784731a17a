/**
 * "Restore the newest good backup" for an archive that opened read-only: each damaged file is
 * moved aside into `damaged/<time>/` (never deleted) and replaced by its newest backup copy that
 * validates (damaged-files.ts found it). Runs while the archive's lock is held; the caller then
 * closes and opens the archive again, which is writable when every damaged file had a good backup.
 */
import { mkdir, readFile, rename } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import type { DamagedFile } from './damaged-files.js';
import { fsyncDirectory, writeFileDurable } from './durable-write.js';

/** Where damaged files are moved aside, inside the archive folder. */
export const DAMAGED = 'damaged';

/** What the restore did with one damaged file. */
export interface RestoredFile {
  /** absolute path of the file that was damaged */
  file: string;
  /** where the damaged version now is (absolute), or null when it was left in place */
  movedTo: string | null;
  /** the backup copy now in its place, or null when none was good (the file stays damaged) */
  backup: string | null;
}

/**
 * Moves each damaged file that has a good backup aside and writes the backup's content in its
 * place (atomically, durably). A file without a good backup is left untouched.
 * @param dir the archive folder
 * @param now names the folder under damaged/
 * @throws file-system errors (a file already moved aside stays there; its backup is still in backups/)
 */
export async function restoreDamagedFromBackups(dir: string, damaged: readonly DamagedFile[], now: Date): Promise<RestoredFile[]> {
  const aside = join(dir, DAMAGED, now.toISOString().replace(/[:.]/g, '-'));
  const restored: RestoredFile[] = [];
  for (const d of damaged) {
    if (!d.backup) {
      restored.push({ file: d.file, movedTo: null, backup: null });
      continue;
    }
    const content = await readFile(d.backup);
    const movedTo = join(aside, relative(dir, d.file));
    await mkdir(dirname(movedTo), { recursive: true });
    await rename(d.file, movedTo);
    await fsyncDirectory(dirname(movedTo));
    await writeFileDurable(d.file, content);
    restored.push({ file: d.file, movedTo, backup: d.backup });
  }
  return restored;
}
