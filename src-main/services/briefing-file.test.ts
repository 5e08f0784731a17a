import { chmod, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertWritablePath, writeBriefingFile } from './briefing-file.js';
import { useTempArchives } from './test-archives.js';
import { rejection } from './test-errors.js';

const { tempDir } = useTempArchives('vraagbaak-briefing-file-');

async function failure(promise: Promise<unknown>): Promise<{ message: string } & Record<string, unknown>> {
  const e = await rejection(promise);
  return { message: e.message, ...e.details };
}

const bytes = new TextEncoder().encode('%PDF-1.7 briefing');

describe('writeBriefingFile', () => {
  it('writes the bytes, replacing an older file, and leaves no temp file', async () => {
    const dir = await tempDir();
    const file = join(dir, 'briefing.pdf');
    await writeFile(file, 'oud');
    await writeBriefingFile(file, bytes);
    expect(new Uint8Array(await readFile(file))).toEqual(bytes);
    expect(await readdir(dir)).toEqual(['briefing.pdf']);
  });

  it('fails in one sentence when the target cannot be replaced, leaving the folder as it was', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'briefing.pdf'));
    const error = await failure(writeBriefingFile(join(dir, 'briefing.pdf'), bytes, 'briefing.pdf (option --out)'));
    expect(error).toMatchObject({ reason: 'export-path-unwritable', cause: 'is-folder', file: join(dir, 'briefing.pdf') });
    expect(error.message).toBe('Cannot write the briefing to briefing.pdf (option --out): that is a folder, not a file.');
    expect(await readdir(dir)).toEqual(['briefing.pdf']);
    expect(await readdir(join(dir, 'briefing.pdf'))).toEqual([]);
  });
});

describe('assertWritablePath', () => {
  it('accepts a new file in an existing folder', async () => {
    await expect(assertWritablePath(join(await tempDir(), 'nieuw.docx'))).resolves.toBeUndefined();
  });

  it('names a missing folder, a file used as folder, and a folder as target', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'notitie.txt'), 'x');
    expect((await failure(assertWritablePath(join(dir, 'bestaat-niet', 'b.pdf')))).message).toBe(
      `Cannot write the briefing to ${join(dir, 'bestaat-niet', 'b.pdf')}: the folder ${join(dir, 'bestaat-niet')} does not exist.`,
    );
    expect((await failure(assertWritablePath(join(dir, 'notitie.txt', 'b.pdf')))).message).toContain(`${join(dir, 'notitie.txt')} is not a folder`);
    expect(await failure(assertWritablePath(dir))).toMatchObject({ cause: 'is-folder' });
  });

  // root may write anywhere, so a read-only folder only stops other users
  it.skipIf(process.getuid?.() === 0)('names a folder that is not writable', async () => {
    const dir = await tempDir();
    const locked = join(dir, 'alleen-lezen');
    await mkdir(locked);
    await chmod(locked, 0o500);
    try {
      expect(await failure(assertWritablePath(join(locked, 'b.pdf')))).toMatchObject({ cause: 'permission' });
    } finally {
      await chmod(locked, 0o700);
    }
  });
});
