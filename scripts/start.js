#!/usr/bin/env node
/**
 * `npm start`: build what is missing, then run the Electron app. When no Electron binary is
 * installed and it cannot be downloaded (offline, or a machine where GitHub is unreachable), start
 * the browser shell on the default archive instead and open it in the system browser.
 *
 * The binary is located WITHOUT `require('electron')`: since electron@42 that call downloads
 * the binary lazily and throws when offline. Flags: `--web` forces the browser shell; anything
 * else (e.g. `--port 8080`) is passed on to `vraagbaak serve`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { lookup } from 'node:dns/promises';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(repoRoot, 'node_modules', 'electron');
/** Generous: the Electron zip is ~100 MB. Offline, install.js fails within seconds. */
const INSTALL_TIMEOUT_MS = 10 * 60 * 1000;
const PROBE_TIMEOUT_MS = 3000;

/** Runs an npm script in the repo with inherited output. @throws Error when it fails */
function runNpmScript(script) {
  const npmCli = process.env.npm_execpath;
  const [command, args] =
    npmCli && npmCli.endsWith('.js') ? [process.execPath, [npmCli, 'run', script]] : ['npm', ['run', script]];
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit', shell: process.platform === 'win32' && command === 'npm' });
  if (result.status !== 0) throw new Error(`npm run ${script} failed`);
}

/** The platform's executable inside node_modules/electron/dist (mirrors electron/install.js). */
function platformExecutable() {
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  if (process.platform === 'win32') return 'electron.exe';
  return 'electron';
}

/** The Electron executable if one is installed (or ELECTRON_OVERRIDE_DIST_PATH names one), else null. */
function locateElectron() {
  if (!existsSync(path.join(electronDir, 'package.json'))) return null;
  const pathTxt = path.join(electronDir, 'path.txt');
  const relative = existsSync(pathTxt) ? readFileSync(pathTxt, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const bin = path.join(override, relative || platformExecutable());
    return existsSync(bin) ? bin : null;
  }
  if (!relative) return null;
  const bin = path.join(electronDir, 'dist', relative);
  return existsSync(bin) ? bin : null;
}

/** Where @electron/get would download from (ELECTRON_MIRROR honoured). */
function downloadHost() {
  const mirror = process.env.ELECTRON_MIRROR ?? process.env.npm_config_electron_mirror;
  try {
    return new URL(mirror ?? 'https://github.com/').hostname;
  } catch {
    return 'github.com';
  }
}

/**
 * True when a download could work: behind a proxy we cannot tell and let the installer try;
 * otherwise the download host must at least resolve (cheap, and downloads nothing).
 */
async function canReachDownloadHost() {
  if (process.env.HTTPS_PROXY || process.env.https_proxy || process.env.ELECTRON_GET_USE_PROXY) return true;
  const timeout = new Promise((resolve) => setTimeout(() => resolve(false), PROBE_TIMEOUT_MS).unref());
  const probe = lookup(downloadHost()).then(
    () => true,
    () => false,
  );
  return Promise.race([probe, timeout]);
}

/** Runs electron's own installer (node_modules/electron/install.js); true when a binary is then present. */
async function installElectron() {
  if (!existsSync(path.join(electronDir, 'install.js'))) return false;
  if (!(await canReachDownloadHost())) return false;
  console.log('Downloading the Electron binary (one time)…');
  const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    cwd: repoRoot,
    stdio: 'inherit',
    timeout: INSTALL_TIMEOUT_MS,
  });
  return result.status === 0 && locateElectron() !== null;
}

/** Spawns a child that shares our terminal; forwards SIGINT/SIGTERM and our exit code. */
function runForwarding(command, args, onStdoutLine) {
  const child = spawn(command, args, { cwd: repoRoot, stdio: ['inherit', onStdoutLine ? 'pipe' : 'inherit', 'inherit'] });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  if (onStdoutLine && child.stdout) {
    let buffered = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) onStdoutLine(line);
    });
  }
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal ? 0 : 1);
  });
}

/** Opens `url` in the system browser; failures are ignored (the URL is printed anyway). */
function openInBrowser(url) {
  if (process.env.CI) return;
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return;
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // no browser opener: the user copies the printed URL
  }
}

function startBrowserShell(serveArgs) {
  const cli = path.join(repoRoot, 'bin', 'vraagbaak.js');
  let opened = false;
  runForwarding(process.execPath, [cli, 'serve', ...serveArgs], (line) => {
    const match = /^Vraagbaak: (http:\/\/\S+)/.exec(line);
    if (match?.[1] && !opened) {
      opened = true;
      openInBrowser(match[1]);
    }
  });
}

async function main() {
  const args = process.argv.slice(2);
  const forceWeb = args.includes('--web');
  const serveArgs = args.filter((a) => a !== '--web');

  if (!existsSync(path.join(repoRoot, 'dist-renderer', 'index.html'))) runNpmScript('build:renderer');

  let electron = forceWeb ? null : locateElectron();
  if (!forceWeb && electron === null && (await installElectron())) electron = locateElectron();
  if (electron !== null) {
    if (!existsSync(path.join(repoRoot, 'dist-main', 'electron', 'main.js'))) runNpmScript('build:main');
    runForwarding(electron, ['.']);
    return;
  }
  if (!forceWeb) {
    console.log('Electron is not available on this machine (no binary in node_modules/electron); starting the browser shell instead.');
  }
  startBrowserShell(serveArgs);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
});
