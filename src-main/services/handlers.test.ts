import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_NAMES, dispatch, type ApiError, type Result } from '../core/api/index.js';
import type { DocumentSummary, Tag } from '../core/model/index.js';
import type { AddToBriefingResult, AppInfo, BriefingExport, BriefingSummary, BriefingView, DocumentWithAnnotations, ImportReport } from '../core/api/types.js';
import type { Briefing } from '../core/model/index.js';
import { SEED_PATH as SEED, useTempArchives } from './test-archives.js';
import { openBriefingArchive } from './test-briefing-archive.js';

const temp = useTempArchives('vraagbaak-handlers-');
const openTemp = (dir?: string) => temp.open(dir, { shell: 'web', version: '9.9.9' });

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

function error(result: Result<unknown>): ApiError {
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

describe('createHandlers', () => {
  it('has a handler for every name in API_NAMES and nothing else', async () => {
    const v = await openTemp();
    expect(Object.keys(v.handlers).sort()).toEqual([...API_NAMES].sort());
    for (const name of API_NAMES) expect(typeof v.handlers[name]).toBe('function');
  });

  it('invalid input comes back as { ok: false, code: invalid-input } through dispatch', async () => {
    const v = await openTemp();
    expect(error(await dispatch(v.handlers, 'annotations.create', {})).code).toBe('invalid-input');
    expect(error(await dispatch(v.handlers, 'documents.get', { id: '' })).code).toBe('invalid-input');
    expect(error(await dispatch(v.handlers, 'documents.import', { files: [{ name: 'a.txt', contentBase64: 'not base64!' }] })).code).toBe(
      'invalid-input',
    );
    expect(error(await dispatch(v.handlers, 'tags.create', { name: '   ' })).code).toBe('invalid-input');
    expect(error(await dispatch(v.handlers, 'no.such.call', {})).code).toBe('not-found');
    expect(error(await dispatch(v.handlers, 'documents.get', { id: 'onbekend' })).code).toBe('not-found');
  });

  it('import, list, get, tag, annotate and search through the handler table', async () => {
    const v = await openTemp();
    const seed = await readFile(SEED);
    const report = value<ImportReport>(
      await dispatch(v.handlers, 'documents.import', {
        files: [
          { name: 'seed.txt', contentBase64: seed.toString('base64') },
          { name: 'leeg.txt', contentBase64: '' },
        ],
      }),
    );
    expect(report.imported).toHaveLength(1);
    expect(report.failed.map((f) => f.fileName)).toEqual(['leeg.txt']);
    const id = report.imported[0]?.id ?? '';

    expect(value<DocumentSummary[]>(await dispatch(v.handlers, 'documents.list', {})).map((s) => s.id)).toEqual([id]);
    const got = value<DocumentWithAnnotations>(await dispatch(v.handlers, 'documents.get', { id }));
    expect(got.summary.id).toBe(id);

    const tag = value<Tag>(await dispatch(v.handlers, 'tags.create', { name: 'China' }));
    const summary = value<DocumentSummary>(await dispatch(v.handlers, 'documents.setTags', { documentId: id, tagIds: [tag.id] }));
    expect(summary.tagIds).toEqual([tag.id]);
    expect(error(await dispatch(v.handlers, 'documents.setTags', { documentId: id, tagIds: ['onbekend'] })).code).toBe('invalid-input');

    const answer = got.document.answers.findIndex((a) => a.text.length >= 5);
    const text = got.document.answers[answer]?.text ?? '';
    const target = { part: { type: 'answer', index: answer }, quote: { exact: text.slice(0, 5), prefix: '', suffix: text.slice(5, 37) }, position: { start: 0, end: 5 } };
    expect(error(await dispatch(v.handlers, 'annotations.create', { documentId: id, target: { ...target, position: { start: 1, end: 6 } } })).code).toBe(
      'invalid-input',
    );
    const created = value<{ id: string; color: string }>(await dispatch(v.handlers, 'annotations.create', { documentId: id, target, note: 'n' }));
    expect(created.color).toBe('yellow');
    expect(value<{ note: string }>(await dispatch(v.handlers, 'annotations.update', { documentId: id, id: created.id, baseRevision: 1, note: 'm' })).note).toBe('m');
    expect(value<{ id: string }>(await dispatch(v.handlers, 'annotations.delete', { documentId: id, id: created.id })).id).toBe(created.id);

    expect(value<{ documentId: string }[]>(await dispatch(v.handlers, 'search.query', { query: 'Oeigoeren' })).map((h) => h.documentId)).toContain(id);
    expect(value<{ tag: Tag }>(await dispatch(v.handlers, 'tags.delete', { id: tag.id })).tag.id).toBe(tag.id);
    expect(value<Tag[]>(await dispatch(v.handlers, 'tags.list', {}))).toEqual([]);
  });

  it('app.info reports the archive, and a read-only archive with its reason; writes then fail with archive-read-only', async () => {
    const v = await openTemp();
    expect(value<AppInfo>(await dispatch(v.handlers, 'app.info', {}))).toEqual({
      version: '9.9.9',
      archivePath: v.archive.dir,
      documentCount: 0,
      readOnly: false,
      readOnlyReason: null,
      shell: 'web',
      index: { state: 'ready', done: 0, total: 0 },
    });
    const dir = v.archive.dir;
    await v.close();
    await writeFile(join(dir, 'catalog.json'), 'niet json');
    const ro = await openTemp(dir);
    const info = value<AppInfo>(await dispatch(ro.handlers, 'app.info', {}));
    expect(info.readOnly).toBe(true);
    expect(info.readOnlyReason).toContain(join(dir, 'catalog.json'));
    expect(error(await dispatch(ro.handlers, 'tags.create', { name: 'X' })).code).toBe('archive-read-only');
  });

  it('every briefings.* entry runs through dispatch; export hands the Word file over as base64', async () => {
    const { v, docs, tags, excerpts } = await openBriefingArchive(temp);
    const h = v.handlers;
    const created = value<Briefing>(await dispatch(h, 'briefings.create', { title: 'Via de API' }));
    expect(created.options.locale).toBe('nl');
    const added = value<AddToBriefingResult>(
      await dispatch(h, 'briefings.addItems', { briefingId: created.id, items: [{ type: 'annotation', documentId: docs.boswijk.id, annotationId: excerpts.top.id }] }),
    );
    expect(added.addedItemIds).toHaveLength(1);
    const themed = value<AddToBriefingResult>(await dispatch(h, 'briefings.addTheme', { briefingId: created.id, tagId: tags.rechtsstaat.id }));
    expect(themed.briefing.items.map((i) => i.type)).toEqual(['annotation', 'heading', 'annotation', 'annotation']); // Rechtsstaat has no sub-themes
    const view = value<BriefingView>(await dispatch(h, 'briefings.get', { id: created.id }));
    expect(view.items.map((i) => i.state)).toEqual(['ok', 'ok', 'ok', 'ok']);
    const renamed = value<Briefing>(await dispatch(h, 'briefings.update', { id: created.id, title: 'Hernoemd', options: { locale: 'en' } }));
    expect(renamed.title).toBe('Hernoemd');
    const copy = value<Briefing>(await dispatch(h, 'briefings.duplicate', { id: created.id }));
    expect(copy.title).toBe('Hernoemd (copy)');
    const deleted = value<Briefing>(await dispatch(h, 'briefings.delete', { id: copy.id }));
    expect(value<BriefingSummary[]>(await dispatch(h, 'briefings.list', {})).map((s) => s.id)).toEqual([created.id]);
    expect(value<Briefing>(await dispatch(h, 'briefings.restore', { briefing: deleted })).id).toBe(copy.id);
    expect(value<{ html: string }>(await dispatch(h, 'briefings.preview', { id: created.id })).html).toContain('Hernoemd');

    const exported = value<BriefingExport>(await dispatch(h, 'briefings.export', { id: created.id, format: 'docx' }));
    expect(exported).toMatchObject({ fileName: 'hernoemd.docx', format: 'docx', savedPath: null, omitted: [], pageCount: null });
    const bytes = Buffer.from(exported.base64 ?? '', 'base64');
    expect(bytes.byteLength).toBe(exported.byteLength);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');

    // the contract refuses a request that names both a briefing and a new title, or neither
    expect(error(await dispatch(h, 'briefings.addItems', { briefingId: created.id, newTitle: 'x', items: [{ type: 'text', text: 'x' }] })).code).toBe('invalid-input');
    expect(error(await dispatch(h, 'briefings.addTheme', { tagId: tags.rechtsstaat.id })).code).toBe('invalid-input');
    const empty = error(await dispatch(h, 'briefings.export', { id: value<Briefing>(await dispatch(h, 'briefings.create', { title: 'Leeg' })).id }));
    expect(empty.code).toBe('invalid-input');
    expect(empty.details?.['reason']).toBe('briefing-empty');
  });
});
