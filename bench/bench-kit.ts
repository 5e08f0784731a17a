/**
 * What the archive benches (annotation-export.ts, tag-merge.ts) share: timing, rounding, the app
 * opened on a bench archive as the CLI opens it, temp folders removed afterwards, and the results
 * file bench/results/<name>.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openVraagbaak, type Vraagbaak } from '../src-main/services/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** `n` rounded to `digits` decimals. */
export const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;

/** The median of `xs` (the upper one for an even count); NaN for none. */
export const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** How long `work` takes, in ms. */
export async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/**
 * Runs `body` with one new temp folder per prefix, removed afterwards whatever happens.
 * @param prefixes e.g. ['vraagbaak-bench-tags-']
 */
export async function withTempDirs<T>(prefixes: readonly string[], body: (dirs: string[]) => Promise<T>): Promise<T> {
  const dirs = prefixes.map((prefix) => mkdtempSync(path.join(os.tmpdir(), prefix)));
  try {
    return await body(dirs);
  } finally {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Opens the app on the bench archive in `dir` (CLI shell, no printer), runs `body`, and closes it.
 * @throws Error when the saved search index was not used (the archive builder saves it)
 */
export async function withVraagbaak<T>(dir: string, body: (v: Vraagbaak) => Promise<T>): Promise<T> {
  const v = await openVraagbaak({ archiveDir: dir, shell: 'cli', version: 'bench', printer: { print: () => Promise.reject(new Error('no printing')), close: () => Promise.resolve() } });
  try {
    if (v.indexReport.source !== 'saved') throw new Error(`the saved index was not used: ${v.indexReport.rebuildReason ?? ''}`);
    return await body(v);
  } finally {
    await v.close();
  }
}

/** Writes bench/results/<name>.json with the common fields (date, node, cores, load average) first. */
export function writeResult(name: string, loadBefore: number, result: Record<string, unknown>): { before: number; after: number } {
  const loadAverage = { before: loadBefore, after: os.loadavg()[0] ?? 0 };
  console.log(`machine: ${String(os.cpus().length)} cores, load average ${loadAverage.before.toFixed(1)} → ${loadAverage.after.toFixed(1)}`);
  mkdirSync(path.join(here, 'results'), { recursive: true });
  const full = { date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, loadAverage, ...result };
  writeFileSync(path.join(here, 'results', `${name}.json`), JSON.stringify(full, null, 2) + '\n');
  return loadAverage;
}
