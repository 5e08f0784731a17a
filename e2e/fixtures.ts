/**
 * The e2e fixture that gives every test its own browser shell: a fresh temp archive, a real
 * `vraagbaak serve --port 0` child process, and a clean SIGTERM shutdown afterwards.
 * Specs import `test` and `expect` from here instead of from @playwright/test.
 */
import { test as base, expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// hang limits only (a slow or busy machine must not fail a test): starting compiles the TypeScript
// sources on the fly, and closing saves the search index and waits for the archive's writes
const STARTUP_TIMEOUT_MS = 120_000;
const SHUTDOWN_TIMEOUT_MS = 60_000;

export interface Shell {
  /** `http://127.0.0.1:<port>/#token=<token>`: open this with page.goto */
  url: string;
  /** `http://127.0.0.1:<port>` */
  origin: string;
  token: string;
  /** the fresh temp archive the shell runs on (removed after the test) */
  archiveDir: string;
}

interface ShellOptions {
  /** start with the built-in sample archive instead of an empty one (default false) */
  shellSample: boolean;
}

/** Resolves with the URL line of `vraagbaak serve`, or rejects with its stderr when it dies first. */
function waitForUrl(child: ChildProcess, stderr: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`vraagbaak serve printed no URL within ${STARTUP_TIMEOUT_MS} ms:\n${stderr()}`)), STARTUP_TIMEOUT_MS);
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      stdout += chunk;
      const match = /^Vraagbaak: (http:\/\/\S+)$/m.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`vraagbaak serve exited with ${String(code)} before printing its URL:\n${stderr()}`));
    });
  });
}

/** Sends SIGTERM and waits for the exit (SIGKILL after a timeout); resolves with the exit code. */
async function stop(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), SHUTDOWN_TIMEOUT_MS);
  const code = await exited;
  clearTimeout(timer);
  return code;
}

export const test = base.extend<{ shell: Shell } & ShellOptions>({
  shellSample: [false, { option: true }],
  shell: async ({ shellSample }, use, testInfo) => {
    const archiveDir = await mkdtemp(path.join(tmpdir(), 'vraagbaak-e2e-'));
    const args = [path.join(repoRoot, 'bin', 'vraagbaak.js'), 'serve', '--port', '0', '--archive', archiveDir];
    if (shellSample) args.push('--sample');
    const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    try {
      const url = await waitForUrl(child, () => stderr);
      const parsed = new URL(url);
      const token = new URLSearchParams(parsed.hash.slice(1)).get('token') ?? '';
      await use({ url, origin: parsed.origin, token, archiveDir });
    } finally {
      const code = await stop(child);
      if (stderr.trim() !== '') await testInfo.attach('vraagbaak-serve.stderr', { body: stderr, contentType: 'text/plain' });
      await rm(archiveDir, { recursive: true, force: true });
      expect(code, `vraagbaak serve should exit cleanly on SIGTERM:\n${stderr}`).toBe(0);
    }
  },
});

export { expect };
