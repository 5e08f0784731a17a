/**
 * The user journey in the real Electron app, short: the window opens on a fresh archive, the
 * library lists the built-in samples, and a briefing is exported through the application menu and
 * the native save dialog (stubbed in main: Playwright cannot drive native dialogs). Needs the
 * Electron binary (`npx install-electron`) and a display (`xvfb-run` on Linux); skips otherwise.
 * Run with `npm run e2e:electron` (builds first).
 */
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electron-binary.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = electronBinary();
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const isBuilt = existsSync(path.join(repoRoot, 'dist-main/electron/main.js'));

test.skip(!bin, 'No Electron binary installed here: run `npx install-electron` on a machine with internet, then `npm run e2e:electron`.');
test.skip(!hasDisplay, 'Electron needs a display: run under `xvfb-run npm run e2e:electron`.');
test.skip(!isBuilt, 'dist-main is missing: `npm run e2e:electron` builds the app first.');

let app: ElectronApplication | undefined;
let archiveDir = '';

test.beforeEach(async () => {
  archiveDir = await mkdtemp(path.join(tmpdir(), 'vraagbaak-electron-e2e-'));
  app = await electron.launch({
    executablePath: bin!,
    args: [repoRoot, '--lang=nl'],
    cwd: repoRoot,
    env: { ...process.env, VRAAGBAAK_ARCHIVE: archiveDir, NODE_ENV: 'production' },
  });
});

test.afterEach(async () => {
  await app?.close();
  await rm(archiveDir, { recursive: true, force: true });
});

test('opens on the samples and saves a briefing through the menu and save dialog', async () => {
  const electronApp = app!;
  const win = await electronApp.firstWindow();

  // the sandboxed preload put the named bridge on window, and nothing Node-like
  const exposed = await win.evaluate(() => {
    const page = globalThis as unknown as { vraagbaakShell?: string; vraagbaak?: Record<string, unknown> };
    return { shell: page.vraagbaakShell, hasRequire: 'require' in globalThis, hasList: typeof page.vraagbaak?.['documents.list'] };
  });
  expect(exposed).toEqual({
    shell: 'electron',
    hasRequire: false,
    hasList: 'function',
  });

  // the renderer comes from the app protocol, never file://: only the renderer's own files, with the CSP
  expect(win.url()).toMatch(/^app:\/\/vraagbaak\/index\.html(#|$)/);
  const served = await win.evaluate(async () => {
    const index = await fetch('/index.html');
    const outside = await fetch('/assets/..%2F..%2Fpackage.json');
    return { csp: index.headers.get('content-security-policy'), type: index.headers.get('content-type'), outside: outside.status };
  });
  expect(served).toEqual({ csp: expect.stringContaining("script-src 'self'") as unknown, type: 'text/html; charset=utf-8', outside: 404 });

  const samples = (await readdir(path.join(repoRoot, 'data/samples'))).filter((name) => !name.startsWith('.'));
  const library = win.getByRole('region', { name: 'Documenten' });
  await expect(library.getByRole('option')).toHaveCount(samples.length);
  await library.getByRole('option').first().click();

  const pdfPath = test.info().outputPath('briefing.pdf');
  await electronApp.evaluate(({ dialog }, filePath) => {
    dialog.showSaveDialog = async () => ({ canceled: false, filePath });
  }, pdfPath);

  // Bestand → Briefing exporteren… reaches the renderer as a menu action
  await electronApp.evaluate(({ Menu }) => {
    const item = Menu.getApplicationMenu()?.getMenuItemById('file.export-briefing');
    if (!item) throw new Error('menu item file.export-briefing is missing');
    (item.click as () => void)(); // typed as `Function` in electron.d.ts
  });
  const dialog = win.getByRole('dialog', { name: 'Briefing exporteren' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Titel van de briefing').fill('Briefing uit Electron – ĳs en reünie');
  await dialog.getByRole('button', { name: 'Exporteren' }).click();
  await expect(dialog.getByRole('status')).toHaveText(`Opgeslagen als ${pdfPath}`);

  const pdf = await readFile(pdfPath);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' });
  expect(text).toContain('Briefing uit Electron – ĳs en reünie');
  expect(text).toMatch(/pagina 1 van \d+/);

  // quitting closes the services first, which releases the archive lock
  await electronApp.close();
  app = undefined;
  expect(existsSync(path.join(archiveDir, '.lock'))).toBe(false);
});
