/**
 * Deleting documents to the trash, restoring and emptying it, on real temp archives with two
 * corpus answers parsed by the real parser: what moves where, what comes back (same annotations,
 * themes, original), the refusals, and the crash points — a delete or restore stopped after each
 * step, then the archive reopened, leaves the document live or deleted, never both, never lost.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isVraagbaakError, type Annotation, type QaDocument, type VraagbaakError } from '../core/model/index.js';
import { parseText } from '../core/parse/index.js';
import { Archive } from './archive.js';
import { fileStemForId } from './file-names.js';
import type { DeleteStep, RestoreStep } from './trash-moves.js';

const CORPUS = resolve(import.meta.dirname, '../../../shared/corpus/nl-text');
const FILES = ['kvl-r03-Antwoord_op_vragen_van_het_lid_Boswijk_o.pdf.txt', 'kvl-r19-Antwoord_op_vragen_van_het_lid_El_Abassi.pdf.txt'];

let dir: string;
const opened: Archive[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vraagbaak-trash-'));
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((a) => a.close()));
  await rm(dir, { recursive: true, force: true });
});

async function openArchive(): Promise<Archive> {
  const archive = await Archive.open(dir);
  opened.push(archive);
  return archive;
}

async function reopen(archive: Archive): Promise<Archive> {
  await archive.close();
  opened.splice(opened.indexOf(archive), 1);
  return openArchive();
}

interface Fixture {
  archive: Archive;
  docs: QaDocument[];
  bytes: Uint8Array[];
  /** the annotations on docs[0] */
  notes: readonly Annotation[];
  themeId: string;
}

/** Imports the two answers, annotates the first twice and gives it a theme. */
async function fixture(): Promise<Fixture> {
  const archive = await openArchive();
  const docs: QaDocument[] = [];
  const bytes: Uint8Array[] = [];
  for (const name of FILES) {
    const b = new Uint8Array(await readFile(join(CORPUS, name)));
    const doc = parseText(new TextDecoder().decode(b), { fileName: name, sha256: createHash('sha256').update(b).digest('hex'), format: 'text' });
    await archive.addDocument(doc, { fileName: name, bytes: b });
    docs.push(doc);
    bytes.push(b);
  }
  const doc = docs[0] as QaDocument;
  const exact = doc.answers[0]?.text.slice(0, 20) ?? '';
  const note = (id: string, text: string): Annotation => ({
    id,
    documentId: doc.id,
    target: { part: { type: 'answer', index: 0 }, quote: { exact, prefix: '', suffix: '' }, position: { start: 0, end: exact.length } },
    note: text,
    color: 'green',
    tagIds: ['t-buitenland'],
    createdAt: '2025-03-01T10:00:00.000Z',
    updatedAt: '2025-03-02T11:00:00.000Z', revision: 1,
  });
  const notes = await archive.updateAnnotations(doc.id, () => [note('a1', 'eerste'), note('a2', 'tweede')]);
  await archive.updateWorkspace((w) => ({
    ...w,
    tags: [{ id: 't-buitenland', name: 'Buitenland', color: '#336699', parentId: null, description: '' }],
    documentTags: { [doc.id]: ['t-buitenland'] },
  }));
  return { archive, docs, bytes, notes, themeId: 't-buitenland' };
}

/** The VraagbaakError `promise` rejects with. @throws Error for anything else */
async function rejection(promise: Promise<unknown>): Promise<VraagbaakError> {
  const e = await promise.then(() => null, (error: unknown) => error);
  if (!isVraagbaakError(e)) throw new Error(`expected a VraagbaakError, got ${String(e)}`);
  return e;
}

const trashFolders = async () => (await readdir(join(dir, 'trash'))).sort();
const liveFile = (sub: string, id: string) => join(dir, sub, `${fileStemForId(id)}.json`);
const fileExists = (path: string) => readFile(path).then(() => true, () => false);

/** Asserts document `docs[0]` is live and whole: catalog, file, annotations, theme, original; not in the trash. */
async function expectLive(f: Fixture, archive: Archive): Promise<void> {
  const doc = f.docs[0] as QaDocument;
  expect(archive.getSummary(doc.id)).toMatchObject({ id: doc.id, tagIds: [f.themeId], annotationCount: 2, annotationTagIds: [f.themeId] });
  expect(await archive.readDocument(doc.id)).toEqual(doc);
  expect(archive.listAnnotations(doc.id)).toEqual(f.notes);
  expect(archive.workspace.documentTags[doc.id]).toEqual([f.themeId]);
  expect(archive.listDeleted()).toEqual([]);
  expect(await readFile(join(dir, 'originals', `${doc.source.sha256}.txt`))).toEqual(Buffer.from(f.bytes[0] as Uint8Array));
  expect(await trashFolders()).toEqual([]);
}

