import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { Archive } from './archive.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vraagbaak-index-temp-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('removes temp files a kill during an index save left in index/ at open, and keeps the index files', async () => {
  await mkdir(join(dir, 'index'), { recursive: true });
  const stray = ['.postings.bin.4242.0123456789ab.tmp', '.manifest.json.17.abcdefabcdef.tmp'];
  for (const name of stray) await writeFile(join(dir, 'index', name), 'half');
  await writeFile(join(dir, 'index', 'tables.json'), '{}');
  const archive = await Archive.open(dir);
  try {
    expect(await readdir(join(dir, 'index'))).toEqual(['tables.json']);
  } finally {
    await archive.close();
  }
});
