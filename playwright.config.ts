/**
 * Playwright e2e against the browser shell in Debian's Chromium (research/tech-feasibility.md §5).
 * There is no webServer: each test starts its own `vraagbaak serve` on a fresh temp archive via
 * the `shell` fixture (e2e/fixtures.ts). `npm run test:e2e` builds the renderer first.
 */
import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

// Debian's chromium (apt-get install -y chromium) where present; otherwise Playwright's own
// downloaded browser (`npx playwright install chromium` on machines with internet).
const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const launchOptions = existsSync(systemChromium)
  ? {
      executablePath: systemChromium,
      args: [
        '--no-sandbox', // CI runs as root
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    }
  : {};

export default defineConfig({
  testDir: 'e2e',
  testMatch: '*.spec.ts',
  testIgnore: ['electron/**'], // needs the real Electron binary: playwright.electron.config.ts
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? 'line' : 'list',
  // Tests must not depend on the machine's speed (issue 11): every wait is for an event or a state
  // (web-first assertions poll until it holds). These limits only catch a hang; they hold for the
  // suite pinned to one busy core (`taskset -c 0` beside a CPU-bound loop), several times slower
  // than idle. Actions and navigations have no limit of their own: the test's limit bounds them.
  timeout: 180_000,
  expect: { timeout: 60_000 },
  use: {
    headless: true,
    trace: 'retain-on-failure',
    acceptDownloads: true,
    launchOptions,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions } }],
});
