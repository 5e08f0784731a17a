import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addMinutes, subHours } from 'date-fns';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { selectBackupsToKeep } from '../core/backups/index.js';
import { Archive, type ArchiveOptions } from './archive.js';
import { backupTime, listBackupNames, pruneBackups, takeBackup } from './backups.js';

let dir: string;
const open: Archive[] = [];
/** a clock the tests move by hand */
let now: Date;
const clock = () => now;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vraagbaak-backups-'));
  now = new Date('2026-03-02T09:00:00Z');
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((a) => a.close()));
  await rm(dir, { recursive: true, force: true });
});

async function openArchive(options: ArchiveOptions = {}): Promise<Archive> {
  const archive = await Archive.open(dir, { clock, ...options });
  open.push(archive);
  return archive;
}

async function closeArchive(archive: Archive): Promise<void> {
  await archive.close();
  open.splice(open.indexOf(archive), 1);
}

const backups = () => listBackupNames(join(dir, 'backups'));

async function addTheme(archive: Archive, n: number): Promise<void> {
  await archive.updateWorkspace((w) => ({ ...w, tags: [...w.tags, { id: `t${n}`, name: `Thema ${n}`, color: '#b45309', parentId: null, description: '' }] }));
}

describe('backups on a schedule of changes', () => {
  it('reads never create backups: open, list, read the workspace and close, many times', async () => {
    const first = await openArchive();
    await addTheme(first, 1);
    await closeArchive(first);
    const before = await backups();
    expect(before).toHaveLength(1);
    for (let i = 0; i < 12; i++) {
      now = addMinutes(now, 30);
      const archive = await openArchive();
      archive.listSummaries();
      expect(archive.workspace.tags).toHaveLength(1);
      expect(archive.writesSinceBackup).toBe(0);
      await closeArchive(archive);
    }
    expect(await backups()).toEqual(before);
  });

  it('N writes make one backup; the writes after it wait for the next', async () => {
    const archive = await openArchive({ backupEveryWrites: 3 });
    for (let i = 1; i <= 2; i++) await addTheme(archive, i);
    expect(await backups()).toEqual([]);
    expect(archive.writesSinceBackup).toBe(2);
    await addTheme(archive, 3);
    await archive.whenFlushed();
    // the backup runs in the background; close waits for it, then adds one for the 4th write
    await addTheme(archive, 4);
    now = addMinutes(now, 1);
    await closeArchive(archive);
    const names = await backups();
    expect(names).toHaveLength(2);
    const reopened = await openArchive();
    expect(reopened.workspace.tags).toHaveLength(4);
  });

  it('a session with writes gets a backup once T minutes passed since its first unsaved write (clock injected)', async () => {
    const archive = await openArchive({ backupEveryWrites: 1000, backupEveryMs: 10 * 60_000 });
    await addTheme(archive, 1);
    now = addMinutes(now, 9);
    await addTheme(archive, 2);
    expect(archive.writesSinceBackup).toBe(2);
    now = addMinutes(now, 2);
    await addTheme(archive, 3);
    expect(archive.writesSinceBackup).toBe(0);
    await closeArchive(archive);
    // the write that started it is in it; close had nothing more to back up
    expect(await backups()).toHaveLength(1);
  });

  it('the search index is derived data: saving it does not count as a write', async () => {
    const archive = await openArchive({ backupEveryWrites: 1 });
    await archive.saveSearchIndex({ format: 1, postings: new Uint8Array(), titlePostings: new Uint8Array(), tables: {} as never });
    expect(archive.writesSinceBackup).toBe(0);
    await closeArchive(archive);
    expect(await backups()).toEqual([]);
  });
});

describe('backup rotation across months', () => {
  it('prunes real backup folders with synthetic time stamps to the retention set, and removes incomplete ones', async () => {
    const backupsDir = join(dir, 'backups');
    const stamps: Date[] = [];
    // one backup every 7 hours for 150 days
    for (let t = subHours(now, 24 * 150); t <= now; t = addMinutes(t, 7 * 60)) stamps.push(t);
    for (const t of stamps) await mkdir(join(backupsDir, t.toISOString().replace(/[:.]/g, '-')), { recursive: true });
    await mkdir(join(backupsDir, '.incomplete-2026-01-01T00-00-00-000Z'));
    await pruneBackups(backupsDir, now);
    const left = await backups();
    const keep = selectBackupsToKeep(stamps, now);
    const expected = stamps.filter((_, i) => keep.has(i)).map((d) => d.getTime()).sort((a, b) => b - a);
    expect(left.map((n) => backupTime(n).getTime())).toEqual(expected);
    expect(left.length).toBeLessThan(60);
    expect(left.length).toBeGreaterThan(20);
    expect((await readdir(backupsDir)).some((n) => n.startsWith('.incomplete-'))).toBe(false);
  });

  it('takeBackup copies the named files and skips one that vanished since it was listed', async () => {
    await writeFile(join(dir, 'workspace.json'), '{}');
    const folder = await takeBackup(dir, join(dir, 'backups'), ['workspace.json', 'annotations/gone.json'], now);
    expect(await readdir(folder)).toEqual(['annotations', 'workspace.json']);
  });
});
