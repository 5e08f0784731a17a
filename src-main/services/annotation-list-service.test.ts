import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../core/api/index.js';
import type { AnnotationPage } from '../core/api/types.js';
import type { Annotation } from '../core/model/index.js';
import type { Archive } from '../archive/index.js';
import { fileStemForId } from '../archive/file-names.js';
import { displayTitle } from '../core/present/title.js';
import { createAnnotationListService, type AnnotationQuery } from './annotation-list-service.js';
import { useTempArchives } from './test-archives.js';
import { openBriefingArchive } from './test-briefing-archive.js';
import { failure } from './test-errors.js';
import { editAnnotation } from './test-annotation-edits.js';

const temp = useTempArchives('vraagbaak-annotation-list-');

/** The contract's defaults, as dispatch fills them in. */
const Q: AnnotationQuery = { query: '', text: '', sort: 'date', offset: 0, limit: 200, idsOnly: false, locale: 'nl' };
const quotes = (page: AnnotationPage) => page.rows.map((r) => r.annotation.target.quote.exact);
const sorted = (xs: string[]) => [...xs].sort();

describe('annotations.query', () => {
  it('lists every annotation with its document title, date, kind and part label', async () => {
    const { v, excerpts, docs } = await openBriefingArchive(temp);
    const page = await v.annotationList.query({ ...Q, sort: 'document' });
    expect(page.total).toBe(5);
    expect(page.refs).toEqual([]);
    const row = page.rows.find((r) => r.annotation.id === excerpts.vn2013.id);
    expect(row).toEqual({
      annotation: excerpts.vn2013,
      documentTitle: displayTitle(docs.boswijk, 'nl'), // "Het bezoek van de Secretaris-Generaal …"
      documentKind: 'answer',
      documentDate: '2024-11-18',
      partLabel: 'Antwoord op vragen 4 en 5',
    });
    const en = await v.annotationList.query({ ...Q, locale: 'en' });
    expect(en.rows.find((r) => r.annotation.id === excerpts.vn2013.id)?.partLabel).toBe('Answer to questions 4 and 5');
    // by document: Van Nispen (2024-11-14) is the oldest, so last
    expect(page.rows.at(-1)?.annotation.id).toBe(excerpts.serieus.id);
  });

  it('filters by theme with its sub-themes, colour, text in quote or note, and library query', async () => {
    const { v, tags, excerpts } = await openBriefingArchive(temp);
    const byTheme = await v.annotationList.query({ ...Q, tagId: tags.buitenland.id });
    expect(sorted(quotes(byTheme))).toEqual(sorted([excerpts.top, excerpts.poetin, excerpts.vn2013].map((a) => a.target.quote.exact)));
    expect((await v.annotationList.query({ ...Q, tagId: tags.rusland.id })).total).toBe(1);
    expect((await v.annotationList.query({ ...Q, tagId: 'no-such-theme' })).total).toBe(0);
    expect(quotes(await v.annotationList.query({ ...Q, text: 'POETIN' }))).toEqual([excerpts.poetin.target.quote.exact]);
    expect(quotes(await v.annotationList.query({ ...Q, text: 'brics-top' }))).toEqual([excerpts.top.target.quote.exact]);
    expect((await v.annotationList.query({ ...Q, colors: ['green'] })).total).toBe(0);
    expect((await v.annotationList.query({ ...Q, colors: ['yellow'], anchorStates: ['anchored'] })).total).toBe(5);
    expect((await v.annotationList.query({ ...Q, anchorStates: ['orphaned'] })).total).toBe(0);
    // the library's query language narrows the documents: Boswijk is CDA
    const cda = await v.annotationList.query({ ...Q, query: 'partij:CDA', tagId: tags.buitenland.id, text: 'top' });
    expect(quotes(cda)).toEqual([excerpts.top.target.quote.exact]);
    expect((await v.annotationList.query({ ...Q, query: 'partij:CDA' })).total).toBe(3);
    expect((await failure(v.annotationList.query({ ...Q, query: 'partij:' }))).code).toBe('search-syntax');
  });

  it('pages in a stable order and gives every ref with idsOnly', async () => {
    const { v } = await openBriefingArchive(temp);
    const all = await v.annotationList.query({ ...Q, sort: 'theme' });
    const first = await v.annotationList.query({ ...Q, sort: 'theme', limit: 2 });
    const rest = await v.annotationList.query({ ...Q, sort: 'theme', offset: 2, limit: 10 });
    expect(first.total).toBe(5);
    expect([...first.rows, ...rest.rows].map((r) => r.annotation.id)).toEqual(all.rows.map((r) => r.annotation.id));
    // theme order: Buitenland, Rechtsstaat, Rusland, Verenigde Naties
    expect(all.rows.map((r) => r.annotation.tagIds.length)).toEqual([1, 1, 1, 1, 1]);
    const ids = await v.annotationList.query({ ...Q, sort: 'theme', idsOnly: true });
    expect(ids.rows).toEqual([]);
    expect(ids.refs).toEqual(all.rows.map((r) => ({ documentId: r.annotation.documentId, id: r.annotation.id })));
  });

  it('follows changes at once (no stale list) and fills defaults through dispatch', async () => {
    const { v, excerpts } = await openBriefingArchive(temp);
    await editAnnotation(v.annotations, excerpts.avg.documentId, excerpts.avg.id, { note: 'Privacywet' });
    const result = await dispatch(v.handlers, 'annotations.query', { text: 'privacywet' });
    if (!result.ok) throw new Error(result.error.message);
    expect((result.value as AnnotationPage).rows.map((r) => r.annotation.id)).toEqual([excerpts.avg.id]);
    await v.annotations.delete(excerpts.avg.documentId, excerpts.avg.id);
    expect((await v.annotationList.query({ ...Q, text: 'privacywet' })).total).toBe(0);
  });
});

