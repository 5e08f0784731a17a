/** Globals the Electron preload puts on `window` (absent in the browser shell). */
import type { ApiClient } from '../src-main/core/api/contract.js';

declare global {
  interface Window {
    vraagbaak?: ApiClient;
    vraagbaakShell?: 'electron';
  }
}

export {};
