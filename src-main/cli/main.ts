/**
 * The `vraagbaak` process: wires runCli to the real stdout/stderr, environment and signals, and
 * sets the exit code. bin/vraagbaak.js loads this file through tsx.
 */
import { homedir } from 'node:os';
import { runCli } from './run.js';

const shutdown = new Promise<void>((resolve) => {
  const stop = (): void => {
    // a second Ctrl+C while closing means "now"
    process.once('SIGINT', () => process.exit(130));
    resolve();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
});

function write(stream: NodeJS.WriteStream): (text: string) => void {
  return (text) => {
    stream.write(text);
  };
}

const code = await runCli(process.argv.slice(2), {
  out: write(process.stdout),
  err: write(process.stderr),
  env: process.env,
  cwd: process.cwd(),
  platform: process.platform,
  home: homedir(),
  waitForShutdown: () => shutdown,
});
process.exitCode = code;
// signal listeners and a lingering browser must not keep a finished command alive
process.removeAllListeners('SIGINT');
process.removeAllListeners('SIGTERM');
