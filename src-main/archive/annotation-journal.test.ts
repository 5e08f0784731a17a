/**
 * The write-ahead journal of changes to many annotation files (annotation-journal.ts) on real
 * archives in temp folders: a change cut short after its journal (files untouched, or one torn) or
 * after its unsynced writes is finished at the next open exactly as a finished change; journals
 * replay in order and replaying twice changes nothing; close waits for the flush; an edit right
 * after a change is kept; a journal that cannot be read opens the archive read-only and nothing is
 * overwritten.
 */
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isVraagbaakError, replaceTagId, type Annotation, type QaDocument } from '../core/model/index.js';
import type { AnnotationChange, JournalStep } from './annotation-stores.js';
import { Archive } from './archive.js';
import { fileStemForId } from './file-names.js';

let root: string;
const opened: Archive[] = [];

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'vraagbaak-journal-'));
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((a) => a.close()));
  await rm(root, { recursive: true, force: true });
});

async function openArchive(dir: string): Promise<Archive> {
  const archive = await Archive.open(dir);
  opened.push(archive);
  return archive;
}

async function closeArchive(archive: Archive): Promise<void> {
  opened.splice(opened.indexOf(archive), 1);
  await archive.close();
}

function documentOf(n: number): { doc: QaDocument; bytes: Uint8Array } {
  const bytes = new TextEncoder().encode(`Vraag ${String(n)}\nHeeft u kennisgenomen van bericht ${String(n)}?\n\nAntwoord\nJa.\n`);
  const doc: QaDocument = {
    id: `ah-tk-2021-${String(n)}`,
    kind: 'answer',
    title: `bericht ${String(n)}`,
    askedBy: [{ name: 'Sjoerdsma', party: 'D66' }],
    addressedTo: ['minister van Buitenlandse Zaken'],
    answeredBy: [{ name: 'Blok', role: 'minister', portfolio: 'Buitenlandse Zaken' }],
    submittedOn: '2021-01-21',
    receivedOn: '2021-02-15',
    identifiers: {},
    questions: [{ number: 1, text: `Heeft u kennisgenomen van bericht ${String(n)}?`, footnoteRefs: [] }],
    answers: [{ questionNumbers: [1], text: 'Ja.', footnoteRefs: [] }],
    footnotes: [],
    references: [],
    source: { fileName: `v${String(n)}.txt`, format: 'text', sha256: createHash('sha256').update(bytes).digest('hex') },
    warnings: [],
    explanations: [],
  };
  return { doc, bytes };
}

function annotation(documentId: string, id: string, tagIds: string[]): Annotation {
  return {
    id,
    documentId,
    target: { part: { type: 'answer', index: 0 }, quote: { exact: 'Ja', prefix: '', suffix: '.' }, position: { start: 0, end: 2 } },
    note: '',
    color: 'yellow',
    tagIds,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z', revision: 1,
  };
}

const DOCUMENTS = 4;
const ids = Array.from({ length: DOCUMENTS }, (_, n) => documentOf(n).doc.id);

/** An archive in `root/<name>` with 4 documents, each with 2 annotations carrying theme "x" (one also "y"). */
async function fixture(name: string): Promise<string> {
  const dir = join(root, name);
  const archive = await openArchive(dir);
  for (let n = 0; n < DOCUMENTS; n++) {
    const { doc, bytes } = documentOf(n);
    await archive.addDocument(doc, { fileName: doc.source.fileName, bytes });
    await archive.updateAnnotations(doc.id, () => [annotation(doc.id, `a${String(n)}-1`, ['x']), annotation(doc.id, `a${String(n)}-2`, ['y', 'x'])]);
  }
  await closeArchive(archive);
  return dir;
}

/** Theme "x" merged into "y" on every document (the shape of a theme merge). */
const merge: AnnotationChange[] = ids.map((documentId) => ({
  documentId,
  recipe: (list) => list.map((a) => ({ ...a, tagIds: [...replaceTagId(a.tagIds, 'x', 'y')] })),
}));