/** Asserts `docs[0]` is deleted and whole in the trash, and nowhere live. */
async function expectDeleted(f: Fixture, archive: Archive): Promise<void> {
  const doc = f.docs[0] as QaDocument;
  expect(archive.getSummary(doc.id)).toBeNull();
  expect(archive.listSummaries().map((s) => s.id)).toEqual([f.docs[1]?.id]);
  expect(archive.workspace.documentTags[doc.id]).toBeUndefined();
  expect(await fileExists(liveFile('documents', doc.id))).toBe(false);
  expect(await fileExists(liveFile('annotations', doc.id))).toBe(false);
  expect(await readdir(join(dir, 'originals'))).toEqual([`${f.docs[1]?.source.sha256 ?? ''}.txt`]);
  const [entry, ...others] = archive.listDeleted();
  expect(others).toEqual([]);
  expect(entry?.manifest).toMatchObject({ documentId: doc.id, hadAnnotations: true, original: 'original.txt', summary: { id: doc.id, tagIds: [f.themeId], annotationCount: 2 } });
  const folder = entry?.folder ?? '';
  expect(await trashFolders()).toEqual([folder]);
  expect((await readdir(join(dir, 'trash', folder))).sort()).toEqual(['annotations.json', 'document.json', 'manifest.json', 'original.txt']);
  expect(JSON.parse(await readFile(join(dir, 'trash', folder, 'annotations.json'), 'utf8'))).toMatchObject({ documentId: doc.id, annotations: f.notes });
}

// every step writes and reopens a real archive: the time budget is for a busy machine, not a measure
describe('deleting, restoring and emptying', { timeout: 60_000 }, () => {
  it('moves a document with its annotations, theme and original to the trash and back, unchanged', async () => {
    const f = await fixture();
    const doc = f.docs[0] as QaDocument;
    const before = f.archive.getSummary(doc.id);
    const [entry] = await f.archive.deleteDocuments([doc.id]);
    expect(entry?.manifest.summary).toEqual(before);
    await expectDeleted(f, f.archive);
    await expect(f.archive.updateAnnotations(doc.id, (a) => [...a])).rejects.toMatchObject({ code: 'not-found' });

    const again = await reopen(f.archive);
    await expectDeleted(f, again);
    const [restored] = await again.restoreDocuments([doc.id]);
    expect(restored).toEqual(before);
    await expectLive(f, again);
    await expectLive(f, await reopen(again));
  });

  it('empties the whole trash or only the given documents, for good', async () => {
    const f = await fixture();
    const [a, b] = f.docs.map((d) => d.id) as [string, string];
    await f.archive.deleteDocuments([a, b]);
    expect(f.archive.listDeleted().map((e) => e.manifest.documentId).sort()).toEqual([a, b].sort());
    expect(await f.archive.purgeDeleted([b])).toEqual([b]);
    expect(f.archive.listDeleted().map((e) => e.manifest.documentId)).toEqual([a]);
    expect(await f.archive.purgeDeleted()).toEqual([a]);
    expect(await trashFolders()).toEqual([]);
    expect(await readdir(join(dir, 'originals'))).toEqual([]);
    expect(await readdir(join(dir, 'annotations'))).toEqual([]);
    expect(await readdir(join(dir, 'documents'))).toEqual([]);
    const again = await reopen(f.archive);
    expect([again.documentCount, again.listDeleted().length]).toEqual([0, 0]);
  });

  it('refuses unknown ids before moving anything, and a restore while another document holds its source file', async () => {
    const f = await fixture();
    const [a, b] = f.docs.map((d) => d.id) as [string, string];
    expect((await rejection(f.archive.deleteDocuments([a, 'nope']))).details).toMatchObject({ reason: 'document-missing', documentId: 'nope' });
    expect(f.archive.documentCount).toBe(2);
    expect((await rejection(f.archive.restoreDocuments([a]))).details).toMatchObject({ reason: 'trash-missing', documentId: a });
    expect((await rejection(f.archive.purgeDeleted([a]))).details).toMatchObject({ reason: 'trash-missing' });

    await f.archive.deleteDocuments([b]);
    const sameSource = { ...(f.docs[1] as QaDocument), id: 'ah-tk-other' };
    await f.archive.addDocument(sameSource, { fileName: FILES[1] ?? '', bytes: f.bytes[1] as Uint8Array });
    const live = await rejection(f.archive.restoreDocuments([b]));
    expect([live.code, live.details['reason'], live.details['holderId']]).toEqual(['invalid-input', 'document-live', 'ah-tk-other']);
    expect(live.message).toContain('Delete "ah-tk-other" first, then restore');
    // the deleted one stays whole in the trash, also after reopening
    const again = await reopen(f.archive);
    expect(again.getSummary(b)).toBeNull();
    expect(again.listDeleted().map((e) => e.manifest.documentId)).toEqual([b]);
  });

  it('restores a document imported anew while deleted by merging: its annotations and themes join the live copy', async () => {
    const f = await fixture();
    const doc = f.docs[0] as QaDocument;
    await f.archive.deleteDocuments([doc.id]);
    // imported anew behind the trash's back (as an older version did), with one of the old annotations already back
    await f.archive.addDocument(doc, { fileName: FILES[0] ?? '', bytes: f.bytes[0] as Uint8Array });
    await f.archive.updateAnnotations(doc.id, () => [f.notes[0] as Annotation]);

    const [restored] = await f.archive.restoreDocuments([doc.id]);
    expect(restored).toMatchObject({ id: doc.id, annotationCount: 2, tagIds: [f.themeId] });
    const merged = f.archive.listAnnotations(doc.id);
    expect(merged.map((x) => [x.id, x.note, x.anchorState ?? 'anchored', x.target.quote.exact])).toEqual(f.notes.map((x) => [x.id, x.note, 'anchored', x.target.quote.exact]));
    expect(f.archive.listDeleted()).toEqual([]);
    expect(await trashFolders()).toEqual([]);
    const again = await reopen(f.archive);
    expect(again.listAnnotations(doc.id)).toEqual(merged);
    expect([again.listDeleted().length, again.getSummary(doc.id)?.annotationCount]).toEqual([0, 2]);
  });

  it('restores without the themes deleted meanwhile, keeping the annotations\' ids and dates', async () => {
    const f = await fixture();
    const id = f.docs[0]?.id ?? '';
    await f.archive.deleteDocuments([id]);
    await f.archive.updateWorkspace((w) => ({ ...w, tags: [] }));
    const [restored] = await f.archive.restoreDocuments([id]);
    expect(restored).toMatchObject({ tagIds: [], annotationTagIds: [], annotationCount: 2 });
    expect(f.archive.workspace.documentTags[id]).toBeUndefined();
    expect(f.archive.listAnnotations(id)).toEqual(f.notes.map((a) => ({ ...a, tagIds: [] })));
  });

  it('refuses every change on a read-only archive', async () => {
    const f = await fixture();
    const id = f.docs[0]?.id ?? '';
    await f.archive.deleteDocuments([f.docs[1]?.id ?? '']);
    await f.archive.close();
    opened.splice(0);
    await writeFile(join(dir, 'workspace.json'), '{ broken');
    const readOnly = await openArchive();
    expect(readOnly.isReadOnly).toBe(true);
    expect(readOnly.listDeleted()).toHaveLength(1);
    for (const attempt of [readOnly.deleteDocuments([id]), readOnly.restoreDocuments([f.docs[1]?.id ?? '']), readOnly.purgeDeleted()]) {
      expect((await rejection(attempt)).code).toBe('archive-read-only');
    }
  });
});

