import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { Archive } from './archive.js';
import type { WorkspaceFile } from './schemas.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vraagbaak-restore-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const theme = (id: string, name: string) => ({ id, name, color: '#b45309', parentId: null, description: '' });

/** A workspace with theme "China" in a backup (taken at close), then damaged on disk. */
async function damagedWorkspace(): Promise<Buffer> {
  const archive = await Archive.open(dir);
  await archive.updateWorkspace((w) => ({ ...w, tags: [theme('t1', 'China')] }));
  await archive.close();
  const damaged = Buffer.from('{"schemaVersion": 1, "tags": [ {"id": "t1", "na');
  await writeFile(join(dir, 'workspace.json'), damaged);
  return damaged;
}

it('restore the newest good backup: the damaged file is moved aside, the archive reopens writable with the backup content', async () => {
  const damaged = await damagedWorkspace();
  const { archive, restored } = await Archive.openRestoringBackups(dir);
  try {
    expect(archive.isReadOnly).toBe(false);
    expect(archive.workspace.tags.map((t) => t.name)).toEqual(['China']);
    expect(restored).toHaveLength(1);
    expect(restored[0]?.file).toBe(join(dir, 'workspace.json'));
    // never deleted: the damaged bytes are kept under damaged/
    expect(await readFile(String(restored[0]?.movedTo))).toEqual(damaged);
    expect(restored[0]?.movedTo).toContain(join(dir, 'damaged'));
    await archive.updateWorkspace((w) => ({ ...w, tags: [...w.tags, theme('t2', 'Oekraïne')] }));
  } finally {
    await archive.close();
  }
  const again = await Archive.open(dir);
  expect(((JSON.parse(await readFile(join(dir, 'workspace.json'), 'utf8')) as WorkspaceFile).tags).map((t) => t.name)).toEqual(['China', 'Oekraïne']);
  expect(again.isReadOnly).toBe(false);
  await again.close();
});

it('leaves a damaged file without a good backup where it is, and stays read-only', async () => {
  const archive = await Archive.open(dir);
  await archive.close();
  await writeFile(join(dir, 'workspace.json'), '{"kapot');
  const { archive: reopened, restored } = await Archive.openRestoringBackups(dir);
  expect(restored).toEqual([{ file: join(dir, 'workspace.json'), movedTo: null, backup: null }]);
  expect(reopened.isReadOnly).toBe(true);
  await reopened.close();
  expect(await readFile(join(dir, 'workspace.json'), 'utf8')).toBe('{"kapot');
  expect(await readdir(dir)).not.toContain('damaged');
});
