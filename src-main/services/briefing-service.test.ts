import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Briefing } from '../core/model/index.js';
import { createBriefingService, slugify, type BriefingService } from './briefing-service.js';
import { unusedPrinter, useTempArchives } from './test-archives.js';
import { rejection } from './test-errors.js';
import { openBriefingArchive, type BriefingArchive } from './test-briefing-archive.js';

const temp = useTempArchives('vraagbaak-briefings-');

/** code and details.reason of what `promise` rejects with */
async function failure(promise: Promise<unknown>): Promise<{ code: string; reason: unknown; details: Record<string, unknown> }> {
  const e = await rejection(promise);
  return { code: e.code, reason: e.details['reason'], details: e.details };
}

/** The real briefing service on the archive, with a clock that moves one minute per reading. */
function serviceOn(a: BriefingArchive): BriefingService {
  let minute = 0;
  let id = 0;
  return createBriefingService({
    archive: a.v.archive,
    printer: unusedPrinter,
    clock: () => new Date(Date.UTC(2024, 11, 2, 9, minute++)),
    newId: () => `id-${String(++id)}`,
  });
}

describe('slugify', () => {
  it.each([
    ['Oeigoeren: één overzicht', 'oeigoeren-een-overzicht'],
    ['  ĳzeren   Rijn / 2025 ', 'ijzeren-rijn-2025'],
    ['../../etc/passwd', 'etc-passwd'],
    ['???', 'briefing'],
    ['a'.repeat(100), 'a'.repeat(80)],
  ])('%j → %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });
});

describe('saved briefings', () => {
  it('creates, lists most recently changed first, and keeps them in workspace.json across a reopen', async () => {
    const a = await openBriefingArchive(temp);
    const service = serviceOn(a);
    const first = await service.create({ title: '  VN en BRICS ', subtitle: 'Notitie', author: 'Analist', locale: 'nl' });
    expect(first).toMatchObject({ id: 'id-1', title: 'VN en BRICS', subtitle: 'Notitie', author: 'Analist', intro: '', items: [], date: null });
    expect(first.options).toMatchObject({ locale: 'nl', showContext: true, includeNotes: true, appendixDocuments: false });
    const second = await service.create({ title: 'Rechtsstaat', locale: 'en' });
    expect((await service.list()).map((s) => s.title)).toEqual(['Rechtsstaat', 'VN en BRICS']);

    await service.update({ id: first.id, intro: 'Waarom dit ertoe doet.' });
    const listed = await service.list();
    expect(listed.map((s) => s.id)).toEqual([first.id, second.id]);
    expect(listed[0]).toEqual({ id: first.id, title: 'VN en BRICS', itemCount: 0, missingCount: 0, createdAt: first.createdAt, updatedAt: '2024-12-02T09:02:00.000Z' });

    const onDisk = JSON.parse(await readFile(join(a.dir, 'workspace.json'), 'utf8')) as { briefings: Briefing[] };
    expect(onDisk.briefings.map((b) => b.title)).toEqual(['VN en BRICS', 'Rechtsstaat']);
    await a.v.close();
    const again = await temp.open(a.dir);
    expect((await again.briefings.get(first.id)).briefing.intro).toBe('Waarom dit ertoe doet.');
  });

  it('update changes the given fields, merges options, replaces the items and refuses repeated item ids', async () => {
    const a = await openBriefingArchive(temp);
    const service = serviceOn(a);
    const b = await service.create({ title: 'Concept', locale: 'nl' });
    const items: Briefing['items'] = [
      { type: 'heading', id: 'h1', text: 'Kern', level: 1 },
      { type: 'annotation', id: 'x1', annotationId: a.excerpts.top.id, documentId: a.docs.boswijk.id, part: a.excerpts.top.target.part, quote: 'De jaarlijkse top' },
      { type: 'text', id: 't1', text: 'Het kabinet **blijft** kritisch.' },
    ];
    const updated = await service.update({ id: b.id, title: 'Definitief', classification: 'Intern', date: '2024-12-05', options: { includeNotes: false, locale: 'en' }, items });
    expect(updated).toMatchObject({ title: 'Definitief', subtitle: '', classification: 'Intern', date: '2024-12-05', items });
    expect(updated.options).toMatchObject({ includeNotes: false, locale: 'en', showContext: true });
    expect(updated.updatedAt > b.updatedAt).toBe(true);
    // undo sends the older list back
    expect((await service.update({ id: b.id, items: [], date: null })).items).toEqual([]);
    expect((await service.get(b.id)).briefing).toMatchObject({ items: [], date: null, title: 'Definitief' });

    const repeated = await failure(service.update({ id: b.id, items: [items[0]!, { ...items[2]!, id: 'h1' }] }));
    expect(repeated).toMatchObject({ code: 'invalid-input', reason: 'duplicate-item-ids', details: { itemIds: 'h1' } });
    expect(await failure(service.update({ id: 'nope', title: 'x' }))).toMatchObject({ code: 'not-found', reason: 'briefing-missing', details: { briefingId: 'nope' } });
  });

  it('duplicates with "(kopie)" or "(copy)" by the briefing language, new ids for it and its items, right after the original', async () => {
    const a = await openBriefingArchive(temp);
    const service = serviceOn(a);
    const nl = await service.create({ title: 'Oeigoeren', locale: 'nl' });
    await service.create({ title: 'Anders', locale: 'nl' });
    await service.addItems({ briefingId: nl.id, items: [{ type: 'heading', text: 'Kern', level: 1 }, { type: 'annotation', documentId: a.docs.boswijk.id, annotationId: a.excerpts.top.id }] });
    const original = (await service.get(nl.id)).briefing;
    const copy = await service.duplicate(nl.id);
    expect(copy.title).toBe('Oeigoeren (kopie)');
    expect(copy.id).not.toBe(original.id);
    expect(copy.items.map(({ id: _id, ...rest }) => rest)).toEqual(original.items.map(({ id: _id, ...rest }) => rest));
    expect(copy.items.map((i) => i.id).some((id) => original.items.some((o) => o.id === id))).toBe(false);
    expect(a.v.archive.workspace.briefings.map((b) => b.title)).toEqual(['Oeigoeren', 'Oeigoeren (kopie)', 'Anders']);

    const en = await service.create({ title: 'Uyghurs', locale: 'en' });
    expect((await service.duplicate(en.id)).title).toBe('Uyghurs (copy)');
    expect(await failure(service.duplicate('nope'))).toMatchObject({ code: 'not-found', reason: 'briefing-missing' });
  });

  it('delete returns the briefing; restore puts it back at its place, unchanged, and refuses an id in use', async () => {
    const a = await openBriefingArchive(temp);
    const service = serviceOn(a);
    const titles = () => a.v.archive.workspace.briefings.map((b) => b.title);
    await service.create({ title: 'Een', locale: 'nl' });
    const two = await service.create({ title: 'Twee', locale: 'nl' });
    await service.create({ title: 'Drie', locale: 'nl' });
    const deleted = await service.delete(two.id);
    expect(deleted).toEqual(two);
    expect(titles()).toEqual(['Een', 'Drie']);
    expect(await failure(service.delete(two.id))).toMatchObject({ code: 'not-found', reason: 'briefing-missing' });

    const restored = await service.restore(deleted);
    expect(restored).toEqual(two);
    expect(titles()).toEqual(['Een', 'Twee', 'Drie']);
    expect(await failure(service.restore(deleted))).toMatchObject({ code: 'invalid-input', reason: 'briefing-exists', details: { briefingId: two.id } });
    // a briefing deleted in another session goes at the end
    const other = { ...two, id: 'elders', title: 'Vier' };
    await service.restore(other);
    expect(titles()).toEqual(['Een', 'Twee', 'Drie', 'Vier']);
  });

  it('get shows each item with its state; an item whose annotation or document is gone is "missing", and list counts them', async () => {
    const a = await openBriefingArchive(temp);
    const service = serviceOn(a);
    const b = await service.create({ title: 'Bronnen', locale: 'nl' });
    await service.addItems({
      briefingId: b.id,
      items: [
        { type: 'annotation', documentId: a.docs.boswijk.id, annotationId: a.excerpts.poetin.id },
        { type: 'qa', documentId: a.docs.elAbassi.id, questionNumber: 3 },
        { type: 'text', text: 'Eigen analyse.' },
      ],
    });
    const current = (await service.get(b.id)).briefing;
    // a document that is no longer in the archive (the archive cannot delete documents yet)
    await service.update({ id: b.id, items: [...current.items, { type: 'document', id: 'gone', documentId: 'ah-tk-20192020-9999' }] });
    await a.v.annotations.delete(a.docs.boswijk.id, a.excerpts.poetin.id);

    const view = await service.get(b.id);
    expect(view.items.map((i) => [i.state, i.missingReason])).toEqual([
      ['missing', 'annotation-deleted'],
      ['ok', null],
      ['ok', null],
      ['missing', 'document-deleted'],
    ]);
    expect(view.items[0]?.quote).toBe('Ontegenzeggelijk heeft president Poetin');
    expect((await service.list()).find((s) => s.id === b.id)).toMatchObject({ itemCount: 4, missingCount: 2 });
    expect(await failure(service.get('nope'))).toMatchObject({ code: 'not-found', reason: 'briefing-missing' });
  });

  it('refuses every change on a read-only archive', async () => {
    const a = await openBriefingArchive(temp);
    const b = await a.v.briefings.create({ title: 'Vast', locale: 'nl' });
    const dir = a.dir;
    await a.v.close();
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(dir, 'catalog.json'), 'geen json');
    const ro = await temp.open(dir);
    expect(ro.archive.isReadOnly).toBe(true);
    expect((await failure(ro.briefings.update({ id: b.id, title: 'Nieuw' }))).code).toBe('archive-read-only');
    expect((await failure(ro.briefings.create({ title: 'Nieuw' }))).code).toBe('archive-read-only');
  });
});
