import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DurableJsonFile } from './durable-json-file.js';
import { fsyncFile, isTempFileName, removeTempFiles, writeFileAtomic, writeFileDurable } from './durable-write.js';
import { JsonStore } from './json-store.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vraagbaak-durable-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic (no fsync; a journal covers it) and fsyncFile', () => {
  it('replaces the file, leaves no temp files, and the file can be flushed afterwards', async () => {
    const file = join(dir, 'a.json');
    for (let i = 0; i < 5; i++) await writeFileAtomic(file, `{"i":${i}}`);
    await fsyncFile(file);
    expect(await readFile(file, 'utf8')).toBe('{"i":4}');
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it('leaves neither the target nor a temp file when the write fails', async () => {
    await expect(writeFileAtomic(join(dir, 'missing-dir', 'a.json'), 'x')).rejects.toThrow(/ENOENT/);
    await expect(fsyncFile(join(dir, 'missing.json'))).rejects.toThrow(/ENOENT/);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('writeFileDurable', () => {
  it('replaces the file and leaves no temp files', async () => {
    const file = join(dir, 'a.json');
    for (let i = 0; i < 20; i++) await writeFileDurable(file, `{"i":${i}}`);
    expect(await readFile(file, 'utf8')).toBe('{"i":19}');
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it('leaves neither the target nor a temp file when the write fails', async () => {
    await expect(writeFileDurable(join(dir, 'missing-dir', 'a.json'), 'x')).rejects.toThrow(/ENOENT/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('cleans up only its own temp files', async () => {
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(dir, '.catalog.json.1234.0123456789ab.tmp'), 'half');
    await writeFile(join(dir, 'notes.tmp'), 'user file');
    expect(isTempFileName('.catalog.json.1234.0123456789ab.tmp')).toBe(true);
    expect(await removeTempFiles(dir)).toEqual(['.catalog.json.1234.0123456789ab.tmp']);
    expect(await readdir(dir)).toEqual(['notes.tmp']);
  });
});

describe('JsonStore over DurableJsonFile (a lowdb Low with our adapter)', () => {
  const Counter = z.object({ schemaVersion: z.literal(1), items: z.array(z.number()) });
  type Counter = z.infer<typeof Counter>;
  const writable = { assertWritable: () => undefined };

  it('serialises concurrent updates through one queue: none is lost, no temp file remains', async () => {
    const file = new DurableJsonFile<Counter>(join(dir, 'workspace.json'), { kind: 'workspace', schema: Counter, indent: 2 });
    const store = new JsonStore(file, { schemaVersion: 1, items: [] }, writable);
    await Promise.all(Array.from({ length: 100 }, (_, i) => store.update((c) => ({ ...c, items: [...c.items, i] }))));
    const reread = new JsonStore(file, { schemaVersion: 1 as const, items: [] as number[] }, writable);
    expect(await reread.load()).toBe(true);
    expect(reread.data.items).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(await readdir(dir)).toEqual(['workspace.json']);
  });

  it('keeps memory as it was when the write fails', async () => {
    const file = new DurableJsonFile<Counter>(join(dir, 'gone', 'w.json'), { kind: 'workspace', schema: Counter, indent: 2 });
    const store = new JsonStore(file, { schemaVersion: 1, items: [1] }, writable);
    await expect(store.update((c) => ({ ...c, items: [1, 2] }))).rejects.toThrow();
    expect(store.data.items).toEqual([1]);
  });

  it('refuses to write when the guard says so', async () => {
    const file = new DurableJsonFile<Counter>(join(dir, 'w.json'), { kind: 'workspace', schema: Counter, indent: 2 });
    const store = new JsonStore(file, { schemaVersion: 1, items: [] }, {
      assertWritable: () => {
        throw new Error('read-only');
      },
    });
    await expect(store.update((c) => ({ ...c, items: [1] }))).rejects.toThrow('read-only');
    expect(await readdir(dir)).toEqual([]);
  });
});
