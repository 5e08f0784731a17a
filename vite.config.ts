/**
 * Vite builds the Svelte renderer (root `src-renderer`, output `dist-renderer`, relative asset URLs
 * so Electron can load it from file://); the `test` block is the one vitest config for the repo.
 */
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: 'src-renderer',
  base: './',
  // vite's root is src-renderer, so the plugin must be told where the root svelte.config.js is
  plugins: [svelte({ configFile: fileURLToPath(new URL('./svelte.config.js', import.meta.url)) }), svelteTesting()],
  build: { outDir: '../dist-renderer', emptyOutDir: true, target: 'es2022' },
  test: {
    root: '.',
    include: ['src-main/**/*.test.ts', 'src-renderer/**/*.test.ts'],
    environment: 'node',
  },
});
