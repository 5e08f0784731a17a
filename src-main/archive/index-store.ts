/**
 * Keeps the saved search index under `<archive>/index/` (DESIGN §3): data files first, a manifest
 * last, all written atomically and durably. The manifest names the format and a fingerprint of the
 * catalog, so a missing, stale or damaged index is recognised and rebuilt; it is never the only copy.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocumentSummary } from '../core/model/index.js';
import type { SavedIndex } from '../core/search/index.js';
import { isErrnoCode, writeFileDurable } from './durable-write.js';

export const INDEX_DIR = 'index';
const MANIFEST = 'manifest.json';
/** the body index's posting lists (posting-codec.ts) */
const POSTINGS = 'postings.bin';
/** the titles index's posting lists */
const TITLE_POSTINGS = 'title-postings.bin';
/** files of older layouts, removed when a new index is saved */
const FORMER_FILES = ['body.json'];
const TABLES = 'tables.json';
/** Version of this folder's layout (the engine's own data format is `SavedIndex.format`). */
export const INDEX_STORE_VERSION = 2;

interface Manifest {
  version: number;
  engineFormat: number;
  fingerprint: string;
  /** byte length per data file, to catch a truncated or swapped file */
  files: Record<string, number>;
  /** sha256 (hex) per data file, to catch a damaged one */
  sha256: Record<string, string>;
  savedAt: string;
}

/** Why a saved index cannot be used. */
export type IndexLoadProblem = 'missing' | 'stale' | 'corrupt';

export type IndexLoadResult = { ok: true; saved: SavedIndex } | { ok: false; problem: IndexLoadProblem; detail: string };

function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * A fingerprint of what the saved index depends on: the documents' ids and content hashes (the
 * analyst's notes and tags are not saved in the index, so they do not count).
 * @returns sha256 hex of the sorted `id sha256` lines
 */
export function catalogFingerprint(summaries: readonly DocumentSummary[]): string {
  const lines = summaries.map((s) => `${s.id}\u0000${s.source.sha256}`).sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

/**
 * Saves an index: removes the old manifest (so a crash mid-way leaves "missing", not a mix), writes
 * the data files, then the manifest, each atomically and fsync'd.
 * @param archiveDir the archive's root folder
 * @param fingerprint `catalogFingerprint` of the catalog the index was built from
 * @throws file-system errors (the index is then simply missing at the next open)
 */
export async function saveSearchIndex(archiveDir: string, fingerprint: string, saved: SavedIndex): Promise<void> {
  const dir = join(archiveDir, INDEX_DIR);
  await mkdir(dir, { recursive: true });
  await rm(join(dir, MANIFEST), { force: true });
  for (const name of FORMER_FILES) await rm(join(dir, name), { force: true });
  const files: [string, Uint8Array][] = [[POSTINGS, saved.postings], [TITLE_POSTINGS, saved.titlePostings], [TABLES, Buffer.from(JSON.stringify(saved.tables))]];
  for (const [name, bytes] of files) await writeFileDurable(join(dir, name), bytes);
  const manifest: Manifest = {
    version: INDEX_STORE_VERSION, engineFormat: saved.format, fingerprint,
    files: Object.fromEntries(files.map(([name, bytes]) => [name, bytes.length])),
    sha256: Object.fromEntries(files.map(([name, bytes]) => [name, sha256Hex(bytes)])), savedAt: new Date().toISOString(),
  };
  await writeFileDurable(join(dir, MANIFEST), JSON.stringify(manifest, null, 2) + '\n');
}

/**
 * Loads a saved index if it fits the catalog.
 * @param expectedFormat the engine's current `SAVED_FORMAT`
 * @returns the data, or why it cannot be used: missing (no manifest), stale (other version, format
 *   or fingerprint), corrupt (unreadable, truncated or malformed files)
 */
export async function loadSearchIndex(archiveDir: string, fingerprint: string, expectedFormat: number): Promise<IndexLoadResult> {
  const dir = join(archiveDir, INDEX_DIR);
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(join(dir, MANIFEST), 'utf8')) as Manifest;
  } catch (e) {
    if (isErrnoCode(e, 'ENOENT')) return { ok: false, problem: 'missing', detail: 'no saved search index' };
    return { ok: false, problem: 'corrupt', detail: `the index manifest is unreadable: ${(e as Error).message}` };
  }
  if (typeof manifest !== 'object' || manifest === null || typeof manifest.files !== 'object' || manifest.files === null
    || (manifest.version === INDEX_STORE_VERSION && (typeof manifest.sha256 !== 'object' || manifest.sha256 === null))) {
    return { ok: false, problem: 'corrupt', detail: 'the index manifest is malformed' };
  }
  if (manifest.version !== INDEX_STORE_VERSION || manifest.engineFormat !== expectedFormat) {
    return { ok: false, problem: 'stale', detail: `the saved index has format ${manifest.version}/${manifest.engineFormat}` };
  }
  if (manifest.fingerprint !== fingerprint) return { ok: false, problem: 'stale', detail: 'the archive changed since the index was saved' };
  try {
    const [postings, titlePostings, tables] = await Promise.all([POSTINGS, TITLE_POSTINGS, TABLES].map(async (name) => {
      const bytes = await readFile(join(dir, name));
      if (bytes.length !== manifest.files[name]) throw new Error(`${name} has ${bytes.length} bytes, expected ${manifest.files[name]}`);
      if (sha256Hex(bytes) !== manifest.sha256[name]) throw new Error(`${name} does not match its checksum`);
      return bytes;
    }));
    const parsed = JSON.parse(tables!.toString('utf8')) as SavedIndex['tables'];
    return { ok: true, saved: { format: manifest.engineFormat, postings: postings!, titlePostings: titlePostings!, tables: parsed } };
  } catch (e) {
    return { ok: false, problem: 'corrupt', detail: `the saved index is damaged: ${(e as Error).message}` };
  }
}
