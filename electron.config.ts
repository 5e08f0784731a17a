/**
 * electron-builder configuration (not auto-discovered under this name: always pass
 * `--config electron.config.ts`). The app is the compiled main process, the built renderer and
 * package.json; the sample archive's sources ship read-only beside the asar as extraResources.
 */
import type { Configuration } from 'electron-builder';

/**
 * Electron fuses, flipped in the packaged binary by electron-builder (through @electron/fuses) before
 * signing, so the shipped app cannot be turned into something else:
 * - `runAsNode: false`: `ELECTRON_RUN_AS_NODE=1 vraagbaak evil.js` no longer runs a plain Node.js
 *   (with the app's file and keychain access) — the app itself never needs it (importers use
 *   worker_threads, not a child Electron);
 * - `enableNodeOptionsEnvironmentVariable: false`: `NODE_OPTIONS=--require evil.js` is ignored;
 * - `enableNodeCliInspectArguments: false`: `--inspect`/`--inspect-brk` cannot attach a debugger to
 *   the main process (Playwright's Electron e2e runs the unpackaged repo, which has no fuses);
 * - `enableEmbeddedAsarIntegrityValidation: true`: app.asar must match the hash electron-builder
 *   embeds (Info.plist on macOS, a resource on Windows; Electron validates on those two platforms);
 * - `onlyLoadAppFromAsar: true`: the app is never loaded from a planted `resources/app/` folder.
 * scripts/check-fuses.ts reads the fuse wire of the packaged binary back against this object.
 */
export const ELECTRON_FUSES: NonNullable<Configuration['electronFuses']> = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  // flipping fuses breaks the ad-hoc signature of an unsigned macOS arm64 build: re-sign it ad hoc
  resetAdHocDarwinSignature: true,
};

const config: Configuration = {
  appId: 'nl.vraagbaak.app',
  productName: 'Vraagbaak',
  executableName: 'vraagbaak',
  copyright: 'Vraagbaak contributors',
  directories: { output: 'release', buildResources: 'build' },
  files: [
    'dist-main/**',
    'dist-renderer/**',
    'package.json',
    '!**/*.map',
    '!**/*.test.*',
    '!**/*.tsbuildinfo',
    // tsx (and its esbuild binary) only runs the CLI from TypeScript sources; the app runs dist-main
    '!node_modules/{tsx,esbuild,@esbuild}/**',
  ],
  extraResources: [{ from: 'data', to: 'data', filter: ['**/*'] }],
  asar: true,
  electronFuses: ELECTRON_FUSES,
  // no native modules: nothing to rebuild, and rebuilding would try the network
  npmRebuild: false,
  publish: null,
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    maintainer: 'Vraagbaak contributors <vraagbaak@example.org>',
    synopsis: 'Archive for Dutch parliamentary written questions and answers',
  },
  mac: { target: ['dmg'], category: 'public.app-category.productivity' },
  win: { target: ['nsis'] },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
};

export default config;
