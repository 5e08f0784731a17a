/**
 * Test support for the services: fresh Vraagbaak instances on real temp archive folders, closed
 * and removed after each test, and the seed document imported through the real import service.
 * Test-only (excluded from the build like *.test.ts).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach } from 'vitest';
import type { QaDocument } from '../core/model/index.js';
import type { PdfPrinter } from '../pdf/printer.js';
import { openVraagbaak, type OpenVraagbaakOptions, type Vraagbaak } from './index.js';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const SEED_PATH = resolve(REPO_ROOT, '../shared/seed/000_c9bbddca1680c246.txt');

/** For tests that export no briefing: the printer is never called. */
export const unusedPrinter: PdfPrinter = {
  print: () => Promise.reject(new Error('not used here')),
  close: () => Promise.resolve(),
};

export interface TempArchives {
  /**
   * Opens `dir` (default: a new temp folder, removed after the test) with the real services; any
   * option of openVraagbaak may be given (defaults: shell 'cli', version 'test', an unused printer).
   * It is closed after the test, before its folder is removed, even when the test failed midway.
   */
  open: (dir?: string, options?: Partial<Omit<OpenVraagbaakOptions, 'archiveDir'>>) => Promise<Vraagbaak>;
  /** A new temp archive with the seed imported; `dir` is its folder. */
  withSeed: () => Promise<{ v: Vraagbaak; doc: QaDocument; dir: string }>;
  /** A new empty temp folder, removed after the test. */
  tempDir: () => Promise<string>;
}

/**
 * Registers an afterEach that closes every Vraagbaak opened through the returned helpers and
 * removes their temp folders. Call once at the top level of a test file.
 * @param prefix temp folder name prefix, e.g. "vraagbaak-tags-"
 */
export function useTempArchives(prefix: string): TempArchives {
  const dirs: string[] = [];
  const opened: Vraagbaak[] = [];
  afterEach(async () => {
    // stop every archive's work (index load, pending writes) first: removing a folder that is
    // still being written fails with ENOTEMPTY
    const closed = await Promise.allSettled(opened.splice(0).map((v) => v.close()));
    await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
    for (const c of closed) if (c.status === 'rejected') throw c.reason;
  });
  const tempDir = async () => {
    const dir = await mkdtemp(join(tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
  const open: TempArchives['open'] = async (dir, options = {}) => {
    const archiveDir = dir ?? (await tempDir());
    const v = await openVraagbaak({ printer: unusedPrinter, shell: 'cli', version: 'test', ...options, archiveDir });
    opened.push(v);
    return v;
  };
  return {
    open,
    tempDir,
    withSeed: async () => {
      const dir = await tempDir();
      const v = await open(dir);
      const { imported } = await v.importer.importFiles([{ name: 'seed.txt', bytes: new Uint8Array(await readFile(SEED_PATH)) }]);
      const id = imported[0]?.id;
      if (!id) throw new Error('seed not imported');
      return { v, doc: (await v.documents.get(id)).document, dir };
    },
  };
}
