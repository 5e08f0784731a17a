/**
 * `vraagbaak import` stopped with Ctrl+C: the real CLI is spawned on 300 small texts made from the
 * real delay notice r25 (each with its own Aanhangsel and case number), SIGINT is sent once
 * progress shows, and the archive must hold exactly what the summary says — no half-imported file,
 * lock released — and a second import adds only the rest.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentSummary } from '../../core/model/index.js';
import { CLI_BIN, cliEnv, REPO_ROOT, runCli, type CliRun } from '../test-cli.js';

const bin = CLI_BIN;
const NOTICE = path.resolve(REPO_ROOT, '../shared/corpus/nl-text/kvl-r25-Uitstel_beantwoording_vragen_van_de_lede.docx.txt');
const FILES = 300;
// each spawn compiles through tsx; generous for a loaded 2-core machine
const SLOW = 180_000;

let tmp: string;
const env = (): NodeJS.ProcessEnv => cliEnv(tmp);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[]): Promise<CliRun> {
  return runCli(args, tmp);
}

/** Runs `import`, sends SIGINT once stderr shows file `after` done, and resolves at exit. */
function importInterrupted(args: string[], after: number): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: tmp, env: env() });
    let stdout = '';
    let stderr = '';
    let isSent = false;
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
      if (!isSent && stderr.includes(`[${after}/${FILES}]`)) {
        isSent = true;
        child.kill('SIGINT');
      }
    });
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'vraagbaak-cli-cancel-'));
  // the notice with another Aanhangsel number (AH) and case number (zaak) per file: distinct
  // content and official ids, so none is a duplicate of another
  const notice = readFileSync(NOTICE, 'utf8');
  const folder = path.join(tmp, 'inbox');
  await mkdir(folder);
  for (let i = 0; i < FILES; i++) {
    const text = notice.replace('AH 615', `AH ${1000 + i}`).replace('2024Z17538', `2024Z${30000 + i}`);
    await writeFile(path.join(folder, `uitstel-${String(i).padStart(3, '0')}.txt`), text);
  }
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('vraagbaak import, stopped with Ctrl+C', () => {
  it(
    'stops after the current file, prints the summary and "stopped after N of M files", exits 130, and keeps exactly what it imported',
    async () => {
      const archive = path.join(tmp, 'archive');
      const folder = path.join(tmp, 'inbox');
      const run = await importInterrupted(['import', folder, '--archive', archive], 10);
      expect(run.code, run.stderr).toBe(130);
      const stopped = /stopped after (\d+) of 300 files/.exec(run.stderr);
      expect(stopped, run.stderr).not.toBeNull();
      const done = Number(stopped?.[1]);
      const summary = /^(\d+) imported, 0 duplicates, 0 failed\n$/.exec(run.stdout);
      expect(summary, run.stdout).not.toBeNull();
      const imported = Number(summary?.[1]);
      expect(imported).toBe(done);
      expect(done).toBeGreaterThanOrEqual(10);
      expect(done).toBeLessThan(FILES);
      expect(run.stderr).toContain(`[${done}/${FILES}] imported`);
      expect(run.stderr).not.toContain(`[${done + 1}/${FILES}]`);
      expect(existsSync(path.join(archive, '.lock'))).toBe(false);
      console.log(`import stopped after ${done} of ${FILES} files`);

      const listed = await cli(['list', '--json', '--archive', archive]);
      expect(listed.code, listed.stderr).toBe(0);
      expect(DocumentSummary.array().parse(JSON.parse(listed.stdout))).toHaveLength(imported);

      const again = await cli(['import', folder, '--archive', archive]);
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toBe(`${FILES - imported} imported, ${imported} duplicates, 0 failed\n`);
      const all = await cli(['list', '--json', '--archive', archive]);
      expect(new Set(DocumentSummary.array().parse(JSON.parse(all.stdout)).map((s) => s.id)).size).toBe(FILES);
    },
    SLOW,
  );
});
