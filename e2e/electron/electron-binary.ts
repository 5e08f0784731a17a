/**
 * Locates the Electron executable WITHOUT `require('electron')`: since electron@42 that call
 * downloads the binary lazily and throws when offline (research/tech-feasibility.md, E3).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

function platformExecutable(): string {
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  if (process.platform === 'win32') return 'electron.exe';
  return 'electron';
}

/**
 * The absolute path of the installed Electron executable (node_modules/electron/path.txt +
 * dist/, or ELECTRON_OVERRIDE_DIST_PATH), or undefined when none is installed.
 */
export function electronBinary(): string | undefined {
  const require = createRequire(import.meta.url);
  let dir: string;
  try {
    dir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return undefined;
  }
  const pathTxt = path.join(dir, 'path.txt');
  const relative = existsSync(pathTxt) ? readFileSync(pathTxt, 'utf8').trim() : undefined;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const bin = override
    ? path.join(override, relative || platformExecutable())
    : relative
      ? path.join(dir, 'dist', relative)
      : undefined;
  return bin !== undefined && existsSync(bin) ? bin : undefined;
}
