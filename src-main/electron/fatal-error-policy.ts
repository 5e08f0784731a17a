/**
 * What the Electron main process does with an error nobody caught, as plain functions of injected
 * effects (testable without Electron); fatal-errors.ts installs them on `process`.
 *
 * - `uncaughtException`: the main process's state is unknown, so it stops — but never silently and
 *   never with the archive half-open: log, close the archive (writes flushed, lock released), tell
 *   the user where the log is, exit with code 1.
 * - `unhandledRejection`: a promise nobody awaits failed (e.g. a library's late rejection after its
 *   caller already reported the error). The archive is unaffected — every acknowledged write is
 *   already durable — so the app keeps running: log it, and warn the user once per session.
 */

export type FatalErrorKind = 'uncaughtException' | 'unhandledRejection';
/** What a log entry is about: one of the two kinds, or the archive close that failed while stopping. */
export type FatalLogLabel = FatalErrorKind | 'archiveCloseFailed';

export interface FatalErrorEffects {
  /** writes one log entry (console and the log file); must not throw */
  log(entry: string): void;
  /** closes the archive (flushes writes, releases its lock); resolves at once when none is open */
  closeArchive(): Promise<void>;
  /** tells the user the app stops (a modal error box), and whether the archive closed cleanly; must not throw */
  showFatal(archiveClosed: boolean): void;
  /** tells the user an internal error was logged and the app goes on (non-blocking); must not throw */
  showWarning(): void;
  /** ends the process with `code` */
  exit(code: number): void;
}

export interface FatalErrorHandlers {
  onUncaughtException(error: unknown): Promise<void>;
  onUnhandledRejection(reason: unknown): void;
}

/**
 * One log entry: ISO time, the label in brackets, then the stack (or message) of `reason`, or its String() when it
 * is not an Error. Never throws, whatever `reason` is (a throwing toString gives a placeholder).
 */
export function describeFatalError(label: FatalLogLabel, reason: unknown, now: Date): string {
  let detail: string;
  try {
    detail = reason instanceof Error ? (reason.stack ?? `${reason.name}: ${reason.message}`) : String(reason);
  } catch {
    detail = '(an error value that cannot be printed)';
  }
  return `${now.toISOString()} [${label}] ${detail}`;
}

/**
 * Builds the two process handlers over `effects`. The first uncaught exception runs the stop
 * sequence (log → close archive → dialog → exit 1); a failed close is logged and the exit still
 * happens. Errors that arrive while stopping are only logged, so a second error cannot start a second
 * close or a second dialog. Rejections are logged every time; the warning dialog shows once.
 * @param now the clock for log entries (tests pass a fixed one)
 */
export function createFatalErrorHandlers(effects: FatalErrorEffects, now: () => Date = () => new Date()): FatalErrorHandlers {
  let stopping = false;
  let warned = false;
  return {
    async onUncaughtException(error) {
      effects.log(describeFatalError('uncaughtException', error, now()));
      if (stopping) return;
      stopping = true;
      let archiveClosed = true;
      try {
        await effects.closeArchive();
      } catch (e) {
        archiveClosed = false;
        effects.log(describeFatalError('archiveCloseFailed', e, now()));
      }
      effects.showFatal(archiveClosed);
      effects.exit(1);
    },
    onUnhandledRejection(reason) {
      effects.log(describeFatalError('unhandledRejection', reason, now()));
      if (stopping || warned) return;
      warned = true;
      effects.showWarning();
    },
  };
}
