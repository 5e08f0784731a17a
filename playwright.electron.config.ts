/**
 * Playwright e2e against the real Electron app (`npm run e2e:electron`). Runs only where an
 * Electron binary is installed (`npx install-electron`); the spec skips itself otherwise.
 */
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'e2e/electron',
  testMatch: '*.spec.ts',
  workers: 1,
  reporter: process.env.CI ? 'line' : 'list',
  timeout: 60_000,
});
