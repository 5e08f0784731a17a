/**
 * Which archive folder a command works on: `--archive DIR` > env VRAAGBAAK_ARCHIVE > the per-user
 * default, which is the Electron app's own (`userData/archive`), so the CLI and the app share it.
 */
import path from 'node:path';

/** Folder name of the app's per-user data: Electron names userData after package.json productName. */
const APP_DIR_NAME = 'Vraagbaak';

export interface ArchiveLocation {
  dir: string;
  /** true when neither the flag nor the environment chose the folder */
  isDefault: boolean;
}

/**
 * The per-user default archive folder, where Electron's `app.getPath('userData')` points.
 * Linux/BSD: `$XDG_CONFIG_HOME/Vraagbaak/archive`, else `~/.config/Vraagbaak/archive`;
 * macOS: `~/Library/Application Support/Vraagbaak/archive`; Windows: `%APPDATA%\Vraagbaak\archive`.
 */
export function defaultArchiveDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): string {
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_DIR_NAME, 'archive');
  if (platform === 'win32') {
    const appData = env['APPDATA'] ?? path.join(home, 'AppData', 'Roaming');
    return path.win32.join(appData, APP_DIR_NAME, 'archive');
  }
  const xdg = env['XDG_CONFIG_HOME'];
  const configHome = xdg && path.isAbsolute(xdg) ? xdg : path.join(home, '.config');
  return path.join(configHome, APP_DIR_NAME, 'archive');
}

/**
 * Resolves the archive folder for a command, relative paths against `cwd`.
 * @param flag the value of `--archive`, if given
 */
export function resolveArchiveLocation(
  flag: string | undefined,
  env: NodeJS.ProcessEnv,
  cwd: string,
  platform: NodeJS.Platform,
  home: string,
): ArchiveLocation {
  if (flag !== undefined && flag !== '') return { dir: path.resolve(cwd, flag), isDefault: false };
  const fromEnv = env['VRAAGBAAK_ARCHIVE'];
  if (fromEnv !== undefined && fromEnv !== '') return { dir: path.resolve(cwd, fromEnv), isDefault: false };
  return { dir: defaultArchiveDir(env, platform, home), isDefault: true };
}
