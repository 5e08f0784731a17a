import { chmod, lstat, mkdir, readdir, readFile, readlink, symlink, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertWritablePath, writeExportFile } from './briefing-file.js';
import { useTempArchives } from './test-archives.js';
import { rejection } from './test-errors.js';

const { tempDir } = useTempArchives('vraagbaak-briefing-file-');

async function failure(promise: Promise<unknown>): Promise<{ message: string } & Record<string, unknown>> {
  const e = await rejection(promise);
  return { message: e.message, ...e.details };
}

const bytes = new TextEncoder().encode('%PDF-1.7 briefing');

describe('writeExportFile', () => {
  it('writes the bytes, replacing an older file when allowed, and leaves no temp file', async () => {
    const dir = await tempDir();
    const file = join(dir, 'briefing.pdf');
    await writeFile(file, 'oud');
    await writeExportFile(file, bytes, { replace: true });
    expect(new Uint8Array(await readFile(file))).toEqual(bytes);
    expect(await readdir(dir)).toEqual(['briefing.pdf']);
  });

  it('fails in one sentence when the target cannot be replaced, leaving the folder as it was', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'briefing.pdf'));
    const error = await failure(writeExportFile(join(dir, 'briefing.pdf'), bytes, { shownAs: 'briefing.pdf (option --out)', replace: true }));
    expect(error).toMatchObject({ reason: 'export-path-unwritable', cause: 'is-folder', file: join(dir, 'briefing.pdf') });
    expect(error.message).toBe('Cannot write the briefing to briefing.pdf (option --out): that is a folder, not a file.');
    expect(await readdir(dir)).toEqual(['briefing.pdf']);
    expect(await readdir(join(dir, 'briefing.pdf'))).toEqual([]);
  });
});

describe('writeExportFile: never over what is there without consent', () => {
  it('refuses an existing file, naming it and the way to consent, and keeps it intact', async () => {
    const dir = await tempDir();
    const file = join(dir, 'b.pdf');
    await writeFile(file, 'oud');
    const error = await failure(writeExportFile(file, bytes, { shownAs: 'b.pdf (option --out)', replaceHint: 'add --force to replace it' }));
    expect(error).toMatchObject({ reason: 'export-file-exists', cause: 'exists', file });
    expect(error.message).toBe('Not writing the briefing to b.pdf (option --out): the file already exists; add --force to replace it.');
    expect(await readFile(file, 'utf8')).toBe('oud');
    expect(await readdir(dir)).toEqual(['b.pdf']);
  });

  it('refuses a symbolic link (even to the archive catalog); with consent replaces the link itself, never its target', async () => {
    const archive = await tempDir();
    const catalog = join(archive, 'catalog.json');
    await writeFile(catalog, '{"version":1}');
    const dir = await tempDir();
    const link = join(dir, 'b.pdf');
    await symlink(catalog, link);
    expect(await failure(writeExportFile(link, bytes, { archiveDir: archive }))).toMatchObject({ reason: 'export-file-exists', cause: 'symlink' });
    expect(await readlink(link)).toBe(catalog);
    await writeExportFile(link, bytes, { archiveDir: archive, replace: true });
    expect((await lstat(link)).isSymbolicLink()).toBe(false);
    expect(new Uint8Array(await readFile(link))).toEqual(bytes);
    expect(await readFile(catalog, 'utf8')).toBe('{"version":1}');
  });

  it('refuses a dangling symbolic link too (it would create its target)', async () => {
    const dir = await tempDir();
    const link = join(dir, 'b.docx');
    await symlink(join(dir, 'elders.docx'), link);
    expect(await failure(writeExportFile(link, bytes))).toMatchObject({ reason: 'export-file-exists', cause: 'symlink' });
    expect(await readdir(dir)).toEqual(['b.docx']);
  });

  it('does not overwrite a file that appears between the check and the write (no-clobber commit)', async () => {
    const dir = await tempDir();
    const file = join(dir, 'b.pdf');
    const error = await failure(writeExportFile(file, bytes, { beforeCommit: () => void writeFileSync(file, 'van een ander') }));
    expect(error).toMatchObject({ reason: 'export-file-exists', cause: 'exists' });
    expect(await readFile(file, 'utf8')).toBe('van een ander');
    expect(await readdir(dir)).toEqual(['b.pdf']);
  });

  it('an interrupted write leaves the old file as it was and no partial file, with or without consent', async () => {
    for (const replace of [true, false]) {
      const dir = await tempDir();
      const file = join(dir, replace ? 'b.pdf' : 'nieuw.pdf');
      if (replace) await writeFile(file, 'oud');
      let seen: { target: string | null; temp: string } | null = null;
      const interrupted = writeExportFile(file, bytes, {
        replace,
        beforeCommit: (temp) => {
          // the whole new file exists only under the temp name; the target is untouched
          seen = { target: existsSync(file) ? readFileSync(file, 'utf8') : null, temp: readFileSync(temp, 'utf8') };
          throw Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' });
        },
      });
      expect(await failure(interrupted)).toMatchObject({ reason: 'export-path-unwritable', cause: 'other' });
      expect(seen).toEqual({ target: replace ? 'oud' : null, temp: '%PDF-1.7 briefing' });
      expect(await readdir(dir)).toEqual(replace ? ['b.pdf'] : []);
      if (replace) expect(await readFile(file, 'utf8')).toBe('oud');
    }
  });
});

describe('assertWritablePath: never inside the archive', () => {
  it('refuses the archive folder, a folder below it, and a folder that links into it', async () => {
    const archive = await tempDir();
    await mkdir(join(archive, 'documents'));
    const elsewhere = await tempDir();
    await symlink(archive, join(elsewhere, 'via-link'));
    for (const file of [join(archive, 'catalog.json'), join(archive, 'documents', 'b.pdf'), join(elsewhere, 'via-link', 'b.pdf')]) {
      const error = await failure(assertWritablePath(file, { archiveDir: archive, replace: true }));
      expect(error, file).toMatchObject({ reason: 'export-path-unwritable', cause: 'in-archive', file });
      expect(error.message).toContain(`inside the archive folder ${archive}`);
    }
    // next to the archive, or in a folder whose name merely starts like it, is fine
    await mkdir(`${archive}-export`);
    await expect(assertWritablePath(join(`${archive}-export`, 'b.pdf'), { archiveDir: archive })).resolves.toBeUndefined();
    await expect(assertWritablePath(join(elsewhere, 'b.pdf'), { archiveDir: archive })).resolves.toBeUndefined();
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
