/**
 * Test support for CLI tests that run the command line in this process (`runCli` of run.ts, with
 * its output collected): faster than spawning it, and the same code. Test-only (excluded from the
 * build like *.test.ts).
 */
import { runCli } from './run.js';

/** What one in-process CLI run printed and returned. */
export interface InProcessRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI in this process with `cwd` as working folder and home, without the runner's
 * VRAAGBAAK_ARCHIVE (so only `--archive` or the temp home's default archive is used).
 */
export async function cliInProcess(args: readonly string[], cwd: string): Promise<InProcessRun> {
  let stdout = '';
  let stderr = '';
  const env = { ...process.env };
  delete env['VRAAGBAAK_ARCHIVE'];
  const code = await runCli([...args], {
    out: (t) => (stdout += t),
    err: (t) => (stderr += t),
    env,
    cwd,
    platform: process.platform,
    home: cwd,
    waitForShutdown: () => new Promise(() => {}),
  });
  return { code, stdout, stderr };
}
