/**
 * Where the app's pieces are at start-up, as plain functions of argv, env and app paths (testable
 * without Electron): the archive folder, the renderer entry, the built-in samples.
 */
import path from 'node:path';
import type { RendererEntry } from './security-policy.js';

/**
 * The archive folder (DESIGN §3): `VRAAGBAAK_ARCHIVE`, else `--archive DIR` / `--archive=DIR`
 * on the command line, else `<userData>/archive`. Relative paths resolve against `cwd`.
 */
export function resolveArchiveDir(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  userDataDir: string,
  cwd: string,
): string {
  const fromEnv = env['VRAAGBAAK_ARCHIVE'];
  if (fromEnv) return path.resolve(cwd, fromEnv);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg.startsWith('--archive=') && arg.length > '--archive='.length) {
      return path.resolve(cwd, arg.slice('--archive='.length));
    }
    const next = argv[i + 1];
    if (arg === '--archive' && next !== undefined && !next.startsWith('--')) return path.resolve(cwd, next);
  }
  return path.join(userDataDir, 'archive');
}

/**
 * The renderer entry: Vite's dev server when `VITE_DEV_SERVER_URL` is set and the app is not
 * packaged, else the built `<appPath>/dist-renderer` folder (inside the asar when packaged), served
 * on the app protocol.
 */
export function resolveRendererEntry(
  appPath: string,
  env: Readonly<Record<string, string | undefined>>,
  isPackaged: boolean,
): RendererEntry {
  const devUrl = env['VITE_DEV_SERVER_URL'];
  if (devUrl && !isPackaged) return { kind: 'dev', url: devUrl };
  return { kind: 'app', rendererDir: path.join(appPath, 'dist-renderer') };
}

/**
 * The built-in sample source files: `<resources>/data/samples` when packaged (electron.config.ts
 * copies `data/` as extraResources), `<repo>/data/samples` in development (appPath is the repo).
 */
export function resolveSampleDir(appPath: string, resourcesPath: string, isPackaged: boolean): string {
  return isPackaged ? path.join(resourcesPath, 'data', 'samples') : path.join(appPath, 'data', 'samples');
}
