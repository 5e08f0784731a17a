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

/**
 * Tests must not depend on the machine's speed (issue 11): they wait for events, never for time.
 * These limits only catch a hang; they are generous enough for the whole suite pinned to one busy
 * core (`taskset -c 0` beside a CPU-bound loop), where a test runs several times slower than idle.
 * A test that needs more says so with its own `timeout` and the reason.
 */
const HANG_LIMITS = { testTimeout: 120_000, hookTimeout: 120_000 };

export default defineConfig({
  root: 'src-renderer',
  base: './',
  plugins: sveltePlugins(),
  build: { outDir: '../dist-renderer', emptyOutDir: true, target: 'es2022' },
  test: {
    root: '.',
    projects: [
      {
        test: { name: 'main', root: repoRoot, include: ['src-main/**/*.test.ts'], environment: 'node', ...HANG_LIMITS },
      },
      {
        plugins: [...sveltePlugins(), svelteTesting()],
        test: {
          name: 'renderer',
          root: repoRoot,
          include: ['src-renderer/**/*.test.ts'],
          environment: 'node',
          // testing-library's waitFor/findBy limit (asyncUtilTimeout): a minute there, below the test's limit
          setupFiles: ['src-renderer/test-setup.ts'],
          ...HANG_LIMITS,
        },
      },
    ],
  },
});