describe('annotations.updateMany, deleteMany and restore', () => {
  it('adds and removes themes and sets the colour, durably, with search following; restore undoes it exactly', async () => {
    const { v, dir, tags, excerpts } = await openBriefingArchive(temp);
    const refs = [excerpts.top, excerpts.poetin, excerpts.avg].map((a) => ({ documentId: a.documentId, id: a.id }));
    const result = await v.annotationList.updateMany({ refs, addTagIds: [tags.vn.id], removeTagIds: [tags.rusland.id, tags.rechtsstaat.id], color: 'green' });
    expect(result.before).toEqual([excerpts.top, excerpts.poetin, excerpts.avg]);
    expect(result.changed.map((a) => [a.id, a.tagIds, a.color])).toEqual([
      [excerpts.top.id, [tags.buitenland.id, tags.vn.id], 'green'],
      [excerpts.poetin.id, [tags.vn.id], 'green'],
      [excerpts.avg.id, [tags.vn.id], 'green'],
    ]);
    // tag: search follows at once (the index was refreshed for the batch)
    const hits = await v.search.browse('tag:"Verenigde Naties"', 'date');
    expect(hits.documentIds).toContain(excerpts.avg.documentId);
    // durable: the journal holds it at once; the annotation file on disk once flushed in the background
    await v.archive.whenFlushed();
    const file = JSON.parse(await readFile(join(dir, 'annotations', `${excerpts.avg.documentId}.json`), 'utf8')) as { annotations: Annotation[] };
    expect(file.annotations.find((a) => a.id === excerpts.avg.id)?.color).toBe('green');

    const restored = await v.annotationList.restore(result.before);
    // restored as they were, with the revision after the changed one (1 → 2 → 3), so a window still
    // holding the changed copy gets a conflict instead of overwriting the undo
    const undone = result.before.map((a) => ({ ...a, revision: 3 }));
    expect(restored).toEqual(undone);
    expect(v.archive.listAnnotations(excerpts.top.documentId)).toEqual([undone[0], undone[1], excerpts.vn2013]);
    expect((await v.search.browse('tag:"Verenigde Naties"', 'date')).documentIds).not.toContain(excerpts.avg.documentId);
  });

  it('returns only annotations that change, and changes nothing for an unknown theme or annotation', async () => {
    const { v, tags, excerpts } = await openBriefingArchive(temp);
    const ref = { documentId: excerpts.poetin.documentId, id: excerpts.poetin.id };
    expect(await v.annotationList.updateMany({ refs: [ref], addTagIds: [tags.rusland.id], removeTagIds: [] })).toEqual({ changed: [], before: [] });
    expect(await failure(v.annotationList.updateMany({ refs: [ref], addTagIds: ['gone'], removeTagIds: [] }))).toMatchObject({ code: 'not-found', reason: 'tag-missing' });
    const missing = { documentId: excerpts.top.documentId, id: 'no-such-annotation' };
    expect(await failure(v.annotationList.updateMany({ refs: [ref, missing], addTagIds: [], removeTagIds: [], color: 'pink' }))).toMatchObject({
      code: 'not-found',
      reason: 'annotation-missing',
      annotationId: 'no-such-annotation',
    });
    expect(await failure(v.annotationList.deleteMany([ref, missing]))).toMatchObject({ reason: 'annotation-missing' });
    expect(v.archive.listAnnotations(excerpts.poetin.documentId)).toContainEqual(excerpts.poetin);
  });

  it('deletes many and restores them after a reopen, with the same ids, dates and targets', async () => {
    const { v, dir, excerpts } = await openBriefingArchive(temp);
    const gone = [excerpts.top, excerpts.serieus, excerpts.vn2013];
    const result = await v.annotationList.deleteMany(gone.map((a) => ({ documentId: a.documentId, id: a.id })));
    expect(sorted(result.before.map((a) => a.id))).toEqual(sorted(gone.map((a) => a.id)));
    expect(result.changed).toEqual(result.before);
    expect((await v.annotationList.query(Q)).total).toBe(2);
    expect((await v.search.browse('tag:"Verenigde Naties"', 'date')).total).toBe(0);
    await v.close();

    const again = await temp.open(dir);
    expect((await again.annotationList.query(Q)).total).toBe(2);
    await again.annotationList.restore(result.before);
    const page = await again.annotationList.query(Q);
    expect(page.total).toBe(5);
    for (const a of gone) expect(page.rows.map((r) => r.annotation)).toContainEqual(a);
    expect((await again.search.browse('tag:"Verenigde Naties"', 'date')).total).toBe(1);
  });

  it('restore drops themes that no longer exist and refuses a document that is gone', async () => {
    const { v, tags, excerpts } = await openBriefingArchive(temp);
    const deleted = await v.annotations.delete(excerpts.poetin.documentId, excerpts.poetin.id);
    await v.tags.delete(tags.rusland.id);
    const [back] = await v.annotationList.restore([deleted]);
    expect(back).toEqual({ ...excerpts.poetin, tagIds: [] });
    expect(v.archive.listAnnotations(excerpts.poetin.documentId)).toContainEqual(back);
    const elsewhere = { ...excerpts.top, id: 'x', documentId: 'no-such-document' };
    expect(await failure(v.annotationList.restore([excerpts.top, elsewhere]))).toMatchObject({ code: 'not-found', reason: 'document-missing', documentId: 'no-such-document' });
  });

  it('undoes a single delete through restore (the reader’s undo)', async () => {
    const { v, excerpts } = await openBriefingArchive(temp);
    const deleted = await v.annotations.delete(excerpts.avg.documentId, excerpts.avg.id);
    const result = await dispatch(v.handlers, 'annotations.restore', { annotations: [deleted] });
    expect(result.ok).toBe(true);
    expect(v.archive.listAnnotations(excerpts.avg.documentId)).toEqual([excerpts.avg]);
  });
});

