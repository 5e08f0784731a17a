/**
 * Composition root of the Electron app. Boot order: fatal-error handlers → single-instance lock →
 * app scheme registered (before 'ready') → security → services (archive open; a locked or
 * unreadable archive ends in a dialog and quit) → IPC → app protocol → window → menu.
 * Shutdown on before-quit, in reverse: services (printer, then the archive: writes flushed, archive
 * lock released) → the single-instance lock. An uncaught exception closes the archive the same way
 * before it exits (fatal-errors.ts).
 */
import { app, dialog, ipcMain, type BrowserWindow } from 'electron';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApiHandlers } from '../core/api/contract.js';
import type { ImportReport } from '../core/api/types.js';
import { isVraagbaakError } from '../core/model/errors.js';
import type { ImportService } from '../services/import-service.js';
import { openVraagbaak, type Vraagbaak } from '../services/index.js';
import { registerAppScheme, serveAppProtocol } from './app-protocol.js';
import { createSavingBriefingExport } from './export-briefing.js';
import { installFatalErrorHandlers } from './fatal-errors.js';
import { bindIpc } from './ipc.js';
import { resolveArchiveDir, resolveRendererEntry, resolveSampleDir } from './launch-options.js';
import { installMenu } from './menu.js';
import { createElectronPrinter } from './print-to-pdf.js';
import { createAppUrlCheck, createTrustedSenderCheck } from './security-policy.js';
import { installSecurity } from './security.js';
import { mainLocale, mainTexts, type MainTexts } from './texts.js';
import { createMainWindow } from './window.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Closes the open archive once (every caller gets the same promise); a no-op until one is open. */
let closeArchive: () => Promise<void> = () => Promise.resolve();

/** Reads the files chosen in the native open dialog and imports them with the import service. */
async function importPaths(importer: ImportService, paths: string[]): Promise<ImportReport> {
  const files = await Promise.all(
    paths.map(async (file) => ({ name: path.basename(file), bytes: new Uint8Array(await readFile(file)) })),
  );
  return importer.importFiles(files);
}

/** Shows why the app cannot start, then quits with exit code 1. */
function failStartup(texts: MainTexts, archiveDir: string, e: unknown): void {
  const message = isVraagbaakError(e, 'archive-locked')
    ? texts.archiveLocked(archiveDir)
    : texts.startFailed(archiveDir, e instanceof Error ? e.message : String(e));
  console.error(message);
  dialog.showErrorBox(texts.startFailedTitle, message);
  app.exit(1);
}

/** Opens the archive and the services, binds IPC, opens the window and installs the menu. */
async function start(): Promise<void> {
  const texts = mainTexts(mainLocale(app.getLocale())); // getLocale is valid only after 'ready'
  const archiveDir = resolveArchiveDir(process.argv, process.env, app.getPath('userData'), process.cwd());
  const entry = resolveRendererEntry(app.getAppPath(), process.env, app.isPackaged);
  const isAppUrl = createAppUrlCheck(entry);
  installSecurity(isAppUrl);
  if (entry.kind === 'app') serveAppProtocol(entry.rendererDir);

  const printer = createElectronPrinter();
  let vraagbaak: Vraagbaak;
  try {
    vraagbaak = await openVraagbaak({
      archiveDir,
      printer,
      shell: 'electron',
      version: app.getVersion(),
      sampleDir: resolveSampleDir(app.getAppPath(), process.resourcesPath, app.isPackaged),
      // the window opens at once; the renderer shows the search index loading (app.info `index`)
      indexInBackground: true,
    });
  } catch (e) {
    failStartup(texts, archiveDir, e);
    return;
  }
  const open = vraagbaak;
  let closing: Promise<void> | null = null;
  closeArchive = () => (closing ??= open.close());
  // the renderer shows a failed index too; this line is for the log
  vraagbaak.indexReady.catch((e: unknown) => console.error(`The search index could not be built: ${e instanceof Error ? e.message : String(e)}`));

  let mainWindow: BrowserWindow | null = null;
  const handlers: ApiHandlers = {
    ...vraagbaak.handlers,
    'briefings.export': createSavingBriefingExport({
      briefings: vraagbaak.briefings,
      parentWindow: () => mainWindow,
      texts,
      archiveDir,
    }),
  };
  bindIpc(ipcMain, handlers, createTrustedSenderCheck(isAppUrl));

  let shuttingDown = false;
  app.on('before-quit', (event) => {
    if (shuttingDown) return;
    shuttingDown = true;
    event.preventDefault();
    closeArchive() // closes the printer, then the archive (flushes writes, releases the archive lock)
      .catch((e: unknown) => console.error(`Closing the archive failed: ${e instanceof Error ? e.message : String(e)}`))
      .finally(() => {
        app.releaseSingleInstanceLock();
        app.quit();
      });
  });

  const openWindow = async (): Promise<void> => {
    mainWindow = await createMainWindow({ preloadPath: path.join(here, 'preload.cjs'), entry, title: 'Vraagbaak' });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  };
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // after the archive is open, failures quit through before-quit so the archive is closed cleanly
  const quitWithError = (e: unknown): void => {
    dialog.showErrorBox(texts.startFailedTitle, e instanceof Error ? e.message : String(e));
    app.quit();
  };
  app.on('activate', () => {
    if (mainWindow === null) openWindow().catch(quitWithError);
  });

  installMenu({
    texts,
    isDev: !app.isPackaged,
    version: app.getVersion(),
    archiveDir,
    mainWindow: () => mainWindow,
    importFiles: (paths) => importPaths(vraagbaak.importer, paths),
  });
  await openWindow().catch(quitWithError);
}

installFatalErrorHandlers({ closeArchive: () => closeArchive() });

if (!app.requestSingleInstanceLock()) {
  // another Vraagbaak already runs; it gets 'second-instance' and comes to the front
  app.quit();
} else {
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // a terminal's Ctrl+C or a service manager's stop goes through before-quit like the menu does
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.quit());
  registerAppScheme(); // privileged schemes must be registered before 'ready'
  app
    .whenReady()
    .then(start)
    .catch((e: unknown) => {
      console.error(e);
      dialog.showErrorBox(mainTexts(mainLocale(app.getLocale())).startFailedTitle, e instanceof Error ? e.message : String(e));
      app.exit(1);
    });
}
