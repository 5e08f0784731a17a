/**
 * Keeps the `vraagbaak` process (the CLI and the browser shell it serves) alive when a library
 * fails outside any request: an unhandled promise rejection or an uncaught exception is written
 * to stderr as one plain sentence and the process goes on, so the archive is closed normally
 * later and its `.lock` released. Imported files are parsed in a worker (services/importers/
 * import-runner.ts), so a parser's failure does not reach these handlers in the first place.
 */

/** The plain sentence for a failure no caller handled. */
export function unhandledMessage(kind: 'rejection' | 'exception', e: unknown): string {
  const what = e instanceof Error ? e.message : String(e);
  const sentence = /[.!?]$/.test(what) ? what : `${what}.`;
  return `Vraagbaak: an internal ${kind === 'rejection' ? 'task' : 'step'} failed and was stopped; the archive is safe and Vraagbaak goes on. Cause: ${sentence}\n`;
}

/**
 * Installs the `unhandledRejection` and `uncaughtException` handlers once.
 * @param err writes to stderr; the stack is added when `debug` (VRAAGBAAK_DEBUG) is set
 */
export function installProcessGuards(err: (text: string) => void, debug: boolean): void {
  const report = (kind: 'rejection' | 'exception') => (e: unknown): void => {
    err(unhandledMessage(kind, e));
    if (debug && e instanceof Error && e.stack) err(`${e.stack}\n`);
  };
  process.on('unhandledRejection', report('rejection'));
  process.on('uncaughtException', report('exception'));
}