const annotationFile = (dir: string, id: string) => join(dir, 'annotations', fileStemForId(id) + '.json');
const journalNames = async (dir: string) => (await readdir(join(dir, 'journal')).catch(() => [])).filter((n) => !n.startsWith('.'));

/** The archive's annotations as read from its files, and as the archive lists them. */
async function contents(dir: string, archive: Archive): Promise<{ files: unknown[]; listed: (readonly Annotation[])[] }> {
  const files = await Promise.all(ids.map(async (id) => JSON.parse(await readFile(annotationFile(dir, id), 'utf8')) as unknown));
  return { files, listed: ids.map((id) => archive.listAnnotations(id)) };
}

/** What a finished merge leaves: the fixture merged, closed and reopened. */
async function finishedMerge(): Promise<{ files: unknown[]; listed: (readonly Annotation[])[] }> {
  const dir = await fixture('finished');
  const archive = await openArchive(dir);
  expect(await archive.updateAnnotationsMany('tag-merge', merge)).toEqual(ids);
  await closeArchive(archive);
  expect(await journalNames(dir)).toEqual([]);
  const again = await openArchive(dir);
  const result = await contents(dir, again);
  await closeArchive(again);
  return result;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (e: unknown) => e,
  );
}

describe('a change of many annotation files cut short, then reopened', { timeout: 60_000 }, () => {
  const cases: [JournalStep, string][] = [
    ['journal', 'no file written yet, one torn by the crash'],
    ['files', 'every file written but none flushed'],
  ];
  it.each(cases)('stopped after "%s" (%s): the next open finishes it exactly as a finished merge', async (step) => {
    const expected = await finishedMerge();
    expect(expected.listed.flat().every((a) => !a.tagIds.includes('x') && a.tagIds.includes('y'))).toBe(true);
    const dir = await fixture('crashed');
    const archive = await openArchive(dir);
    await archive.updateAnnotationsMany('tag-merge', merge, { stopAfter: step });
    await closeArchive(archive);
    expect(await journalNames(dir)).toHaveLength(1);
    // partly applied: a file the crash left empty (a rename reached the disk before its data)
    if (step === 'journal') await writeFile(annotationFile(dir, ids[1] ?? ''), '');

    const again = await openArchive(dir);
    expect(again.isReadOnly).toBe(false);
    expect(await journalNames(dir)).toEqual([]);
    expect(await contents(dir, again)).toEqual(expected);
    expect(again.getSummary(ids[0] ?? '')?.annotationTagIds).toEqual(['y']);
    await closeArchive(again);
  });

  it('journals left by a crash are replayed in the order they were written: the later change wins', async () => {
    const dir = await fixture('order');
    const archive = await openArchive(dir);
    await archive.updateAnnotationsMany('tag-merge', merge, { stopAfter: 'files' });
    const id = ids[1] ?? '';
    await archive.updateAnnotationsMany('annotation-edit', [{ documentId: id, recipe: (list) => list.map((a) => ({ ...a, note: 'later' })) }], { stopAfter: 'files' });
    await closeArchive(archive);
    expect(await journalNames(dir)).toHaveLength(2);
    // the later journal's file torn, the earlier one's content on disk
    await writeFile(annotationFile(dir, id), '{"schemaVersion":1,');
    const again = await openArchive(dir);
    expect(again.isReadOnly).toBe(false);
    expect(again.listAnnotations(id).map((a) => [a.note, a.tagIds])).toEqual([
      ['later', ['y']],
      ['later', ['y']],
    ]);
    expect(await journalNames(dir)).toEqual([]);
  });

  it('replaying the same journal twice gives the same archive', async () => {
    const expected = await finishedMerge();
    const dir = await fixture('twice');
    const archive = await openArchive(dir);
    await archive.updateAnnotationsMany('tag-merge', merge, { stopAfter: 'files' });
    await closeArchive(archive);
    const [name] = await journalNames(dir);
    const journal = await readFile(join(dir, 'journal', name ?? ''));
    await closeArchive(await openArchive(dir));
    // the journal back, as if its removal had not reached the disk
    await writeFile(join(dir, 'journal', name ?? ''), journal);
    const again = await openArchive(dir);
    expect(await journalNames(dir)).toEqual([]);
    expect(await contents(dir, again)).toEqual(expected);
    await closeArchive(again);
  });
});

