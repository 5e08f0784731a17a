/**
 * Theme merge, delete (both modes), rename and nesting across a real archive: three corpus answers
 * with excerpts tagged Buitenland > (Verenigde Naties, Rusland) and Rechtsstaat
 * (test-briefing-archive.ts), checked through the annotation files, the workspace, search's `tag:`,
 * saved searches, the counts and a re-open.
 */
import { describe, expect, it } from 'vitest';
import { dispatch } from '../core/api/index.js';
import type { TagChange, TagStats } from '../core/api/types.js';
import type { Tag } from '../core/model/index.js';
import type { Vraagbaak } from './index.js';
import { useTempArchives } from './test-archives.js';
import { openBriefingArchive, type BriefingArchive } from './test-briefing-archive.js';
import { failure } from './test-errors.js';
import { editAnnotation } from './test-annotation-edits.js';

const temp = useTempArchives('vraagbaak-tag-merge-');

const found = async (v: Vraagbaak, query: string) => (await v.search.query(query, 50)).map((h) => h.documentId).sort();
const tagIdsOf = (v: Vraagbaak, documentId: string, annotationId: string) => v.annotations.list(documentId).find((a) => a.id === annotationId)?.tagIds;
const statsOf = (v: Vraagbaak, tag: Tag): TagStats | undefined => v.tags.stats().find((s) => s.tagId === tag.id);

/**
 * The briefing archive plus the typo theme "Rechtstaat" (with sub-theme AVG) on the El Abassi
 * excerpt, both themes on the Van Nispen excerpt, both on Van Nispen's document, and a saved search.
 */
async function withTypo(): Promise<BriefingArchive & { typo: Tag; avg: Tag }> {
  const a = await openBriefingArchive(temp);
  const { v, docs, excerpts, tags } = a;
  const typo = await v.tags.create({ name: 'Rechtstaat' });
  const avg = await v.tags.create({ name: 'AVG', parentId: typo.id });
  await editAnnotation(v.annotations, docs.elAbassi.id, excerpts.avg.id, { tagIds: [typo.id] });
  await editAnnotation(v.annotations, docs.vanNispen.id, excerpts.serieus.id, { tagIds: [typo.id, tags.rechtsstaat.id] });
  await v.documents.setTags(docs.vanNispen.id, [typo.id, tags.rechtsstaat.id]);
  await v.documents.setTags(docs.elAbassi.id, [typo.id]);
  await v.savedSearches.save('Rechtsstaat laat', 'tag:rechtstaat vertraagd:ja');
  return { ...a, typo, avg };
}

describe('tags.merge', () => {
  it('moves every annotation and document to the target (once), re-parents the children and keeps the target id', async () => {
    const { v, dir, docs, excerpts, tags, typo, avg } = await withTypo();
    expect(await found(v, 'tag:rechtstaat')).toEqual([docs.elAbassi.id, docs.vanNispen.id].sort());

    const { tag: target } = await v.tags.merge(typo.id, tags.rechtsstaat.id);
    expect(target).toEqual(tags.rechtsstaat);
    expect(tagIdsOf(v, docs.elAbassi.id, excerpts.avg.id)).toEqual([tags.rechtsstaat.id]);
    expect(tagIdsOf(v, docs.vanNispen.id, excerpts.serieus.id)).toEqual([tags.rechtsstaat.id]);
    expect(v.archive.getSummary(docs.vanNispen.id)?.tagIds).toEqual([tags.rechtsstaat.id]);
    expect(v.archive.getSummary(docs.elAbassi.id)?.tagIds).toEqual([tags.rechtsstaat.id]);
    expect(v.tags.list().map((t) => t.id)).not.toContain(typo.id);
    expect(v.tags.list().find((t) => t.id === avg.id)?.parentId).toBe(tags.rechtsstaat.id);
    expect(v.savedSearches.list()[0]?.query).toBe('tag:Rechtsstaat vertraagd:ja');

    // the Van Nispen excerpt carried both themes: it counts once
    expect(statsOf(v, tags.rechtsstaat)).toEqual({
      tagId: tags.rechtsstaat.id,
      documents: 2,
      annotations: 2,
      documentsWithSubthemes: 2,
      annotationsWithSubthemes: 2,
    });
    expect(await found(v, 'tag:rechtsstaat')).toEqual([docs.elAbassi.id, docs.vanNispen.id].sort());
    expect(await found(v, 'tag:rechtstaat')).toEqual([]);

    await v.close();
    const again = await temp.open(dir);
    expect(again.tags.list().find((t) => t.id === tags.rechtsstaat.id)).toEqual(tags.rechtsstaat);
    expect(tagIdsOf(again, docs.vanNispen.id, excerpts.serieus.id)).toEqual([tags.rechtsstaat.id]);
    expect(again.archive.workspace.documentTags[docs.vanNispen.id]).toEqual([tags.rechtsstaat.id]);
    expect(await found(again, 'tag:rechtsstaat')).toEqual([docs.elAbassi.id, docs.vanNispen.id].sort());
  });

  it('merges a parent into its own sub-theme: the sub-theme takes its place and the others hang under it', async () => {
    const { v, docs, excerpts, tags } = await openBriefingArchive(temp);
    await v.tags.merge(tags.buitenland.id, tags.vn.id);
    const parents = Object.fromEntries(v.tags.list().map((t) => [t.name, t.parentId]));
    expect(parents).toEqual({ 'Verenigde Naties': null, Rusland: tags.vn.id, Rechtsstaat: null });
    expect(tagIdsOf(v, docs.boswijk.id, excerpts.top.id)).toEqual([tags.vn.id]);
    // Rusland is now below Verenigde Naties, so tag: on the parent includes it
    expect(statsOf(v, tags.vn)).toMatchObject({ annotations: 2, annotationsWithSubthemes: 3, documentsWithSubthemes: 1 });
    expect(await found(v, 'tag:buitenland')).toEqual([]);
    expect(await found(v, 'tag:"verenigde naties"')).toEqual([docs.boswijk.id]);
  });

  it('refuses a merge into itself and unknown themes, with a reason', async () => {
    const { v, tags } = await openBriefingArchive(temp);
    expect(await failure(v.tags.merge(tags.vn.id, tags.vn.id))).toMatchObject({ code: 'invalid-input', reason: 'tag-merge-self' });
    expect(await failure(v.tags.merge('nope', tags.vn.id))).toMatchObject({ code: 'not-found', reason: 'tag-missing', tagId: 'nope' });
    expect(await failure(v.tags.merge(tags.vn.id, 'nope'))).toMatchObject({ code: 'not-found', reason: 'tag-missing' });
  });
});

