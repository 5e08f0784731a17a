/**
 * Rolling backups of the archive's changeable files (catalog.json, workspace.json, annotations/),
 * taken on a schedule of changes (backup-schedule.ts), never on reads, so a file that later fails
 * to parse has a good copy to restore. Old backups thin out by age (core/backups/retention.ts).
 * Documents and originals are written once and need no backup.
 */
import { constants } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { DEFAULT_RETENTION, selectBackupsToKeep, type RetentionPolicy } from '../core/backups/index.js';
import { isErrnoCode } from './durable-write.js';
import { parseArchiveFile } from './parse-archive-file.js';
import type { FileKind } from './schemas.js';

/** A finished backup folder: `2025-01-31T09-15-02-123Z`, optionally with `-2` when taken in the same ms. */
const BACKUP_NAME = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z(-\d+)?$/;
const INCOMPLETE_PREFIX = '.incomplete-';

export interface BackupSource {
  /** paths relative to the archive root, e.g. "catalog.json", "annotations/x.json" */
  files: string[];
}

/**
 * Copies `files` (relative to `root`) into a new folder under `backupsDir`, then thins out the
 * older backups by `retention`. The folder only gets its final name once every copy is done, so a
 * crash never leaves a half backup that looks complete.
 * @param now the backup's time stamp (its folder name) and the age reference for the retention
 * @returns the new backup folder
 * @throws file-system errors (a source file that vanished meanwhile is skipped)
 */
export async function takeBackup(
  root: string,
  backupsDir: string,
  files: readonly string[],
  now: Date,
  retention: RetentionPolicy = DEFAULT_RETENTION,
): Promise<string> {
  await mkdir(backupsDir, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const existing = new Set(await listBackupNames(backupsDir));
  let name = stamp;
  for (let n = 2; existing.has(name); n++) name = `${stamp}-${n}`;
  const incomplete = join(backupsDir, INCOMPLETE_PREFIX + name);
  await rm(incomplete, { recursive: true, force: true });
  for (const file of files) {
    const target = join(incomplete, file);
    await mkdir(join(target, '..'), { recursive: true });
    try {
      // FICLONE makes a copy-on-write clone where the file system supports it, a plain copy elsewhere
      await copyFile(join(root, file), target, constants.COPYFILE_FICLONE);
    } catch (e) {
      // a file removed since it was listed (its document moved to the trash) has nothing to back up
      if (!isErrnoCode(e, 'ENOENT')) throw e;
    }
  }
  await mkdir(incomplete, { recursive: true });
  const final = join(backupsDir, name);
  await rename(incomplete, final);
  await pruneBackups(backupsDir, now, retention);
  return final;
}

/**
 * Deletes the backups `retention` does not keep (judged at `now`), and any incomplete ones a
 * crash left behind.
 */
export async function pruneBackups(backupsDir: string, now: Date, retention: RetentionPolicy = DEFAULT_RETENTION): Promise<void> {
  const names = await listBackupNames(backupsDir);
  const keep = selectBackupsToKeep(names.map(backupTime), now, retention);
  const old = names.filter((_, i) => !keep.has(i));
  let all: string[] = [];
  try {
    all = await readdir(backupsDir);
  } catch (e) {
    if (!isErrnoCode(e, 'ENOENT')) throw e;
  }
  const incomplete = all.filter((n) => n.startsWith(INCOMPLETE_PREFIX));
  await Promise.all([...old, ...incomplete].map((n) => rm(join(backupsDir, n), { recursive: true, force: true })));
}

/** Names of finished backup folders, newest first. */
export async function listBackupNames(backupsDir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(backupsDir);
  } catch (e) {
    if (isErrnoCode(e, 'ENOENT')) return [];
    throw e;
  }
  return names.filter((n) => BACKUP_NAME.test(n)).sort(compareBackupNames).reverse();
}

/** When the backup named `name` was taken (its folder name is its ISO time stamp). */
export function backupTime(name: string): Date {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/.exec(name);
  return m ? new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`) : new Date(0);
}

function compareBackupNames(a: string, b: string): number {
  const [stampA, nA] = splitName(a);
  const [stampB, nB] = splitName(b);
  return stampA < stampB ? -1 : stampA > stampB ? 1 : nA - nB;
}

function splitName(name: string): [string, number] {
  const match = /^(.*Z)(?:-(\d+))?$/.exec(name);
  return [match?.[1] ?? name, Number(match?.[2] ?? 1)];
}

/**
 * Finds the newest backup whose copy of `relativeFile` exists and passes validation.
 * @returns the absolute path of that copy, or null when no backup holds a good one
 */
export async function findNewestGoodBackup<T>(
  backupsDir: string,
  relativeFile: string,
  kind: FileKind,
  schema: z.ZodType<T>,
): Promise<string | null> {
  for (const name of await listBackupNames(backupsDir)) {
    const candidate = join(backupsDir, name, relativeFile);
    try {
      parseArchiveFile(await readFile(candidate), kind, schema, candidate);
      return candidate;
    } catch {
      // missing or bad in this backup: try an older one
    }
  }
  return null;
}
