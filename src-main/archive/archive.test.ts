import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isVraagbaakError, type Annotation, type QaDocument } from '../core/model/index.js';
import { Archive } from './archive.js';
import { fileStemForId } from './file-names.js';
import type { CatalogFile, WorkspaceFile } from './schemas.js';

let dir: string;
const open: Archive[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vraagbaak-archive-'));
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((a) => a.close()));
  await rm(dir, { recursive: true, force: true });
});

async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, 'utf8')) as unknown;
}

async function openArchive(options: Parameters<typeof Archive.open>[1] = {}): Promise<Archive> {
  const archive = await Archive.open(dir, options);
  open.push(archive);
  return archive;
}

async function closeArchive(archive: Archive): Promise<void> {
  await archive.close();
  open.splice(open.indexOf(archive), 1);
}

/** A small, real-shaped document (the shape of the seed's answer to question 1). */
function sampleDocument(bytes: Uint8Array, id = 'ah-tk-20202021-1682'): QaDocument {
  return {
    id,
    kind: 'answer',
    title: 'het bericht dat China genocide pleegt op de Oeigoeren',
    askedBy: [{ name: 'Sjoerdsma', party: 'D66' }],
    addressedTo: ['minister van Buitenlandse Zaken'],
    answeredBy: [{ name: 'Blok', role: 'minister', portfolio: 'Buitenlandse Zaken' }],
    submittedOn: '2021-01-21',
    receivedOn: '2021-02-15',
    identifiers: { zaak: '2021Z00843' },
    questions: [{ number: 1, text: 'Heeft u kennisgenomen van het bericht?', footnoteRefs: [1] }],
    answers: [{ questionNumbers: [1], text: 'Ja.', footnoteRefs: [] }],
    footnotes: [{ number: 1, text: 'NRC.nl, 19 januari 2021', url: 'https://www.nrc.nl/' }],
    references: [],
    source: { fileName: 'vragen.txt', format: 'text', sha256: createHash('sha256').update(bytes).digest('hex') },
    warnings: [],
    explanations: [],
  };
}

const BYTES = new TextEncoder().encode('Vraag 1\nHeeft u kennisgenomen van het bericht?\n\nAntwoord\nJa.\n');

function sampleAnnotation(documentId: string, id: string, note = ''): Annotation {
  return {
    id,
    documentId,
    target: { part: { type: 'answer', index: 0 }, quote: { exact: 'Ja', prefix: '', suffix: '.' }, position: { start: 0, end: 2 } },
    note,
    color: 'yellow',
    tagIds: [],
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z', revision: 1,
  };
}

async function expectCode(promise: Promise<unknown>, code: string): Promise<Error> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(isVraagbaakError(error) ? error.code : error).toBe(code);
  return error as Error;
}

