/**
 * The real `vraagbaak` process with hostile files (issue 11 item 1): `import` reports each bad file
 * alone in one plain sentence, imports the good one, exits 1 (not a crash), and leaves no `.lock`;
 * an unhandled rejection is written as one plain sentence and the process goes on.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { corpusPdf, damaged, docxZipBomb, unclosedDivs } from '../services/importers/test-hostile-files.js';
import { SEED_PATH } from '../services/test-archives.js';
import { unhandledMessage } from './process-guards.js';
import { runCli } from './test-cli.js';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('vraagbaak import with hostile files', () => {
  it('reports each bad file alone in a plain sentence, imports the good one, exits 1 and releases the lock', async () => {
    const home = await mkdtemp(path.join(tmpdir(), 'vraagbaak-hostile-cli-'));
    dirs.push(home);
    const files = path.join(home, 'bestanden');
    const archive = path.join(home, 'archief');
    await mkdir(files);
    const pdf = corpusPdf();
    await writeFile(path.join(files, 'bom.docx'), docxZipBomb(30));
    await writeFile(path.join(files, 'diep.html'), unclosedDivs(200_000));
    await writeFile(path.join(files, 'beschadigd.pdf'), damaged(pdf.bytes, 7));
    await copyFile(SEED_PATH, path.join(files, 'seed.txt'));

    const run = await runCli(['import', files, '--archive', archive], home);
    expect(run.stderr).toContain('bom.docx: the file unpacks to');
    expect(run.stderr).toContain('diep.html: the file is nested too deeply to be a Kamervragen document; it was not read.');
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toMatch(/imported bestanden\/seed\.txt as /);
    expect(existsSync(path.join(archive, '.lock'))).toBe(false);
  });

  it('an unhandled rejection becomes one plain sentence', () => {
    expect(unhandledMessage('rejection', new Error('Invalid PDF structure'))).toBe(
      'Vraagbaak: an internal task failed and was stopped; the archive is safe and Vraagbaak goes on. Cause: Invalid PDF structure.\n',
    );
  });
});
