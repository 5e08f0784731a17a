/**
 * Which archive folder a command works on: `--archive DIR` > env VRAAGBAAK_ARCHIVE > the per-user
 * default (XDG data dir on Linux; Electron's userData equivalent on macOS and Windows).
 */
import path from 'node:path';

/** Folder name of the app's per-user data, as Electron names userData after productName. */
const APP_DIR_NAME = { linux: 'vraagbaak', other: 'Vraagbaak' } as const;

export interface ArchiveLocation {
  dir: string;
  /** true when neither the flag nor the environment chose the folder */
  isDefault: boolean;
}

/**
 * The per-user default archive folder.
 * Linux/BSD: `$XDG_DATA_HOME/vraagbaak/archive`, else `~/.local/share/vraagbaak/archive`;
 * macOS: `~/Library/Application Support/Vraagbaak/archive`; Windows: `%APPDATA%\Vraagbaak\archive`.
 */
export function defaultArchiveDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): string {
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_DIR_NAME.other, 'archive');
  if (platform === 'win32') {
    const appData = env['APPDATA'] ?? path.join(home, 'AppData', 'Roaming');
    return path.win32.join(appData, APP_DIR_NAME.other, 'archive');
  }
  const xdg = env['XDG_DATA_HOME'];
  const dataHome = xdg && path.isAbsolute(xdg) ? xdg : path.join(home, '.local', 'share');
  return path.join(dataHome, APP_DIR_NAME.linux, 'archive');
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
