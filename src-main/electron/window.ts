/**
 * The main window: locked-down preferences from security.ts, the bundled preload, and the renderer
 * from dist-renderer/index.html (or Vite's dev server). It remembers nothing between runs.
 */
import { BrowserWindow } from 'electron';
import type { RendererEntry } from './security-policy.js';
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
 * @throws Error from `loadFile`/`loadURL` when the renderer cannot be loaded
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
  if (options.entry.kind === 'dev') await win.loadURL(options.entry.url);
  else await win.loadFile(options.entry.indexFile);
  return win;
}
