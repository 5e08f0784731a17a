/**
 * What the Electron preload adds to `window.vraagbaak` besides the API methods: a subscription to
 * the application menu's actions. The action names are part of the contract (core/api/menu-actions.ts);
 * the preload forwards only those, and App.svelte ignores any it does not handle.
 */
import type { MenuAction } from '../../src-main/core/api/menu-actions.js';

/** The optional menu bridge of the Electron preload (absent in the browser shell). */
export interface MenuSource {
  onMenu?: (listener: (action: MenuAction) => void) => () => void;
}
