/**
 * Actions the Electron application menu sends to the renderer. Mirrors MENU_ACTIONS in
 * src-main/electron/menu-actions.ts, which the renderer may not import (lint layering); the
 * preload forwards only those names, and unknown ones are ignored here.
 */
export type MenuAction = 'documents-imported' | 'export-briefing' | 'focus-search';

/** What the Electron preload adds to `window.vraagbaak` besides the API methods. */
export interface MenuSource {
  onMenu?: (listener: (action: MenuAction) => void) => () => void;
}
