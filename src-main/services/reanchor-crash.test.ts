/**
 * Crash safety of replacing a document: the archive files as a crash at each step of the
 * replacement leaves them (built from the real archive before and after a replacement of the corpus
 * document r30) must open as the old version whole or the new version whole — document, annotations
 * (re-anchored exactly once) and catalog entry agreeing — and the journal must be gone.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotationsPath, documentPath, ORIGINALS } from '../archive/archive-layout.js';
import { fileStemForId } from '../archive/file-names.js';
import { REPLACING } from '../archive/replace-document.js';
import type { DocumentSummary } from '../core/model/index.js';
import { useTempArchives } from './test-archives.js';
import { bytesOf, correctedR30, importR30WithAnnotations, R30_NAME } from './test-reanchor-corpus.js';

const temp = useTempArchives('vraagbaak-reanchor-crash-');

interface Snapshot {
  document: string;
  annotations: string;
  summary: DocumentSummary;
}

let before: string; // archive folder holding the old version
let id: string;
let oldState: Snapshot;
let newState: Snapshot;
let newOriginal: string; // file name in originals/ of the new version

async function snapshot(dir: string): Promise<Snapshot> {
  const catalog = JSON.parse(await readFile(join(dir, 'catalog.json'), 'utf8')) as { documents: DocumentSummary[] };
  return {
    document: await readFile(documentPath(dir, id), 'utf8'),
    annotations: await readFile(annotationsPath(dir, id), 'utf8'),
    summary: catalog.documents.find((s) => s.id === id)!,
  };
}

/** A copy of the old-version archive with `files` (archive-relative path → content) added. */
async function crashedArchive(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await temp.tempDir();
  await cp(before, dir, { recursive: true });
  for (const [relative, content] of Object.entries(files)) {
    await mkdir(join(dir, relative, '..'), { recursive: true });
    await writeFile(join(dir, relative), content);
  }
  return dir;
}

// made once for all tests (useTempArchives removes its folders after each test)
const shared: string[] = [];
const sharedDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'vraagbaak-reanchor-crash-base-'));
  shared.push(dir);
  return dir;
};
afterAll(() => Promise.all(shared.map((d) => rm(d, { recursive: true, force: true }))));

beforeAll(async () => {
  before = await sharedDir();
  const v = await temp.open(before);
  ({ id } = await importR30WithAnnotations(v));
  await v.close();
  const after = await sharedDir();
  await cp(before, after, { recursive: true });
  const w = await temp.open(after);
  await w.importer.importFiles([{ name: R30_NAME, bytes: bytesOf(correctedR30()) }]);
  await w.close();
  oldState = await snapshot(before);
  newState = await snapshot(after);
  const oldOriginals = new Set(await readdir(join(before, ORIGINALS)));
  newOriginal = (await readdir(join(after, ORIGINALS))).find((n) => !oldOriginals.has(n))!;
  expect(newOriginal).toBeDefined();
  expect(await readdir(join(after, REPLACING))).toEqual([]);
}, 120_000);

describe('a crash while replacing a document', () => {
  const originalFile = () => ({ [`${ORIGINALS}/${newOriginal}`]: bytesOf(correctedR30()) as Buffer });
  const journal = () => ({
    [`${REPLACING}/${fileStemForId(id)}.json`]: JSON.stringify({ documentId: id, importedAt: newState.summary.importedAt, document: JSON.parse(newState.document) as unknown }),
  });
  const newDocumentFile = () => ({ [`documents/${fileStemForId(id)}.json`]: newState.document });
  const newAnnotationsFile = () => ({ [`annotations/${fileStemForId(id)}.json`]: newState.annotations });

  it('before the journal is written: the old version, whole; importing again replaces it', async () => {
    const dir = await crashedArchive(originalFile());
    const v = await temp.open(dir);
    await v.close();
    expect(await snapshot(dir)).toEqual(oldState);
    const w = await temp.open(dir);
    const report = await w.importer.importFiles([{ name: R30_NAME, bytes: bytesOf(correctedR30()) }]);
    expect(report.replaced).toHaveLength(1);
    await w.close();
    const { summary, ...files } = await snapshot(dir);
    const { summary: expected, ...expectedFiles } = newState;
    expect(files).toEqual(expectedFiles);
    expect({ ...summary, importedAt: '' }).toEqual({ ...expected, importedAt: '' });
  });

  const steps: [string, () => Record<string, string | Buffer>][] = [
    ['after the journal, before the document file', () => ({ ...originalFile(), ...journal() })],
    ['after the document file, before the annotations', () => ({ ...originalFile(), ...journal(), ...newDocumentFile() })],
    ['after the annotations, before the catalog', () => ({ ...originalFile(), ...journal(), ...newDocumentFile(), ...newAnnotationsFile() })],
  ];
  it.each(steps)('%s: the new version, whole, at the next open (annotations re-anchored once)', async (_step, files) => {
    const dir = await crashedArchive(files());
    const v = await temp.open(dir);
    expect(v.archive.getSummary(id)?.source.sha256).toBe(newState.summary.source.sha256);
    expect((await v.search.query('"tweede kwartaal van 2025"', 10)).map((h) => h.documentId)).toEqual([id]);
    await v.close();
    expect(await snapshot(dir)).toEqual(newState);
    expect(await readdir(join(dir, REPLACING))).toEqual([]);
  });
});
