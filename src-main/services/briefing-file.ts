/**
 * Writing an exported briefing to a path the user chose (CLI `--out`, Electron save dialog):
 * atomically — a temp file in the same folder, then a rename — so a failed or interrupted write
 * never leaves a half-written PDF or Word file behind.
 */
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import path from 'node:path';
import type { VraagbaakError } from '../core/model/index.js';
import { writeFileDurable } from '../archive/durable-write.js';
import { briefingError } from '../core/briefing/errors.js';

function cannotWrite(shownAs: string, file: string, why: string, cause: string, what = 'the briefing'): VraagbaakError {
  return briefingError('invalid-input', `Cannot write ${what} to ${shownAs}: ${why}.`, 'export-path-unwritable', { file, cause });
}

/** Node's file-system error codes in words. */
function describeCause(e: unknown): { why: string; cause: string } {
  const code = (e as NodeJS.ErrnoException | null)?.code ?? '';
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return { why: 'the folder does not exist', cause: 'no-folder' };
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return { why: 'permission denied', cause: 'permission' };
    case 'EISDIR':
      return { why: 'that is a folder, not a file', cause: 'is-folder' };
    case 'ENOSPC':
      return { why: 'the disk is full', cause: 'disk-full' };
    default:
      return { why: e instanceof Error ? e.message : String(e), cause: 'other' };
  }
}

/**
 * Checks, before the (slow) export, that `file` can be written: its folder exists and is writable
 * and `file` itself is not a folder.
 * @param shownAs how the message names the file (default `file`), e.g. "b.pdf (option --out)"
 * @param what what is written, for the message (default "the briefing"; e.g. "the annotations")
 * @throws VraagbaakError('invalid-input', reason 'export-path-unwritable') saying why, in one sentence
 */
export async function assertWritablePath(file: string, shownAs: string = file, what?: string): Promise<void> {
  const folder = path.dirname(file);
  const folderStat = await stat(folder).catch(() => null);
  if (folderStat === null) throw cannotWrite(shownAs, file, `the folder ${folder} does not exist`, 'no-folder', what);
  if (!folderStat.isDirectory()) throw cannotWrite(shownAs, file, `${folder} is not a folder`, 'no-folder', what);
  try {
    await access(folder, constants.W_OK);
  } catch {
    throw cannotWrite(shownAs, file, `the folder ${folder} is not writable`, 'permission', what);
  }
  if ((await stat(file).catch(() => null))?.isDirectory()) throw cannotWrite(shownAs, file, 'that is a folder, not a file', 'is-folder', what);
}

/**
 * Writes `bytes` to `file` atomically and durably (temp file in the same folder → fsync → rename);
 * on failure nothing is left at `file` that was not there before, and no temp file.
 * @param shownAs how the message names the file (default `file`)
 * @param what what is written, for the message (default "the briefing"; e.g. "the annotations")
 * @throws VraagbaakError('invalid-input', reason 'export-path-unwritable') saying why, in one sentence
 */
export async function writeBriefingFile(file: string, bytes: Uint8Array, shownAs: string = file, what?: string): Promise<void> {
  try {
    await writeFileDurable(file, bytes);
  } catch (e) {
    const { why, cause } = describeCause(e);
    throw cannotWrite(shownAs, file, why, cause, what);
  }
}