describe('Archive: layout and documents', () => {
  it('creates the folder layout and a lock on first open, and releases the lock on close', async () => {
    const archive = await openArchive();
    expect((await readdir(dir)).sort()).toEqual(
      ['.lock', 'annotations', 'backups', 'catalog.json', 'documents', 'originals', 'trash', 'workspace.json'].sort(),
    );
    expect(await readJson(join(dir, '.lock'))).toMatchObject({ pid: process.pid, hostname: hostname() });
    expect(archive.isReadOnly).toBe(false);
    await closeArchive(archive);
    expect(await readdir(dir)).not.toContain('.lock');
  });

  it('stores a document, its original byte-for-byte and its summary, and reads them after re-open', async () => {
    const archive = await openArchive();
    const doc = sampleDocument(BYTES, 'sha256:0123456789abcdef');
    const summary = await archive.addDocument(doc, { fileName: 'Vragen.TXT', bytes: BYTES });
    expect(summary).toMatchObject({ id: doc.id, annotationCount: 0, questionCount: 1, tagIds: [] });
    await closeArchive(archive);

    const again = await openArchive();
    expect(again.listSummaries().map((s) => s.id)).toEqual([doc.id]);
    expect(again.findBySha256(doc.source.sha256)?.id).toBe(doc.id);
    expect(await again.readDocument(doc.id)).toEqual(doc);
    expect(await readdir(join(dir, 'documents'))).toEqual(['sha256%3A0123456789abcdef.json']);
    const original = await readFile(join(dir, 'originals', `${doc.source.sha256}.txt`));
    expect(Buffer.compare(original, Buffer.from(BYTES))).toBe(0);
  });

  it('refuses a second document with the same id or the same bytes, and leaves no trace of it', async () => {
    const archive = await openArchive();
    await archive.addDocument(sampleDocument(BYTES), { fileName: 'a.txt', bytes: BYTES });
    await expectCode(archive.addDocument(sampleDocument(BYTES), { fileName: 'b.txt', bytes: BYTES }), 'invalid-input');
    const other = new TextEncoder().encode('other bytes');
    await expectCode(archive.addDocument(sampleDocument(other), { fileName: 'c.txt', bytes: other }), 'invalid-input');
    expect(archive.documentCount).toBe(1);
    expect(await readdir(join(dir, 'originals'))).toHaveLength(1);
  });

  it('refuses bytes that do not match the document sha256', async () => {
    const archive = await openArchive();
    await expectCode(archive.addDocument(sampleDocument(BYTES), { fileName: 'a.txt', bytes: new Uint8Array([1]) }), 'invalid-input');
    expect(await readdir(join(dir, 'documents'))).toEqual([]);
  });

  it('reports an unknown document as not-found', async () => {
    const archive = await openArchive();
    await expectCode(archive.readDocument('nope'), 'not-found');
    await expectCode(archive.updateAnnotations('nope', (l) => [...l]), 'not-found');
  });

  it('removes temp files a crashed writer left behind', async () => {
    await closeArchive(await openArchive());
    await writeFile(join(dir, '.catalog.json.99999.0123456789ab.tmp'), '{"half');
    await writeFile(join(dir, 'annotations', '.x.json.99999.0123456789ab.tmp'), '');
    await openArchive();
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(await readdir(join(dir, 'annotations'))).toEqual([]);
  });
});

