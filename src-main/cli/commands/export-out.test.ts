/**
 * `briefing --out` and `export-annotations --out` (issue 11 item 3), run in-process on a temp
 * archive with real files: an existing file or a symbolic link is kept unless --force (which
 * replaces the link itself, never its target: not even the archive's catalog), and nothing is ever
 * written inside the archive folder. Word and CSV only: no Chromium needed.
 */
import { lstat, mkdir, readdir, readFile, readlink, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempArchives } from '../../services/test-archives.js';
import { openBriefingArchive } from '../../services/test-briefing-archive.js';
import { cliInProcess as cli } from '../test-cli-in-process.js';

const temp = useTempArchives('vraagbaak-cli-export-out-');

/** The briefing archive, closed again, a theme name with annotations, and an empty folder for the exports. */
async function prepared(): Promise<{ archive: string; theme: string; out: string }> {
  const a = await openBriefingArchive(temp);
  await a.v.close();
  return { archive: a.dir, theme: a.tags.buitenland.name, out: await temp.tempDir() };
}

/** The two export commands, each writing `file` (relative to the out folder), with extra flags. */
const EXPORTS = [
  { name: 'briefing', what: 'the briefing', file: 'b.docx', args: (theme: string) => ['briefing', '--theme', theme, '--title', 'T'] },
  { name: 'export-annotations', what: 'the annotations', file: 'a.csv', args: () => ['export-annotations', '--format', 'csv'] },
];

describe.each(EXPORTS)('vraagbaak $name --out', ({ what, file, args }) => {
  it('keeps an existing file (exit 1, naming it and --force); --force replaces it', async () => {
    const { archive, theme, out } = await prepared();
    await writeFile(path.join(out, file), 'oud');
    const refused = await cli([...args(theme), '--out', file, '--archive', archive], out);
    expect(refused).toMatchObject({ code: 1, stdout: '' });
    expect(refused.stderr).toBe(`Not writing ${what} to ${file} (option --out): the file already exists; add --force to replace it.\n`);
    expect(await readFile(path.join(out, file), 'utf8')).toBe('oud');
    expect(await readdir(out)).toEqual([file]);

    const forced = await cli([...args(theme), '--out', file, '--force', '--archive', archive], out);
    expect(forced.code, forced.stderr).toBe(0);
    expect((await readFile(path.join(out, file))).byteLength).toBeGreaterThan(3);
    expect(await readdir(out)).toEqual([file]);
  });

  it('refuses a symbolic link to the archive catalog; --force replaces the link, the catalog stays', async () => {
    const { archive, theme, out } = await prepared();
    const catalog = path.join(archive, 'catalog.json');
    const before = await readFile(catalog);
    await symlink(catalog, path.join(out, file));
    const refused = await cli([...args(theme), '--out', file, '--archive', archive], out);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('a symbolic link is already there (its target is never written through it); add --force to replace it.');
    expect(await readlink(path.join(out, file))).toBe(catalog);

    const forced = await cli([...args(theme), '--out', file, '--force', '--archive', archive], out);
    expect(forced.code, forced.stderr).toBe(0);
    expect((await lstat(path.join(out, file))).isSymbolicLink()).toBe(false);
    expect(await readFile(catalog)).toEqual(before);
  });

  it('never writes inside the archive folder, even with --force or through a linked folder', async () => {
    const { archive, theme, out } = await prepared();
    const catalog = path.join(archive, 'catalog.json');
    const before = await readFile(catalog);
    const namesBefore = (await readdir(archive)).sort();
    await symlink(archive, path.join(out, 'via-link'));
    for (const target of [path.join(archive, file), path.join(archive, 'documents', file), path.join('via-link', file)]) {
      const refused = await cli([...args(theme), '--out', target, '--force', '--archive', archive], out);
      expect(refused.code, target).toBe(1);
      expect(refused.stderr).toContain(`: that is inside the archive folder ${archive}, which only Vraagbaak itself writes; choose another folder.`);
    }
    // the catalog itself, by name (CSV would not even pick it: give the format)
    const overCatalog = await cli(['export-annotations', '--format', 'w3c', '--out', catalog, '--force', '--archive', archive], out);
    expect(overCatalog.code).toBe(1);
    expect(await readFile(catalog)).toEqual(before);
    expect((await readdir(archive)).sort()).toEqual(namesBefore);
  });
});

describe('the folder check comes before the work', () => {
  it('a missing folder still fails in one sentence', async () => {
    const { archive, out } = await prepared();
    await mkdir(path.join(out, 'leeg'));
    const run = await cli(['export-annotations', '--format', 'csv', '--out', path.join('nergens', 'a.csv'), '--archive', archive], out);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`Cannot write the annotations to ${path.join('nergens', 'a.csv')} (option --out): the folder ${path.join(out, 'nergens')} does not exist.\n`);
  });
});