describe('the background flush', { timeout: 60_000 }, () => {
  it('close waits for it: the files are written and the journal is gone', async () => {
    const dir = await fixture('close');
    const archive = await openArchive(dir);
    await archive.updateAnnotationsMany('tag-merge', merge);
    await closeArchive(archive);
    expect(await journalNames(dir)).toEqual([]);
    for (const id of ids) {
      const file = JSON.parse(await readFile(annotationFile(dir, id), 'utf8')) as { annotations: Annotation[] };
      expect(file.annotations.map((a) => a.tagIds)).toEqual([['y'], ['y']]);
    }
  });

  it('an edit of one of its files right after it is kept, and written after it', async () => {
    const dir = await fixture('edit');
    const archive = await openArchive(dir);
    await archive.updateAnnotationsMany('tag-merge', merge);
    const id = ids[2] ?? '';
    await archive.updateAnnotations(id, (list) => list.map((a) => ({ ...a, note: 'later' })));
    await closeArchive(archive);
    expect(await journalNames(dir)).toEqual([]);
    const again = await openArchive(dir);
    expect(again.listAnnotations(id).map((a) => [a.note, a.tagIds])).toEqual([
      ['later', ['y']],
      ['later', ['y']],
    ]);
  });

  it('a change that alters nothing writes no journal; a recipe that throws changes nothing', async () => {
    const dir = await fixture('nothing');
    const archive = await openArchive(dir);
    expect(await archive.updateAnnotationsMany('tag-merge', ids.map((documentId) => ({ documentId, recipe: (list) => [...list] as Annotation[] })))).toHaveLength(DOCUMENTS);
    const before = await contents(dir, archive);
    expect(await archive.updateAnnotationsMany('noop', ids.map((documentId) => ({ documentId, recipe: (list) => list as Annotation[] })))).toEqual([]);
    const failing: AnnotationChange[] = [...merge, { documentId: ids[0] ?? '', recipe: () => { throw new Error('refused'); } }];
    expect(await rejection(archive.updateAnnotationsMany('tag-merge', failing))).toMatchObject({ message: 'refused' });
    expect(await contents(dir, archive)).toEqual(before);
    expect(isVraagbaakError(await rejection(archive.updateAnnotationsMany('tag-merge', [{ documentId: 'unknown', recipe: () => [] }])), 'not-found')).toBe(true);
    await closeArchive(archive);
    expect(await journalNames(dir)).toEqual([]);
  });
});

describe('a journal that cannot be read', { timeout: 60_000 }, () => {
  it('opens the archive read-only naming it, applies no journal and overwrites nothing', async () => {
    const dir = await fixture('corrupt');
    const archive = await openArchive(dir);
    await archive.updateAnnotationsMany('tag-merge', merge, { stopAfter: 'journal' });
    await closeArchive(archive);
    const bad = join(dir, 'journal', '000000000000000-000000-tag-delete.json');
    await writeFile(bad, '{"schemaVersion":1,"operation":"tag-delete","files":[{"documentId":');
    await cp(join(dir, 'annotations'), join(root, 'annotations-before'), { recursive: true });

    const again = await openArchive(dir);
    expect(again.isReadOnly).toBe(true);
    expect(again.readOnlyError?.code).toBe('archive-corrupt');
    expect(again.readOnlyError?.message).toContain(bad);
    expect(again.listAnnotations(ids[0] ?? '').map((a) => a.tagIds)).toEqual([['x'], ['y', 'x']]);
    expect(isVraagbaakError(await rejection(again.updateAnnotationsMany('tag-merge', merge)), 'archive-read-only')).toBe(true);
    await closeArchive(again);
    expect(await journalNames(dir)).toHaveLength(2);
    for (const id of ids) {
      const name = fileStemForId(id) + '.json';
      expect(await readFile(join(dir, 'annotations', name), 'utf8')).toBe(await readFile(join(root, 'annotations-before', name), 'utf8'));
    }
  });
});