describe('Archive: annotations and workspace', () => {
  it('persists annotation changes across re-open and keeps annotationCount current', async () => {
    const archive = await openArchive();
    const doc = sampleDocument(BYTES);
    await archive.addDocument(doc, { fileName: 'a.txt', bytes: BYTES });
    await archive.updateAnnotations(doc.id, (l) => [...l, sampleAnnotation(doc.id, 'a1'), sampleAnnotation(doc.id, 'a2')]);
    await archive.updateAnnotations(doc.id, (l) => l.filter((a) => a.id !== 'a1'));
    await archive.updateAnnotations(doc.id, (l) => l.map((a) => ({ ...a, note: 'belangrijk' })));
    expect(archive.getSummary(doc.id)?.annotationCount).toBe(1);
    await closeArchive(archive);

    const again = await openArchive();
    expect(again.listAnnotations(doc.id)).toEqual([{ ...sampleAnnotation(doc.id, 'a2'), note: 'belangrijk' }]);
    expect(again.getSummary(doc.id)?.annotationCount).toBe(1);
    const file = await readJson(join(dir, 'annotations', fileStemForId(doc.id) + '.json'));
    expect(file).toMatchObject({ schemaVersion: 1, documentId: doc.id });
  });

  it('mirrors workspace.documentTags into the catalog tagIds', async () => {
    const archive = await openArchive();
    const doc = sampleDocument(BYTES);
    await archive.addDocument(doc, { fileName: 'a.txt', bytes: BYTES });
    await archive.updateWorkspace((w) => ({ ...w, documentTags: { ...w.documentTags, [doc.id]: ['t1'] } }));
    expect(archive.getSummary(doc.id)?.tagIds).toEqual(['t1']);
    await closeArchive(archive);
    const catalog = (await readJson(join(dir, 'catalog.json'))) as CatalogFile;
    expect(catalog.documents[0]?.tagIds).toEqual(['t1']);
  });

  it('repairs a stale annotationCount and tagIds in the catalog at open', async () => {
    const archive = await openArchive();
    const doc = sampleDocument(BYTES);
    await archive.addDocument(doc, { fileName: 'a.txt', bytes: BYTES });
    await archive.updateAnnotations(doc.id, () => [sampleAnnotation(doc.id, 'a1')]);
    await archive.updateWorkspace((w) => ({ ...w, documentTags: { [doc.id]: ['t1'] } }));
    await closeArchive(archive);
    const catalog = (await readJson(join(dir, 'catalog.json'))) as CatalogFile;
    const stale = { ...catalog, documents: catalog.documents.map((s) => ({ ...s, annotationCount: 7, tagIds: [] })) };
    await writeFile(join(dir, 'catalog.json'), JSON.stringify(stale));
    const again = await openArchive();
    expect(again.getSummary(doc.id)).toMatchObject({ annotationCount: 1, tagIds: ['t1'] });
  });

  it('close() lets writes requested before it finish, and refuses writes after it', async () => {
    const archive = await openArchive();
    const doc = sampleDocument(BYTES);
    await archive.addDocument(doc, { fileName: 'a.txt', bytes: BYTES });
    const pending = Array.from({ length: 10 }, (_, i) =>
      archive.updateAnnotations(doc.id, (l) => [...l, sampleAnnotation(doc.id, `a${i}`)]),
    );
    await closeArchive(archive);
    await Promise.all(pending);
    await expectCode(archive.updateWorkspace((w) => w), 'archive-read-only');
    const again = await openArchive();
    expect(again.listAnnotations(doc.id)).toHaveLength(10);
    expect(again.getSummary(doc.id)?.annotationCount).toBe(10);
  });

  it('measures one durable annotation save (median of 200 updateAnnotations; logged, not asserted: tests must not depend on the machine)', async () => {
    const archive = await openArchive();
    const doc = sampleDocument(BYTES);
    await archive.addDocument(doc, { fileName: 'a.txt', bytes: BYTES });
    await archive.updateAnnotations(doc.id, () => [sampleAnnotation(doc.id, 'a1')]);
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      const t0 = performance.now();
      await archive.updateAnnotations(doc.id, (l) => l.map((a) => ({ ...a, note: `notitie ${i}` })));
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    console.log(`durable annotation save (archive): median ${times[100]?.toFixed(2)} ms, p90 ${times[180]?.toFixed(2)} ms`);
    expect(archive.listAnnotations(doc.id)[0]?.note).toBe('notitie 199');
  });

  it('opening and closing without writes takes no backup (backup-schedule.test.ts has the schedule)', async () => {
    for (let i = 0; i < 4; i++) await closeArchive(await openArchive());
    expect(await readdir(join(dir, 'backups'))).toEqual([]);
  });
});

