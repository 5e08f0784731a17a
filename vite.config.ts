/**
 * Vite builds the Svelte renderer (root `src-renderer`, output `dist-renderer`, relative asset URLs
 * so Electron can load it from file://); the `test` block is the one vitest config for the repo:
 * main-process tests run in plain Node without the Svelte plugins, renderer tests with them.
 */
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));
// vite's root is src-renderer, so the plugin must be told where the root svelte.config.js is
const sveltePlugins = () => [svelte({ configFile: fileURLToPath(new URL('./svelte.config.js', import.meta.url)) })];

export default defineConfig({
  root: 'src-renderer',
  base: './',
  plugins: sveltePlugins(),
  build: { outDir: '../dist-renderer', emptyOutDir: true, target: 'es2022' },
  test: {
    root: '.',
    projects: [
      {
        test: { name: 'main', root: repoRoot, include: ['src-main/**/*.test.ts'], environment: 'node' },
      },
      {
        plugins: [...sveltePlugins(), svelteTesting()],
        test: { name: 'renderer', root: repoRoot, include: ['src-renderer/**/*.test.ts'], environment: 'node' },
      },
    ],
  },
});