describe('tags.delete', () => {
  it('move-to-parent puts the parent on the annotations (once) and moves the children up', async () => {
    const { v, docs, excerpts, tags } = await openBriefingArchive(temp);
    const sub = await v.tags.create({ name: 'Wagner', parentId: tags.rusland.id });
    await editAnnotation(v.annotations, docs.boswijk.id, excerpts.top.id, { tagIds: [tags.buitenland.id, tags.rusland.id] });
    expect((await v.tags.delete(tags.rusland.id, 'move-to-parent')).tag).toEqual(tags.rusland);
    expect(tagIdsOf(v, docs.boswijk.id, excerpts.poetin.id)).toEqual([tags.buitenland.id]);
    expect(tagIdsOf(v, docs.boswijk.id, excerpts.top.id)).toEqual([tags.buitenland.id]);
    expect(v.tags.list().find((t) => t.id === sub.id)?.parentId).toBe(tags.buitenland.id);
    expect(statsOf(v, tags.buitenland)).toMatchObject({ annotations: 2, annotationsWithSubthemes: 3 });
    expect(await found(v, 'tag:rusland')).toEqual([]);
    expect(await found(v, 'tag:buitenland')).toEqual([docs.boswijk.id]);
  });

  it('move-to-parent of a top-level theme is refused and changes nothing', async () => {
    const { v, docs, excerpts, tags } = await openBriefingArchive(temp);
    expect(await failure(v.tags.delete(tags.buitenland.id, 'move-to-parent'))).toMatchObject({
      code: 'invalid-input',
      reason: 'tag-no-parent',
      name: 'Buitenland',
    });
    expect(v.tags.list()).toHaveLength(4);
    expect(tagIdsOf(v, docs.boswijk.id, excerpts.top.id)).toEqual([tags.buitenland.id]);
  });

  it('remove takes the theme off every annotation and document; the children move to the top', async () => {
    const { v, dir, docs, excerpts, tags } = await openBriefingArchive(temp);
    await v.documents.setTags(docs.boswijk.id, [tags.buitenland.id]);
    await v.tags.delete(tags.buitenland.id);
    expect(tagIdsOf(v, docs.boswijk.id, excerpts.top.id)).toEqual([]);
    expect(tagIdsOf(v, docs.boswijk.id, excerpts.poetin.id)).toEqual([tags.rusland.id]);
    expect(v.archive.workspace.documentTags[docs.boswijk.id]).toBeUndefined();
    expect(v.tags.list().filter((t) => t.parentId === null).map((t) => t.name)).toEqual(['Verenigde Naties', 'Rusland', 'Rechtsstaat']);
    expect(await found(v, 'tag:buitenland')).toEqual([]);
    expect(await found(v, 'tag:rusland')).toEqual([docs.boswijk.id]);
    await v.close();
    const again = await temp.open(dir);
    expect(again.tags.list().map((t) => t.id)).not.toContain(tags.buitenland.id);
    expect(tagIdsOf(again, docs.boswijk.id, excerpts.top.id)).toEqual([]);
  });
});

