/**
 * Test support for the CLI tests that spawn the real command line (`node bin/vraagbaak.js …`): the
 * paths, an environment that keeps the user's archive out of reach, and one run with its output.
 * Test-only (excluded from the build like *.test.ts).
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI_BIN = path.join(REPO_ROOT, 'bin', 'vraagbaak.js');

/** What one CLI run printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** wall-clock time of the run, ms */
  ms: number;
}

/**
 * The environment for a spawned CLI: HOME and XDG_DATA_HOME inside `home`, so the default archive is
 * a temp folder, and no VRAAGBAAK_ARCHIVE or NODE_OPTIONS from the test runner.
 */
export function cliEnv(home: string): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, HOME: home, XDG_DATA_HOME: path.join(home, 'xdg') };
  delete e['VRAAGBAAK_ARCHIVE'];
  delete e['NODE_OPTIONS'];
  return e;
}

/**
 * Runs the CLI once to its end (never rejects; a failure is in `code`).
 * @param home HOME of the run (see `cliEnv`); also the working folder unless `cwd` is given
 */
export function runCli(args: readonly string[], home: string, cwd = home): Promise<CliRun> {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI_BIN, ...args], { cwd, env: cliEnv(home), maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
  });
}
