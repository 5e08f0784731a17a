/**
 * electron-builder configuration (not auto-discovered under this name: always pass
 * `--config electron.config.ts`). The app is the compiled main process, the built renderer and
 * package.json; the sample archive's sources ship read-only beside the asar as extraResources.
 */
import type { Configuration } from 'electron-builder';

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
