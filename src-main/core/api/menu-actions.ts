/**
 * The one event channel from the Electron application menu to the renderer, and the actions it
 * carries: part of the renderer ⇄ main contract. Dependency-free: the sandboxed preload bundles
 * it, electron/menu.ts sends on it, the renderer imports it (values allowed, like names.ts).
 */

/** Channel main → renderer (`webContents.send`) for menu actions the renderer must carry out. */
export const MENU_CHANNEL = 'vraagbaak:menu';

/**
 * - `documents-imported`: the menu imported files in main; the renderer reloads the library.
 * - `export-briefing`: the renderer opens the briefing composer (its own screen).
 * - `focus-search`: the renderer moves focus to the search field.
 * - `undo`, `redo` (Bewerken menu): the renderer undoes typing in the focused text field, else the
 *   composer's change (on the briefings screen), else the window's last change.
 */
export const MENU_ACTIONS = ['documents-imported', 'export-briefing', 'focus-search', 'undo', 'redo'] as const;

export type MenuAction = (typeof MENU_ACTIONS)[number];

/** True when `value` is one of MENU_ACTIONS (the preload checks what it forwards). */
export function isMenuAction(value: unknown): value is MenuAction {
  return typeof value === 'string' && (MENU_ACTIONS as readonly string[]).includes(value);
}
