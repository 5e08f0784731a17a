#!/usr/bin/env node
// Bundles the sandboxed preload into one CommonJS file: a sandboxed preload may `require` only
// `electron` (and a few built-ins), never our own modules, so core/api/names.ts and menu-actions.ts are
// inlined here. Type-checking is separate: `tsc -p src-main/electron/tsconfig.preload.json`.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const result = await build({
  absWorkingDir: root,
  entryPoints: ['src-main/electron/preload.cts'],
  outfile: 'dist-main/electron/preload.cjs',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node22', // Electron 45 ships Node 22
  external: ['electron'],
  sourcemap: false,
  logLevel: 'warning',
  metafile: true,
});

// Guard against a type-only import turning into a runtime one (e.g. zod via contract.ts).
const inputs = Object.keys(result.metafile.inputs);
const allowed = ['src-main/electron/preload.cts', 'src-main/core/api/names.ts', 'src-main/core/api/menu-actions.ts'];
const unexpected = inputs.filter((input) => !allowed.includes(input));
if (unexpected.length > 0) {
  console.error(`build-preload: the preload bundle pulled in unexpected modules: ${unexpected.join(', ')}`);
  process.exit(1);
}
console.log(`build-preload: dist-main/electron/preload.cjs (${inputs.length} modules)`);