/** `archive` as a crash right after the journal of a bulk change leaves it: files and memory untouched. */
function crashingAfterJournal(archive: Archive): Archive {
  const crashing = Object.create(archive) as Archive;
  crashing.updateAnnotationsMany = (operation, changes) => archive.updateAnnotationsMany(operation, changes, { stopAfter: 'journal' });
  return crashing;
}

describe('a bulk change cut short by a crash', () => {
  it('is finished at the next open: every document of the batch has the change, search included', async () => {
    const { v, dir, tags, excerpts } = await openBriefingArchive(temp);
    const all = [excerpts.top, excerpts.poetin, excerpts.vn2013, excerpts.avg, excerpts.serieus];
    const documentIds = [...new Set(all.map((a) => a.documentId))];
    expect(documentIds).toHaveLength(3);
    const crashing = createAnnotationListService({ archive: crashingAfterJournal(v.archive), search: v.search, tags: v.tags });
    const refs = all.map((a) => ({ documentId: a.documentId, id: a.id }));
    const result = await crashing.updateMany({ refs, addTagIds: [tags.vn.id], removeTagIds: [tags.rechtsstaat.id], color: 'blue' });
    expect(result.before).toEqual(all);
    expect(result.changed).toHaveLength(5);
    // the crash: only the journal reached the disk, and one annotation file is torn
    expect(await readdir(join(dir, 'journal'))).toHaveLength(1);
    expect(v.archive.listAnnotations(excerpts.avg.documentId)).toEqual([excerpts.avg]);
    await v.close();
    await writeFile(join(dir, 'annotations', `${fileStemForId(excerpts.avg.documentId)}.json`), '');

    const again = await temp.open(dir);
    expect(again.archive.isReadOnly).toBe(false);
    expect(await readdir(join(dir, 'journal'))).toEqual([]);
    const listed = documentIds.flatMap((id) => again.archive.listAnnotations(id));
    expect(listed).toEqual(expect.arrayContaining(result.changed));
    expect(listed).toHaveLength(5);
    expect(listed.every((a) => a.color === 'blue' && a.tagIds.includes(tags.vn.id) && !a.tagIds.includes(tags.rechtsstaat.id))).toBe(true);
    expect((await again.annotationList.query({ ...Q, tagId: tags.vn.id })).total).toBe(5);
    expect(sorted((await again.search.browse('tag:"Verenigde Naties"', 'date')).documentIds)).toEqual(sorted(documentIds));
    // the undo still applies after the reopen
    await again.annotationList.restore(result.before);
    // the content as it was; the revision one past the changed one (1 → 2 → 3)
    expect(documentIds.flatMap((id) => again.archive.listAnnotations(id))).toEqual(expect.arrayContaining(all.map((a) => ({ ...a, revision: 3 }))));
  });
});
