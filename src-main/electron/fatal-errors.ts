/**
 * Installs the main process's last line of defence (fatal-error-policy.ts) on `process`: an
 * uncaught exception closes the archive, tells the user and exits 1; an unhandled rejection is
 * logged and warned about once, and the app goes on. Entries go to stderr and to
 * `<logs>/main.log` (Electron's per-user log folder), so a packaged app's errors are not lost.
 */
import { app, dialog } from 'electron';
import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { createFatalErrorHandlers } from './fatal-error-policy.js';
import { mainLocale, mainTexts } from './texts.js';

/** How long a fatal stop waits for the archive to close before it exits anyway. */
const CLOSE_DEADLINE_MS = 15_000;

export interface FatalErrorOptions {
  /** closes the archive if one is open (writes flushed, lock released); resolves at once otherwise */
  closeArchive(): Promise<void>;
}

/** `<logs>/main.log`, or null when Electron cannot name a log folder. */
function logFilePath(): string | null {
  try {
    return path.join(app.getPath('logs'), 'main.log');
  } catch {
    return null;
  }
}

/** Appends `entry` to the log file; a log that cannot be written leaves stderr as the only copy. */
function appendToLog(file: string | null, entry: string): void {
  console.error(entry);
  if (file === null) return;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    appendFileSync(file, `${entry}\n`, 'utf8');
  } catch {
    // stderr has it
  }
}

/** `closing`, or a rejection once CLOSE_DEADLINE_MS has passed (a hung close must not keep a broken process alive). */
function withDeadline(closing: Promise<void>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`the archive did not close within ${CLOSE_DEADLINE_MS / 1000} s`)), CLOSE_DEADLINE_MS);
  });
  return Promise.race([closing, deadline]).finally(() => clearTimeout(timer));
}

/** The texts for the OS locale; English before 'ready' (getLocale is valid only after it). */
function texts(): ReturnType<typeof mainTexts> {
  return mainTexts(app.isReady() ? mainLocale(app.getLocale()) : 'en');
}

/**
 * Registers the `uncaughtException` and `unhandledRejection` handlers (replacing Electron's default
 * dialog-and-continue for exceptions). Call once, as early as possible in the main process.
 */
export function installFatalErrorHandlers(options: FatalErrorOptions): void {
  const logFile = logFilePath();
  const where = logFile ?? 'stderr';
  const handlers = createFatalErrorHandlers({
    log: (entry) => appendToLog(logFile, entry),
    closeArchive: () => withDeadline(options.closeArchive()),
    showFatal: (archiveClosed) => {
      try {
        dialog.showErrorBox(texts().internalErrorTitle, texts().internalErrorQuit(where, archiveClosed));
      } catch {
        // no dialog possible (before 'ready' on some platforms): the log has it
      }
    },
    showWarning: () => {
      if (!app.isReady()) return;
      dialog
        .showMessageBox({ type: 'warning', message: texts().internalErrorTitle, detail: texts().internalErrorContinue(where) })
        .catch(() => {});
    },
    exit: (code) => app.exit(code),
  });
  process.on('uncaughtException', (error) => {
    void handlers.onUncaughtException(error);
  });
  process.on('unhandledRejection', (reason) => handlers.onUnhandledRejection(reason));
}
