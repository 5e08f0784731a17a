/**
 * Setup for every renderer test file (vite.config.ts, project "renderer"); never bundled.
 * testing-library's `waitFor`/`findBy…` give up after `asyncUtilTimeout` (1 s by default): on a
 * slow or busy machine that fails tests that are right. Here they wait up to a minute for the
 * awaited state, which only a hang exceeds; the test's own timeout (vite.config.ts) is longer still,
 * so the failure shows the DOM testing-library saw. Files without a DOM never load testing-library.
 */
export const ASYNC_UTIL_TIMEOUT_MS = 60_000;

if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/svelte');
  configure({ asyncUtilTimeout: ASYNC_UTIL_TIMEOUT_MS });
}