describe('Archive: damaged files make it read-only', () => {
  async function archiveWithOneDocument(): Promise<QaDocument> {
    const archive = await openArchive();
    const doc = sampleDocument(BYTES);
    await archive.addDocument(doc, { fileName: 'a.txt', bytes: BYTES });
    await archive.updateAnnotations(doc.id, () => [sampleAnnotation(doc.id, 'a1')]);
    await archive.updateWorkspace((w) => ({ ...w, tags: [{ id: 't1', name: 'China', color: '#b45309', parentId: null, description: '' }] }));
    // closing after writes takes a backup of the state written above
    await closeArchive(archive);
    return doc;
  }

  it('a corrupt workspace.json: opens read-only, names the file and a good backup, refuses writes, leaves the file byte-identical', async () => {
    const doc = await archiveWithOneDocument();
    const workspacePath = join(dir, 'workspace.json');
    const corrupt = Buffer.from('{"schemaVersion": 1, "tags": [ {"id": "t1", "na');
    await writeFile(workspacePath, corrupt);

    const archive = await openArchive();
    expect(archive.isReadOnly).toBe(true);
    const error = archive.readOnlyError;
    expect(error?.code).toBe('archive-corrupt');
    expect(error?.message).toContain(workspacePath);
    expect(error?.message).toMatch(/read-only/);
    const backup = error?.details['backup'];
    expect(typeof backup).toBe('string');
    expect(error?.message).toContain(String(backup));
    expect(((await readJson(String(backup))) as WorkspaceFile).tags[0]?.name).toBe('China');

    // the rest is still readable
    expect(archive.listSummaries().map((s) => s.id)).toEqual([doc.id]);
    expect(await archive.readDocument(doc.id)).toEqual(doc);
    expect(archive.listAnnotations(doc.id)).toHaveLength(1);

    const refused = await expectCode(archive.updateWorkspace((w) => ({ ...w, tags: [] })), 'archive-read-only');
    expect(refused.message).toContain(workspacePath);
    await expectCode(archive.updateAnnotations(doc.id, () => []), 'archive-read-only');
    await expectCode(archive.addDocument(sampleDocument(BYTES, 'x'), { fileName: 'b.txt', bytes: BYTES }), 'archive-read-only');
    await closeArchive(archive);
    expect(Buffer.compare(await readFile(workspacePath), corrupt)).toBe(0);
  });

  it('a workspace.json that is valid JSON but fails validation is treated the same', async () => {
    await archiveWithOneDocument();
    const workspacePath = join(dir, 'workspace.json');
    const bad = '{"schemaVersion":1,"tags":"not a list","documentTags":{},"briefings":[],"savedSearches":[]}';
    await writeFile(workspacePath, bad);
    const archive = await openArchive();
    expect(archive.readOnlyError?.message).toMatch(/workspace\.json.*expected shape \(tags/);
    await closeArchive(archive);
    expect(await readFile(workspacePath, 'utf8')).toBe(bad);
  });

  it('a corrupt catalog.json: opens read-only, lists documents rebuilt from documents/, leaves the file byte-identical', async () => {
    const doc = await archiveWithOneDocument();
    const catalogPath = join(dir, 'catalog.json');
    const corrupt = Buffer.from([0x7b, 0xff, 0xfe, 0x00]);
    await writeFile(catalogPath, corrupt);
    const archive = await openArchive();
    expect(archive.readOnlyError?.code).toBe('archive-corrupt');
    expect(archive.readOnlyError?.message).toContain(catalogPath);
    expect(archive.readOnlyError?.message).toMatch(/UTF-8/);
    expect(archive.damagedFiles[0]?.backup).toMatch(/backups.*catalog\.json$/);
    expect(archive.listSummaries().map((s) => s.id)).toEqual([doc.id]);
    expect(archive.getSummary(doc.id)?.annotationCount).toBe(1);
    await expectCode(archive.updateWorkspace((w) => w), 'archive-read-only');
    await closeArchive(archive);
    expect(Buffer.compare(await readFile(catalogPath), corrupt)).toBe(0);
  });

  it('a corrupt annotations file: read-only, the other files stay readable', async () => {
    const doc = await archiveWithOneDocument();
    const file = join(dir, 'annotations', fileStemForId(doc.id) + '.json');
    await writeFile(file, '{"schemaVersion":1,"documentId":"ah-tk-20202021-1682","annotations":[{"id":1}]}');
    const archive = await openArchive();
    expect(archive.readOnlyError?.message).toContain(file);
    expect(archive.workspace.tags.map((t) => t.name)).toEqual(['China']);
    expect(archive.getSummary(doc.id)?.annotationCount).toBe(1);
  });

  it('a schemaVersion newer than supported: a clear error, nothing written, lock released', async () => {
    await closeArchive(await openArchive());
    const workspacePath = join(dir, 'workspace.json');
    const future = JSON.stringify({ schemaVersion: 99, tags: [] });
    await writeFile(workspacePath, future);
    const error = await expectCode(Archive.open(dir), 'archive-corrupt');
    expect(error.message).toMatch(/newer version of Vraagbaak \(schema version 99; this version supports up to 1\)/);
    expect(error.message).toContain(workspacePath);
    expect(await readFile(workspacePath, 'utf8')).toBe(future);
    expect(await readdir(dir)).not.toContain('.lock');
  });
});

describe('Archive: the lock', () => {
  it('a second open of the same folder fails with archive-locked naming the pid, and works after close', async () => {
    const first = await openArchive();
    const error = await expectCode(Archive.open(dir), 'archive-locked');
    expect(error.message).toContain(`The archive ${dir} is already open in another Vraagbaak process (pid ${process.pid}`);
    await closeArchive(first);
    await openArchive();
  });

  it('takes over a stale lock whose process no longer exists', async () => {
    const deadPid = 2 ** 22 + 12345; // above Linux's pid_max default of 4194304
    await writeFile(join(dir, '.lock'), JSON.stringify({ pid: deadPid, hostname: hostname(), startedAt: '2020-01-01T00:00:00Z', token: 'old' }));
    const archive = await openArchive();
    expect(await readJson(join(dir, '.lock'))).toMatchObject({ pid: process.pid });
    await closeArchive(archive);
    expect(await readdir(dir)).not.toContain('.lock');
  });

  it('respects a lock held from another host (its pid cannot be checked)', async () => {
    await writeFile(join(dir, '.lock'), JSON.stringify({ pid: 4242, hostname: 'other-host', startedAt: '2020-01-01T00:00:00Z', token: 'x' }));
    const error = await expectCode(Archive.open(dir), 'archive-locked');
    expect(error.message).toContain('pid 4242 on other-host');
  });

  it('does not remove a lock that another process took over after ours', async () => {
    const archive = await openArchive();
    const foreign = JSON.stringify({ pid: 1, hostname: hostname(), startedAt: '2020-01-01T00:00:00Z', token: 'someone-else' });
    await writeFile(join(dir, '.lock'), foreign);
    await closeArchive(archive);
    expect(await readFile(join(dir, '.lock'), 'utf8')).toBe(foreign);
  });
});

describe('archive: the catalog is written lazily, the document and annotation files at once', () => {
  it('saves an annotation without rewriting catalog.json, and close() writes the new count', async () => {
    const archive = await openArchive();
    const doc = sampleDocument(BYTES);
    await archive.addDocument(doc, { fileName: 'vragen.txt', bytes: BYTES });
    await archive.close(); // the catalog holds the document now
    const reopened = await openArchive();
    const before = await readFile(join(dir, 'catalog.json'), 'utf8');
    await reopened.updateAnnotations(doc.id, () => [sampleAnnotation(doc.id, 'a1', 'eerste notitie')]);
    expect(await readFile(join(dir, 'catalog.json'), 'utf8')).toBe(before);
    expect(reopened.getSummary(doc.id)?.annotationCount).toBe(1);
    expect(await readJson(join(dir, 'annotations', `${fileStemForId(doc.id)}.json`))).toMatchObject({ annotations: [{ id: 'a1' }] });
    await closeArchive(reopened);
    expect(((await readJson(join(dir, 'catalog.json'))) as CatalogFile).documents[0]?.annotationCount).toBe(1);
  });

  it('after a crash before the catalog write, adopts the imported document and its annotation count at open', async () => {
    const archive = await openArchive();
    const emptyCatalog = await readFile(join(dir, 'catalog.json'));
    const doc = sampleDocument(BYTES);
    await archive.addDocument(doc, { fileName: 'vragen.txt', bytes: BYTES });
    await archive.updateAnnotations(doc.id, () => [sampleAnnotation(doc.id, 'a1')]);
    // the disk as a power cut before the lazy catalog write leaves it: document and annotation files, the old catalog
    const crashed = await mkdtemp(join(tmpdir(), 'vraagbaak-crash-'));
    try {
      for (const sub of ['documents', 'annotations', 'originals']) await cp(join(dir, sub), join(crashed, sub), { recursive: true });
      await cp(join(dir, 'workspace.json'), join(crashed, 'workspace.json'));
      await writeFile(join(crashed, 'catalog.json'), emptyCatalog);
      const recovered = await Archive.open(crashed);
      try {
        expect(recovered.listSummaries().map((s) => [s.id, s.annotationCount])).toEqual([[doc.id, 1]]);
        expect(((await readJson(join(crashed, 'catalog.json'))) as CatalogFile).documents).toHaveLength(1);
      } finally {
        await recovered.close();
      }
    } finally {
      await rm(crashed, { recursive: true, force: true });
    }
  });
});
