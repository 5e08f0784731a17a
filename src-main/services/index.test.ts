import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isVraagbaakError } from '../core/model/index.js';
import type { PdfPrinter } from '../pdf/printer.js';
import { openVraagbaak, type Vraagbaak } from './index.js';

const REPO = resolve(import.meta.dirname, '../..');
const SAMPLES = resolve(REPO, 'data/samples');
const SEED = resolve(REPO, '../shared/seed/000_c9bbddca1680c246.txt');

const dirs: string[] = [];
const opened: Vraagbaak[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((v) => v.close()));
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** A printer that records close(); printing is not exercised here. */
function recordingPrinter(): PdfPrinter & { closed: number } {
  return {
    closed: 0,
    print: () => Promise.reject(new Error('not used here')),
    close() {
      this.closed++;
      return Promise.resolve();
    },
  };
}

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'vraagbaak-open-'));
  dirs.push(dir);
  return dir;
}

async function open(archiveDir: string, sampleDir?: string, printer: PdfPrinter = recordingPrinter()): Promise<Vraagbaak> {
  const v = await openVraagbaak({ archiveDir, printer, shell: 'cli', version: 'test', ...(sampleDir ? { sampleDir } : {}) });
  opened.push(v);
  return v;
}

describe('openVraagbaak', () => {
  it('seeds the built-in samples into a new archive once, and records it', async () => {
    const dir = await tempDir();
    const sampleFiles = (await readdir(SAMPLES)).filter((n) => !n.startsWith('.'));
    const v = await open(dir, SAMPLES);
    const report = v.seedReport;
    expect(report).not.toBeNull();
    expect(report?.failed).toEqual([]);
    expect(report?.imported).toHaveLength(sampleFiles.length);
    expect(v.archive.workspace.samplesSeededAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(v.search.size).toBe(sampleFiles.length);
    await v.close();

    const again = await open(dir, SAMPLES);
    expect(again.seedReport).toBeNull();
    expect(again.documents.list()).toHaveLength(sampleFiles.length);
    const workspace = JSON.parse(await readFile(join(dir, 'workspace.json'), 'utf8')) as { samplesSeededAt: string };
    expect(workspace.samplesSeededAt).toBe(again.archive.workspace.samplesSeededAt);
  });

  it('does not seed an archive that already has documents', async () => {
    const dir = await tempDir();
    const v = await open(dir);
    await v.importer.importFiles([{ name: 'seed.txt', bytes: new Uint8Array(await readFile(SEED)) }]);
    await v.close();
    const again = await open(dir, SAMPLES);
    expect(again.seedReport).toBeNull();
    expect(again.documents.list()).toHaveLength(1);
  });

  it('reports a missing sample folder instead of failing to start', async () => {
    const v = await open(await tempDir(), '/nonexistent/samples');
    expect(v.seedReport?.failed[0]?.fileName).toBe('/nonexistent/samples');
  });

  it('holds the archive lock until close; close shuts the printer, then releases the lock', async () => {
    const dir = await tempDir();
    const printer = recordingPrinter();
    const v = await open(dir, undefined, printer);
    const error = await openVraagbaak({ archiveDir: dir, printer: recordingPrinter(), shell: 'cli', version: 'test' }).catch((e: unknown) => e);
    expect(isVraagbaakError(error, 'archive-locked')).toBe(true);
    await v.close();
    await v.close();
    expect(printer.closed).toBe(1);
    expect(await readdir(dir)).not.toContain('.lock');
    await open(dir);
  });
});