describe('tags.update and tags.stats', () => {
  it('allows a case-only rename of the same theme and re-indexes it; refuses another theme’s name, offering it', async () => {
    const { v, docs, tags } = await openBriefingArchive(temp);
    const renamed = await v.tags.update({ id: tags.rusland.id, name: '  RUSLAND ' });
    expect(renamed).toEqual({ ...tags.rusland, name: 'RUSLAND' });
    expect(await found(v, 'tag:rusland')).toEqual([docs.boswijk.id]);
    expect(await failure(v.tags.update({ id: tags.vn.id, name: 'rusland' }))).toMatchObject({
      code: 'invalid-input',
      reason: 'tag-name-taken',
      existingId: tags.rusland.id,
      existingName: 'RUSLAND',
    });
    const financien = await v.tags.create({ name: 'Financiën' });
    expect(await v.tags.create({ name: 'FINANCIËN'.normalize('NFD') })).toEqual(financien);
    expect(await failure(v.tags.update({ id: tags.vn.id, name: 'financiën'.normalize('NFD') }))).toMatchObject({ existingId: financien.id });
    const een = await v.tags.create({ name: 'één' });
    expect(een.id).not.toBe((await v.tags.create({ name: 'een' })).id);
  });

  it('refuses nesting a theme under itself or its sub-theme (tag-cycle) and an unknown parent', async () => {
    const { v, tags } = await openBriefingArchive(temp);
    expect(await failure(v.tags.update({ id: tags.buitenland.id, parentId: tags.vn.id }))).toMatchObject({ code: 'invalid-input', reason: 'tag-cycle' });
    expect(await failure(v.tags.update({ id: tags.buitenland.id, parentId: tags.buitenland.id }))).toMatchObject({ reason: 'tag-cycle' });
    expect(await failure(v.tags.update({ id: tags.vn.id, parentId: 'nope' }))).toMatchObject({ reason: 'tag-parent-missing' });
    // un-nest, then nest elsewhere: search follows the new ancestors
    await v.tags.update({ id: tags.rusland.id, parentId: null });
    await v.tags.update({ id: tags.rechtsstaat.id, parentId: tags.rusland.id });
    expect(v.tags.list().find((t) => t.id === tags.rusland.id)?.parentId).toBeNull();
    expect((await found(v, 'tag:rusland')).length).toBe(3);
  });

  it('counts documents and annotations directly and with sub-themes, and recolours and describes', async () => {
    const { v, tags } = await openBriefingArchive(temp);
    expect(statsOf(v, tags.buitenland)).toEqual({ tagId: tags.buitenland.id, documents: 1, annotations: 1, documentsWithSubthemes: 1, annotationsWithSubthemes: 3 });
    expect(statsOf(v, tags.rechtsstaat)).toMatchObject({ documents: 2, annotations: 2 });
    const changed = await v.tags.update({ id: tags.vn.id, color: '#1D4ED8', description: 'VN-zaken' });
    expect(changed).toEqual({ ...tags.vn, color: '#1d4ed8', description: 'VN-zaken' });
    expect(await failure(v.tags.update({ id: tags.vn.id, color: 'blauw' }))).toMatchObject({ reason: 'tag-color-invalid', color: 'blauw' });
  });
});

describe('the tags.* API entries', () => {
  it('merge, stats and delete with a mode go through dispatch with zod validation', async () => {
    const { v, tags } = await openBriefingArchive(temp);
    const stats = await dispatch(v.handlers, 'tags.stats', {});
    expect(stats.ok && (stats.value as TagStats[]).length).toBe(4);
    const bad = await dispatch(v.handlers, 'tags.delete', { id: tags.vn.id, mode: 'somewhere' });
    expect(!bad.ok && bad.error.code).toBe('invalid-input');
    const moved = await dispatch(v.handlers, 'tags.delete', { id: tags.vn.id, mode: 'move-to-parent' });
    expect(moved.ok && (moved.value as TagChange).tag.id).toBe(tags.vn.id);
    const merged = await dispatch(v.handlers, 'tags.merge', { sourceId: tags.rusland.id, targetId: tags.buitenland.id });
    expect(merged.ok && (merged.value as TagChange).tag).toEqual(tags.buitenland);
    const refused = await dispatch(v.handlers, 'tags.merge', { sourceId: tags.rechtsstaat.id, targetId: tags.rechtsstaat.id });
    expect(!refused.ok && refused.error.details).toMatchObject({ reason: 'tag-merge-self' });
    expect(v.tags.stats().find((s) => s.tagId === tags.buitenland.id)).toMatchObject({ annotations: 3 });
  });
});
