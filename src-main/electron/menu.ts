/**
 * Installs the application menu and carries out its actions: importing runs in main (native open
 * dialog → import service), everything that needs the renderer's state goes as one typed action
 * on MENU_CHANNEL, which the preload exposes as `window.vraagbaak.onMenu`.
 */
import { Menu, dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';
import type { ImportReport } from '../core/api/types.js';
import { MENU_CHANNEL, type MenuAction } from '../core/api/menu-actions.js';
import { buildMenuTemplate } from './menu-template.js';
import type { MainTexts } from './texts.js';

/** Source formats the importer reads (DESIGN §2 `source.format`). */
const IMPORT_EXTENSIONS = ['txt', 'pdf', 'docx', 'xml', 'html', 'htm', 'json'];

export interface MenuDeps {
  texts: MainTexts;
  isDev: boolean;
  version: string;
  archiveDir: string;
  mainWindow: () => BrowserWindow | null;
  /** imports the files at these absolute paths (the import service) */
  importFiles: (paths: string[]) => Promise<ImportReport>;
}

/** Sends `action` to the renderer of the main window, if it is open. */
function sendMenuAction(win: BrowserWindow | null, action: MenuAction): void {
  if (win && !win.isDestroyed()) win.webContents.send(MENU_CHANNEL, action);
}

/** Open dialog → import → summary box → tell the renderer to reload its library. */
async function importFromDialog(deps: MenuDeps): Promise<void> {
  const win = deps.mainWindow();
  const options: OpenDialogOptions = {
    title: deps.texts.importTitle,
    properties: ['openFile', 'multiSelections'],
    filters: [
      { name: deps.texts.importFilterName, extensions: IMPORT_EXTENSIONS },
      { name: deps.texts.allFiles, extensions: ['*'] },
    ],
  };
  const chosen = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  if (chosen.canceled || chosen.filePaths.length === 0) return;
  const report = await deps.importFiles(chosen.filePaths);
  sendMenuAction(win, 'documents-imported');
  const failures = report.failed.map((f) => `${f.fileName}: ${f.reason}`).join('\n');
  await dialog.showMessageBox({
    type: report.failed.length > 0 ? 'warning' : 'info',
    message: deps.texts.importDone(report.imported.length, report.duplicates.length, report.failed.length),
    detail: failures,
  });
}

/** Shows the error of a failed menu action; the app keeps running. */
function reportFailure(deps: MenuDeps, e: unknown): void {
  dialog.showErrorBox(deps.texts.importFailedTitle, e instanceof Error ? e.message : String(e));
}

/** Builds the menu for `deps` and makes it the application menu. */
export function installMenu(deps: MenuDeps): void {
  const template = buildMenuTemplate({
    texts: deps.texts,
    isDev: deps.isDev,
    platform: process.platform,
    callbacks: {
      importFiles: () => {
        importFromDialog(deps).catch((e: unknown) => reportFailure(deps, e));
      },
      exportBriefing: () => sendMenuAction(deps.mainWindow(), 'export-briefing'),
      focusSearch: () => sendMenuAction(deps.mainWindow(), 'focus-search'),
      undo: () => sendMenuAction(deps.mainWindow(), 'undo'),
      redo: () => sendMenuAction(deps.mainWindow(), 'redo'),
      showAbout: () => {
        void dialog.showMessageBox({
          type: 'info',
          message: 'Vraagbaak',
          detail: deps.texts.aboutDetail(deps.version, deps.archiveDir),
        });
      },
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
