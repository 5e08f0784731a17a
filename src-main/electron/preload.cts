/**
 * The sandboxed preload (CommonJS, bundled by scripts/build-preload.js with only `electron`
 * external): exposes `window.vraagbaak` with one named method per API name — never a generic
 * `invoke(channel)` — plus `onMenu` for menu actions, and `window.vraagbaakShell = 'electron'`.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { API_NAMES, channelFor, type ApiName } from '../core/api/names.js';
import type { ApiClient } from '../core/api/contract.js';
import { MENU_CHANNEL, isMenuAction, type MenuAction } from '../core/api/menu-actions.js';

/** What the renderer sees as `window.vraagbaak`. */
export type ElectronBridge = ApiClient & {
  /** Calls `listener` for every menu action; returns a function that stops listening. */
  onMenu(listener: (action: MenuAction) => void): () => void;
};

/** One method per name; the input goes to main unparsed, where `dispatch()` validates it. */
function createMethod(name: ApiName): (input: unknown) => Promise<unknown> {
  const channel = channelFor(name);
  return (input) => ipcRenderer.invoke(channel, input);
}

const methods = Object.fromEntries(API_NAMES.map((name) => [name, createMethod(name)])) as unknown as ApiClient;

const bridge: ElectronBridge = {
  ...methods,
  onMenu(listener) {
    // the IpcRendererEvent stays in the preload: the renderer only ever sees the action name
    const forward = (_event: IpcRendererEvent, action: unknown): void => {
      if (isMenuAction(action)) listener(action);
    };
    ipcRenderer.on(MENU_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(MENU_CHANNEL, forward);
    };
  },
};

contextBridge.exposeInMainWorld('vraagbaak', bridge);
contextBridge.exposeInMainWorld('vraagbaakShell', 'electron');
