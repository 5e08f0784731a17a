/**
 * The `.lock` file that keeps two Vraagbaak processes from writing one archive at once. It is
 * created exclusively (`wx`) and holds pid, host name and start time; a lock whose process no
 * longer runs on this host is stale and taken over.
 */
import { randomBytes } from 'node:crypto';
import { open, readFile, rename, rm, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { z } from 'zod';
import { VraagbaakError } from '../core/model/index.js';
import { isErrnoCode } from './durable-write.js';

export const LOCK_FILE_NAME = '.lock';

/** A lock file that cannot be parsed is only treated as stale once it is this old (it may be being written). */
const UNREADABLE_LOCK_GRACE_MS = 10_000;

const LockInfo = z.object({
  pid: z.number().int(),
  hostname: z.string(),
  startedAt: z.string(),
  token: z.string(),
});
export type LockInfo = z.infer<typeof LockInfo>;

export interface ArchiveLock {
  readonly path: string;
  readonly info: LockInfo;
  /** true when a stale lock of a dead process was taken over */
  readonly tookOverStale: boolean;
  /** Removes the lock file if it is still ours. Safe to call twice. */
  release(): Promise<void>;
}

/**
 * Takes the lock of the archive in `dir` (which must exist).
 * @throws VraagbaakError('archive-locked') when another live process holds it, naming its pid and host
 */
export async function acquireArchiveLock(dir: string, lockPath: string): Promise<ArchiveLock> {
  const info: LockInfo = {
    pid: process.pid,
    hostname: hostname(),
    startedAt: new Date().toISOString(),
    token: randomBytes(8).toString('hex'),
  };
  if (await tryCreate(lockPath, info)) return makeLock(lockPath, info, false);

  const holder = await readHolder(lockPath);
  if (holder.state === 'gone' && (await tryCreate(lockPath, info))) return makeLock(lockPath, info, false);
  if (holder.state === 'stale' && (await takeOver(lockPath, holder.raw)) && (await tryCreate(lockPath, info))) {
    return makeLock(lockPath, info, true);
  }
  const current = holder.state === 'held' ? holder.info : null;
  const who = current
    ? `(pid ${current.pid}${current.hostname === info.hostname ? '' : ` on ${current.hostname}`}, since ${current.startedAt})`
    : '(a process that is still writing its lock file)';
  throw new VraagbaakError(
    'archive-locked',
    `The archive ${dir} is already open in another Vraagbaak process ${who}. ` +
      `Close that process first, or remove ${lockPath} if you are sure it no longer runs.`,
    { dir, lockFile: lockPath, holder: current },
  );
}

type Holder =
  | { state: 'held'; info: LockInfo | null }
  | { state: 'stale'; raw: string }
  | { state: 'gone' };

async function readHolder(lockPath: string): Promise<Holder> {
  let raw: string;
  try {
    raw = await readFile(lockPath, 'utf8');
  } catch (e) {
    if (isErrnoCode(e, 'ENOENT')) return { state: 'gone' };
    throw e;
  }
  const parsed = LockInfo.safeParse(safeJson(raw));
  if (!parsed.success) {
    const age = Date.now() - (await stat(lockPath)).mtimeMs;
    return age > UNREADABLE_LOCK_GRACE_MS ? { state: 'stale', raw } : { state: 'held', info: null };
  }
  const holder = parsed.data;
  const stale = holder.hostname === hostname() && !isProcessAlive(holder.pid);
  return stale ? { state: 'stale', raw } : { state: 'held', info: holder };
}

/**
 * Moves a stale lock aside. If another process replaced it between our read and the move, the
 * moved file is not the stale one: it is put back and the take-over is abandoned.
 */
async function takeOver(lockPath: string, staleRaw: string): Promise<boolean> {
  const aside = `${lockPath}.stale-${randomBytes(6).toString('hex')}`;
  try {
    await rename(lockPath, aside);
  } catch (e) {
    if (isErrnoCode(e, 'ENOENT')) return true;
    throw e;
  }
  const moved = await readFile(aside, 'utf8');
  if (moved !== staleRaw) {
    await rename(aside, lockPath).catch(() => undefined);
    return false;
  }
  await rm(aside, { force: true });
  return true;
}

async function tryCreate(lockPath: string, info: LockInfo): Promise<boolean> {
  let handle;
  try {
    handle = await open(lockPath, 'wx');
  } catch (e) {
    if (isErrnoCode(e, 'EEXIST')) return false;
    throw e;
  }
  try {
    await handle.writeFile(JSON.stringify(info) + '\n');
    await handle.sync();
  } finally {
    await handle.close();
  }
  return true;
}

function makeLock(lockPath: string, info: LockInfo, tookOverStale: boolean): ArchiveLock {
  let released = false;
  return {
    path: lockPath,
    info,
    tookOverStale,
    async release() {
      if (released) return;
      released = true;
      let raw: string;
      try {
        raw = await readFile(lockPath, 'utf8');
      } catch (e) {
        if (isErrnoCode(e, 'ENOENT')) return;
        throw e;
      }
      const current = LockInfo.safeParse(safeJson(raw));
      if (current.success && current.data.token === info.token) await rm(lockPath, { force: true });
    },
  };
}

/** True when a process with `pid` exists on this host (EPERM: it exists but belongs to someone else). */
export function isProcessAlive(pid: number): boolean {
  if (pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return isErrnoCode(e, 'EPERM');
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
