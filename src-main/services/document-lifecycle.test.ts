/**
 * Deleting, restoring and emptying through the API handler table (dispatch, as every binding
 * calls it) on a temp archive with three real corpus answers, themes and excerpts
 * (test-briefing-archive.ts): search, tag counts and briefing items follow; the errors carry
 * their reasons.
 */
import { describe, expect, it } from 'vitest';
import { dispatch, type Result } from '../core/api/index.js';
import type { BriefingView, DeletedDocument } from '../core/api/types.js';
import type { DocumentSummary } from '../core/model/index.js';
import { useTempArchives } from './test-archives.js';
import { openBriefingArchive } from './test-briefing-archive.js';

const temp = useTempArchives('vraagbaak-lifecycle-');

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

describe('documents.delete / deleted / restore / purge', () => {
  it('deletes with annotations and themes out of search and briefings, and restores them all', async () => {
    const { v, docs, tags, excerpts } = await openBriefingArchive(temp);
    const call = <T>(name: string, input: unknown = {}) => dispatch(v.handlers, name, input).then((r) => value<T>(r));
    await v.documents.setTags(docs.boswijk.id, [tags.rechtsstaat.id]);
    const briefing = await v.briefings.addItems({ newTitle: 'Rusland', items: [{ type: 'annotation', documentId: docs.boswijk.id, annotationId: excerpts.poetin.id }] });
    const before = v.archive.getSummary(docs.boswijk.id);
    const hitIds = async (q: string) => (await v.search.query(q, 50)).map((h) => h.documentId);
    expect(await hitIds('tag:rusland')).toEqual([docs.boswijk.id]);

    const deleted = await call<DeletedDocument[]>('documents.delete', { ids: [docs.boswijk.id] });
    expect(deleted).toEqual([
      expect.objectContaining({ id: docs.boswijk.id, title: docs.boswijk.title, kind: 'answer', date: docs.boswijk.receivedOn, annotationCount: 3 }),
    ]);
    expect(await call<DeletedDocument[]>('documents.deleted')).toEqual(deleted);
    expect((await call<DocumentSummary[]>('documents.list')).map((s) => s.id)).not.toContain(docs.boswijk.id);
    expect(await hitIds('tag:rusland')).toEqual([]);
    expect(await hitIds('tag:rechtsstaat')).not.toContain(docs.boswijk.id);
    expect(v.tags.stats().find((s) => s.tagId === tags.rusland.id)).toMatchObject({ documents: 0, annotations: 0 });
    const gone = await call<BriefingView>('briefings.get', { id: briefing.briefing.id });
    expect(gone.items.map((i) => [i.state, i.missingReason])).toEqual([['missing', 'document-deleted']]);

    const restored = await call<DocumentSummary[]>('documents.restore', { ids: [docs.boswijk.id] });
    expect(restored).toEqual([before]);
    expect(await call<DeletedDocument[]>('documents.deleted')).toEqual([]);
    expect(v.archive.listAnnotations(docs.boswijk.id).map((a) => a.id)).toEqual([excerpts.top.id, excerpts.poetin.id, excerpts.vn2013.id]);
    expect(v.archive.listAnnotations(docs.boswijk.id)[1]).toEqual(excerpts.poetin);
    expect(await hitIds('tag:rusland')).toEqual([docs.boswijk.id]);
    expect(await hitIds('tag:rechtsstaat')).toContain(docs.boswijk.id);
    expect((await call<BriefingView>('briefings.get', { id: briefing.briefing.id })).items[0]?.state).toBe('ok');
  });

  it('empties the trash, all or some, and reports unknown ids with their reason', async () => {
    const { v, docs } = await openBriefingArchive(temp);
    const ids = [docs.boswijk.id, docs.elAbassi.id];
    await dispatch(v.handlers, 'documents.delete', { ids });
    expect(value<string[]>(await dispatch(v.handlers, 'documents.purge', { ids: [docs.elAbassi.id] }))).toEqual([docs.elAbassi.id]);
    expect(value<DeletedDocument[]>(await dispatch(v.handlers, 'documents.deleted', {})).map((d) => d.id)).toEqual([docs.boswijk.id]);
    expect(value<string[]>(await dispatch(v.handlers, 'documents.purge', {}))).toEqual([docs.boswijk.id]);
    expect(v.archive.documentCount).toBe(1);

    for (const [name, id, code, reason] of [
      ['documents.delete', 'onbekend', 'not-found', 'document-missing'],
      ['documents.restore', docs.boswijk.id, 'not-found', 'trash-missing'],
      ['documents.purge', docs.boswijk.id, 'not-found', 'trash-missing'],
    ] as const) {
      const result = await dispatch(v.handlers, name, { ids: [id] });
      expect(result.ok ? null : [result.error.code, result.error.details?.['reason']], name).toEqual([code, reason]);
    }
    const empty = await dispatch(v.handlers, 'documents.delete', { ids: [] });
    expect(empty.ok ? null : empty.error.code).toBe('invalid-input');
  });
});
