/**
 * The application menu as data (Bestand, Bewerken, Beeld, Help), built from callbacks so it can be
 * checked without Electron; menu.ts turns it into a Menu and supplies the actions.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MainTexts } from './texts.js';

/** Stable ids of our own menu items (`Menu.getMenuItemById`; the Electron e2e spec clicks them). */
export const MENU_ITEM_IDS = {
  importFiles: 'file.import',
  exportBriefing: 'file.export-briefing',
  focusSearch: 'edit.find',
  undo: 'edit.undo',
  redo: 'edit.redo',
  about: 'help.about',
} as const;

export interface MenuCallbacks {
  importFiles(): void;
  exportBriefing(): void;
  focusSearch(): void;
  undo(): void;
  redo(): void;
  showAbout(): void;
}

export interface MenuTemplateOptions {
  texts: MainTexts;
  /** development build: adds reload and devtools to Beeld */
  isDev: boolean;
  /** 'darwin' gets the standard app menu in front */
  platform: NodeJS.Platform;
  callbacks: MenuCallbacks;
}

/** The menu template; roles give the standard platform behaviour and shortcuts. */
export function buildMenuTemplate(options: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const { texts, isDev, callbacks } = options;
  const file: MenuItemConstructorOptions = {
    label: texts.file,
    submenu: [
      { id: MENU_ITEM_IDS.importFiles, label: texts.importFiles, accelerator: 'CmdOrCtrl+O', click: () => callbacks.importFiles() },
      {
        id: MENU_ITEM_IDS.exportBriefing,
        label: texts.exportBriefing,
        accelerator: 'CmdOrCtrl+E',
        click: () => callbacks.exportBriefing(),
      },
      { type: 'separator' },
      { label: texts.quit, role: 'quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: texts.edit,
    submenu: [
      // the renderer decides what to undo: a text field's typing, the composer's history or the window's.
      // The page handles the keys itself (registerAccelerator false on Linux/Windows), so one press undoes once.
      { id: MENU_ITEM_IDS.undo, label: texts.undo, accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: () => callbacks.undo() },
      { id: MENU_ITEM_IDS.redo, label: texts.redo, accelerator: 'CmdOrCtrl+Shift+Z', registerAccelerator: false, click: () => callbacks.redo() },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      { id: MENU_ITEM_IDS.focusSearch, label: texts.find, accelerator: 'CmdOrCtrl+F', click: () => callbacks.focusSearch() },
    ],
  };
  const devItems: MenuItemConstructorOptions[] = isDev
    ? [{ label: texts.reload, role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }]
    : [];
  const view: MenuItemConstructorOptions = {
    label: texts.view,
    submenu: [
      ...devItems,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: texts.help,
    role: 'help',
    submenu: [{ id: MENU_ITEM_IDS.about, label: texts.about, click: () => callbacks.showAbout() }],
  };
  const appMenu: MenuItemConstructorOptions[] = options.platform === 'darwin' ? [{ role: 'appMenu' }] : [];
  return [...appMenu, file, edit, view, help];
}
