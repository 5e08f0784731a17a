/**
 * Writing an export (a briefing, the annotations) to a path the user chose (CLI `--out`, Electron
 * save dialog): atomically — a temp file in the same folder, fsync, then a rename — so a failed or
 * interrupted write never leaves a half-written file behind; never inside the archive folder
 * (symbolic links resolved); never over an existing file or link unless the caller has the user's
 * consent (CLI `--force`, the save dialog's overwrite question); and a symbolic link at the path is
 * replaced itself, never the file it points to.
 */
import { constants } from 'node:fs';
import { access, lstat, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { VraagbaakError } from '../core/model/index.js';
import { isErrnoCode, writeFileDurable } from '../archive/durable-write.js';
import { briefingError } from '../core/briefing/errors.js';
import { PATH_MAX } from '../core/files/safe-file-name.js';

/** Where and how an export is written. */
export interface ExportTarget {
  /** how messages name the file (default: its path), e.g. "b.pdf (option --out)" */
  shownAs?: string;
  /** what is written, for messages (default "the briefing"; e.g. "the annotations") */
  what?: string;
  /** the archive's folder: the file may not be in it or below it (checked on the real paths) */
  archiveDir?: string;
  /**
   * Replace a file or symbolic link already at the path (the link itself, not its target): only
   * with the user's consent (CLI --force, a save dialog that asked). Default false: refused.
   */
  replace?: boolean;
  /** how the user gives that consent, added to the refusal (e.g. "add --force to replace it") */
  replaceHint?: string;
  /** test hook: see DurableWriteOptions.beforeCommit */
  beforeCommit?: (temp: string) => void;
}

function cannotWrite(target: ExportTarget, file: string, why: string, cause: string): VraagbaakError {
  return briefingError('invalid-input', `Cannot write ${target.what ?? 'the briefing'} to ${target.shownAs ?? file}: ${why}.`, 'export-path-unwritable', { file, cause });
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

/** The refusal for a name that is taken (a file, or a symbolic link whose target is left alone). */
function alreadyThere(target: ExportTarget, file: string, isLink: boolean): VraagbaakError {
  const hint = target.replaceHint === undefined ? '' : `; ${target.replaceHint}`;
  const what = isLink ? 'a symbolic link is already there (its target is never written through it)' : 'the file already exists';
  return briefingError('invalid-input', `Not writing ${target.what ?? 'the briefing'} to ${target.shownAs ?? file}: ${what}${hint}.`, 'export-file-exists', {
    file,
    cause: isLink ? 'symlink' : 'exists',
  });
}

/** True when `folder` is `archive` or lies below it, both with symbolic links resolved. */
async function isInside(folder: string, archive: string): Promise<boolean> {
  const real = await realpath(archive).catch(() => path.resolve(archive)); // an archive not made yet has no links
  const relative = path.relative(real, folder);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Checks, before the (slow) export, that `file` can be written: its folder exists, is writable and
 * is not (inside) the archive folder; `file` is not a folder, not too long for Windows, and nothing
 * is at it unless `target.replace`.
 * @throws VraagbaakError('invalid-input') reason 'export-path-unwritable' ({ file, cause: no-folder |
 *   permission | is-folder | in-archive | too-long }) or 'export-file-exists' ({ file, cause: exists |
 *   symlink }), saying why in one sentence
 */
export async function assertWritablePath(file: string, target: ExportTarget = {}): Promise<void> {
  const folder = path.dirname(file);
  const folderStat = await stat(folder).catch(() => null);
  if (folderStat === null) throw cannotWrite(target, file, `the folder ${folder} does not exist`, 'no-folder');
  if (!folderStat.isDirectory()) throw cannotWrite(target, file, `${folder} is not a folder`, 'no-folder');
  if (process.platform === 'win32' && file.length > PATH_MAX) {
    throw cannotWrite(target, file, `the path is ${String(file.length)} characters long; Windows takes at most ${String(PATH_MAX)}`, 'too-long');
  }
  if (target.archiveDir !== undefined && (await isInside(await realpath(folder), target.archiveDir))) {
    throw cannotWrite(target, file, `that is inside the archive folder ${target.archiveDir}, which only Vraagbaak itself writes; choose another folder`, 'in-archive');
  }
  try {
    await access(folder, constants.W_OK);
  } catch {
    throw cannotWrite(target, file, `the folder ${folder} is not writable`, 'permission');
  }
  const there = await lstat(file).catch(() => null);
  if (there === null) return;
  if (there.isDirectory()) throw cannotWrite(target, file, 'that is a folder, not a file', 'is-folder');
  if (!target.replace) throw alreadyThere(target, file, there.isSymbolicLink());
}

/**
 * Writes `bytes` to `file` atomically and durably (temp file in the same folder → fsync → rename,
 * or a hard link when nothing may be replaced, so a file that appears meanwhile is not overwritten
 * either); checks `file` with `assertWritablePath` first. On failure nothing is left at `file` that
 * was not there before, and no temp file.
 * @throws as `assertWritablePath`; VraagbaakError('invalid-input') reason 'export-path-unwritable'
 *   when the write itself fails
 */
export async function writeExportFile(file: string, bytes: Uint8Array, target: ExportTarget = {}): Promise<void> {
  await assertWritablePath(file, target);
  try {
    await writeFileDurable(file, bytes, { noClobber: !target.replace, ...(target.beforeCommit ? { beforeCommit: target.beforeCommit } : {}) });
  } catch (e) {
    if (isErrnoCode(e, 'EEXIST')) throw alreadyThere(target, file, (await lstat(file).catch(() => null))?.isSymbolicLink() ?? false);
    const { why, cause } = describeCause(e);
    throw cannotWrite(target, file, why, cause);
  }
}