// every step writes and reopens a real archive: the time budget is for a busy machine, not a measure
describe('a delete or restore cut short, then reopened', { timeout: 60_000 }, () => {
  const deleteSteps: [DeleteStep, 'live' | 'deleted'][] = [
    ['manifest', 'live'],
    ['original', 'live'],
    ['annotations', 'live'],
    ['document', 'deleted'],
    ['themes', 'deleted'],
  ];
  it.each(deleteSteps)('delete stopped after "%s" leaves the document %s, whole', async (step, state) => {
    const f = await fixture();
    const id = f.docs[0]?.id ?? '';
    await f.archive.deleteDocuments([id], { stopAfter: step });
    const again = await reopen(f.archive);
    if (state === 'live') await expectLive(f, again);
    else await expectDeleted(f, again);
    // and the next step works as usual
    if (state === 'live') await again.deleteDocuments([id]);
    else await again.restoreDocuments([id]);
    await expectLive(f, state === 'live' ? await restoreAfterReopen(again, id) : await reopen(again));
  });

  const restoreSteps: [RestoreStep, 'live' | 'deleted'][] = [
    ['original', 'deleted'],
    ['annotations', 'deleted'],
    ['document', 'live'],
    ['themes', 'live'],
  ];
  it.each(restoreSteps)('restore stopped after "%s" leaves the document %s, whole', async (step, state) => {
    const f = await fixture();
    const id = f.docs[0]?.id ?? '';
    await f.archive.deleteDocuments([id]);
    await f.archive.restoreDocuments([id], { stopAfter: step });
    const again = await reopen(f.archive);
    if (state === 'live') await expectLive(f, again);
    else await expectDeleted(f, again);
  });

  it('an emptying cut short after its commit is finished at open', async () => {
    const f = await fixture();
    const [entry] = await f.archive.deleteDocuments([f.docs[0]?.id ?? '']);
    await f.archive.close();
    opened.splice(0);
    await rename(join(dir, 'trash', entry?.folder ?? ''), join(dir, 'trash', `.purging-${entry?.folder ?? ''}`));
    const again = await openArchive();
    expect(again.listDeleted()).toEqual([]);
    expect(await trashFolders()).toEqual([]);
  });
});

/** Reopens, restores `id`, reopens again. */
async function restoreAfterReopen(archive: Archive, id: string): Promise<Archive> {
  const again = await reopen(archive);
  await again.restoreDocuments([id]);
  return reopen(again);
}
