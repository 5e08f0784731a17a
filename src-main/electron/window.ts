/**
 * The main window: locked-down preferences from security.ts, the bundled preload, and the renderer
 * from dist-renderer/ on app://vraagbaak/ (or Vite's dev server). It remembers nothing between runs.
 */
import { BrowserWindow } from 'electron';
import { APP_INDEX_URL, type RendererEntry } from './security-policy.js';
import { secureWebPreferences } from './security.js';

export interface MainWindowOptions {
  /** absolute path of dist-main/electron/preload.cjs */
  preloadPath: string;
  entry: RendererEntry;
  title: string;
}

/**
 * Creates and shows the main window (shown on `ready-to-show`, so no white flash), and starts
 * loading the renderer. Resolves when the page has loaded.
 * @throws Error from `loadURL` when the renderer cannot be loaded
 */
export async function createMainWindow(options: MainWindowOptions): Promise<BrowserWindow> {
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    title: options.title,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences({ preload: options.preloadPath }),
  });
  win.once('ready-to-show', () => win.show());
  // the app protocol (app-protocol.ts) serves the built renderer; never file://
  await win.loadURL(options.entry.kind === 'dev' ? options.entry.url : APP_INDEX_URL);
  return win;
}
