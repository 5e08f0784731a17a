#!/usr/bin/env node
/**
 * `npm run audit:electron`: runs Electronegativity (@doyensec/electronegativity) over the Electron
 * shell's sources (src-main/electron, tests left out: they do not ship) and compares its findings
 * with the reviewed list in docs/security/electronegativity.json:
 * - a finding listed as `false-positive` passes (the list says why the tool is wrong);
 * - a finding that is not listed, or listed as `fixed` (a regression), fails;
 * - a `false-positive` entry the tool no longer reports fails too (the list must say what is true
 *   today: move it to `fixed`, or delete it).
 * Also fails when the tool cannot parse a file (a file it cannot read is a file it did not check).
 *
 * Runs offline and the same everywhere: the Electron version comes from node_modules/electron, the
 * check that downloads Electron's release list (AvailableSecurityFixesGlobalCheck) is left out, and
 * the tool's start-up download of translations is replaced by its bundled English texts.
 * `--update` prints the findings as JSON entries to paste into the list (verdicts still to review).
 */
import { copyFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const SOURCE_DIR = path.join(root, 'src-main', 'electron');
const LIST_FILE = path.join(root, 'docs', 'security', 'electronegativity.json');
/** Needs the network (it fetches Electron's release list), so its answer would change by the day. */
const EXCLUDED_CHECKS = ['availablesecurityfixesglobalcheck'];
const VERDICTS = new Set(['false-positive', 'fixed']);

const require = createRequire(import.meta.url);

/**
 * Loads Electronegativity's runner with its i18n module replaced by an offline one: the original
 * downloads translation files from GitHub on every run (1 s timeout) before it does anything.
 */
function loadRunner() {
  const runnerPath = require.resolve('@doyensec/electronegativity');
  const toolRequire = createRequire(runnerPath);
  const i18nModulePath = toolRequire.resolve('./locales/i18n.js');
  const i18n = toolRequire('i18n');
  const offline = async () => {
    i18n.configure({
      locales: ['en-US'],
      defaultLocale: 'en-US',
      directory: path.dirname(i18nModulePath),
      updateFiles: false,
      objectNotation: true,
      retryInDefaultLocale: true,
      register: global,
    });
    i18n.setLocale('en-US');
  };
  offline.default = offline;
  require.cache[i18nModulePath] = { id: i18nModulePath, filename: i18nModulePath, loaded: true, exports: offline };
  return require(runnerPath);
}

/**
 * Copies the shipped sources of src-main/electron into a temp folder; `.cts` becomes `.ts` (the
 * tool reads only .js/.jsx/.ts/.tsx/.html, and the sandboxed preload is the one `.cts`).
 * @returns the folder; the caller removes it
 */
async function copySources() {
  const dir = await mkdtemp(path.join(tmpdir(), 'vraagbaak-electronegativity-'));
  for (const name of await readdir(SOURCE_DIR)) {
    if (!/\.c?ts$/.test(name) || name.endsWith('.test.ts')) continue;
    await copyFile(path.join(SOURCE_DIR, name), path.join(dir, name.replace(/\.cts$/, '.ts')));
  }
  return dir;
}

/** The matching key of a finding: check, file and the code it points at (line numbers move). */
const keyOf = (check, file, sample) => `${check} | ${file} | ${String(sample ?? 'N/A').trim()}`;

/** The reviewed list, validated. @throws Error naming the bad entry */
async function readList() {
  const entries = JSON.parse(await readFile(LIST_FILE, 'utf8')).findings;
  if (!Array.isArray(entries)) throw new Error(`${LIST_FILE}: "findings" must be an array`);
  const byKey = new Map();
  for (const entry of entries) {
    const key = keyOf(entry.check, entry.file, entry.sample);
    if (!VERDICTS.has(entry.verdict) || typeof entry.reason !== 'string' || entry.reason.length < 20) {
      throw new Error(`${LIST_FILE}: ${key} needs a verdict (false-positive | fixed) and a reason`);
    }
    if (byKey.has(key)) throw new Error(`${LIST_FILE}: ${key} is listed twice`);
    byKey.set(key, entry);
  }
  return byKey;
}

async function main() {
  const update = process.argv.includes('--update');
  const electronVersion = JSON.parse(await readFile(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
  const run = loadRunner();
  const dir = await copySources();
  let result;
  try {
    result = await run({
      input: dir,
      output: undefined,
      isSarif: false,
      customScan: [],
      excludeFromScan: EXCLUDED_CHECKS,
      severitySet: undefined,
      confidenceSet: undefined,
      isRelative: true,
      isVerbose: false,
      electronUpgrade: undefined,
      electronVersionOverride: electronVersion,
      parserPlugins: [],
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const unparsed = result.errors.filter((e) => !e.tolerable);
  if (unparsed.length > 0) {
    for (const e of unparsed) console.error(`audit:electron: could not parse ${path.basename(e.file)}: ${e.message}`);
    process.exit(1);
  }
  const findings = result.issues.map((issue) => ({
    check: issue.id,
    file: path.basename(issue.file),
    line: issue.location.line,
    sample: String(issue.sample ?? 'N/A').trim(),
    description: issue.description,
  }));
  findings.sort((a, b) => keyOf(a.check, a.file, a.sample).localeCompare(keyOf(b.check, b.file, b.sample)));
  if (update) {
    const entries = findings.map(({ check, file, sample }) => ({ check, file, sample, verdict: 'false-positive', reason: 'TODO' }));
    console.log(JSON.stringify(entries, null, 2));
    return;
  }

  const list = await readList();
  const seen = new Set();
  const problems = [];
  for (const f of findings) {
    const key = keyOf(f.check, f.file, f.sample);
    seen.add(key);
    const entry = list.get(key);
    if (!entry) problems.push(`new finding ${key} (line ${f.line}): ${f.description}`);
    else if (entry.verdict === 'fixed') problems.push(`regression: ${key} (line ${f.line}) was fixed and is reported again`);
    else console.log(`  reviewed false positive: ${f.check} ${f.file}:${f.line}`);
  }
  for (const [key, entry] of list) {
    if (entry.verdict === 'false-positive' && !seen.has(key)) {
      problems.push(`stale entry ${key}: no longer reported; mark it "fixed" (with how) or delete it`);
    }
  }
  const fixed = [...list.values()].filter((e) => e.verdict === 'fixed').length;
  if (problems.length > 0) {
    console.error(`audit:electron: ${problems.length} problem(s) (list: docs/security/electronegativity.json):\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(
    `audit:electron: ok — Electronegativity ${require('@doyensec/electronegativity/package.json').version}, Electron ${electronVersion}: ` +
      `${findings.length} finding(s), all reviewed false positives; ${fixed} fixed finding(s) stay fixed`,
  );
}

main().catch((e) => {
  console.error(`audit:electron: ${e instanceof Error ? e.stack : String(e)}`);
  process.exit(1);
});
