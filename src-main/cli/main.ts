/**
 * The `vraagbaak` process: wires runCli to the real stdout/stderr, environment and signals, and
 * sets the exit code. bin/vraagbaak.js loads this file through tsx.
 */
import { homedir } from 'node:os';
import { installProcessGuards } from './process-guards.js';
import { runCli } from './run.js';

/** A repeated signal within this window is the same Ctrl+C (terminal + a forwarding parent such as `npm start`). */
const SAME_SIGNAL_MS = 1000;

let shutdown: Promise<void> | null = null;

/**
 * Resolves on the first SIGINT/SIGTERM. Listeners are installed only when a command waits (serve),
 * so every other command keeps Node's default: Ctrl+C stops it at once.
 */
function waitForShutdown(): Promise<void> {
  shutdown ??= new Promise<void>((resolve) => {
    let firstAt = 0;
    const onSignal = (signal: NodeJS.Signals): void => {
      const now = Date.now();
      if (firstAt === 0) {
        firstAt = now;
        resolve();
      } else if (signal === 'SIGINT' && now - firstAt > SAME_SIGNAL_MS) {
        process.exit(130); // a second, deliberate Ctrl+C while closing means "now"
      }
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
  return shutdown;
}

/**
 * A writer for stdout or stderr. When the reader goes away (`vraagbaak list | head`: EPIPE), later
 * output is dropped, as Unix tools do, and the command still finishes and closes the archive.
 */
function write(stream: NodeJS.WriteStream): (text: string) => void {
  let gone = false;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    gone = true;
  });
  return (text) => {
    if (!gone) stream.write(text);
  };
}

const err = write(process.stderr);
installProcessGuards(err, Boolean(process.env['VRAAGBAAK_DEBUG']));

process.exitCode = await runCli(process.argv.slice(2), {
  out: write(process.stdout),
  err,
  env: process.env,
  cwd: process.cwd(),
  platform: process.platform,
  home: homedir(),
  waitForShutdown,
});
process.removeAllListeners('SIGINT');
process.removeAllListeners('SIGTERM');
