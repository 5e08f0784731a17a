/**
 * tags.restore, the undo of a theme merge or delete, on a real archive (test-briefing-archive.ts:
 * Buitenland > (Verenigde Naties, Rusland), Rechtsstaat on five excerpts in three corpus answers):
 * after a restore the themes, every annotation's and document's theme ids (order included), saved
 * searches, search's `tag:` and the counts are what they were, also after a re-open.
 */
import { describe, expect, it } from 'vitest';
import { dispatch } from '../core/api/index.js';
import type { TagChange } from '../core/api/types.js';
import type { Tag } from '../core/model/index.js';
import type { Vraagbaak } from './index.js';
import { useTempArchives } from './test-archives.js';
import { openBriefingArchive, type BriefingArchive } from './test-briefing-archive.js';
import { failure } from './test-errors.js';
import { editAnnotation } from './test-annotation-edits.js';

const temp = useTempArchives('vraagbaak-tag-restore-');

/** Everything a theme change touches, in a form to compare. */
async function snapshot(v: Vraagbaak) {
  const found = async (query: string) => (await v.search.query(query, 50)).map((h) => h.documentId).sort();
  return {
    tags: v.tags.list(),
    annotations: v.archive.listSummaries().map((s) => v.annotations.list(s.id).map((a) => [a.id, a.tagIds])),
    documentTags: v.archive.workspace.documentTags,
    catalogTags: v.archive.listSummaries().map((s) => [s.tagIds, s.annotationTagIds]),
    savedSearches: v.savedSearches.list(),
    stats: v.tags.stats(),
    search: [await found('tag:rusland'), await found('tag:buitenland'), await found('tag:"verenigde naties"'), await found('tag:rechtsstaat')],
  };
}

/** The briefing archive with Rusland also on the Van Nispen excerpt (after Rechtsstaat) and on two documents, and a saved search. */
async function prepared(): Promise<BriefingArchive> {
  const a = await openBriefingArchive(temp);
  const { v, docs, excerpts, tags } = a;
  await editAnnotation(v.annotations, docs.vanNispen.id, excerpts.serieus.id, { tagIds: [tags.rechtsstaat.id, tags.rusland.id] });
  await editAnnotation(v.annotations, docs.boswijk.id, excerpts.top.id, { tagIds: [tags.rusland.id, tags.buitenland.id] });
  await v.documents.setTags(docs.boswijk.id, [tags.rusland.id, tags.vn.id]);
  await v.documents.setTags(docs.elAbassi.id, [tags.rusland.id]);
  await v.savedSearches.save('Rusland', 'tag:rusland poetin');
  await v.tags.create({ name: 'Wagner', parentId: tags.rusland.id });
  return a;
}

const changes: [string, (a: BriefingArchive) => Promise<TagChange>][] = [
  ['merge into a sibling', ({ v, tags }) => v.tags.merge(tags.rusland.id, tags.vn.id)],
  ['merge into the parent', ({ v, tags }) => v.tags.merge(tags.rusland.id, tags.buitenland.id)],
  ['merge a parent into its sub-theme', ({ v, tags }) => v.tags.merge(tags.buitenland.id, tags.rusland.id)],
  ['delete with remove', ({ v, tags }) => v.tags.delete(tags.rusland.id, 'remove')],
  ['delete with move-to-parent', ({ v, tags }) => v.tags.delete(tags.rusland.id, 'move-to-parent')],
];

describe('tags.restore', () => {
  for (const [name, change] of changes) {
    it(`undoes a ${name} exactly, durably and only once`, async () => {
      const a = await prepared();
      const before = await snapshot(a.v);
      const { undo } = await change(a);
      expect(await snapshot(a.v)).not.toEqual(before);
      const restored = await a.v.tags.restore(undo);
      expect(restored).toEqual(undo.tag);
      expect(await snapshot(a.v)).toEqual(before);
      // a second restore (a retry after a crash) changes nothing
      await a.v.tags.restore(undo);
      expect(await snapshot(a.v)).toEqual(before);
      await a.v.close();
      expect(await snapshot(await temp.open(a.dir))).toEqual(before);
    });
  }

  it('keeps later edits: an annotation re-tagged and a document untagged since get the theme back beside them', async () => {
    const { v, docs, excerpts, tags } = await prepared();
    const { undo } = await v.tags.merge(tags.rusland.id, tags.vn.id);
    expect(undo.annotations.map((u) => u.id).sort()).toEqual([excerpts.top.id, excerpts.poetin.id, excerpts.serieus.id].sort());
    expect(undo.documents.find((d) => d.documentId === docs.boswijk.id)?.tagIds).toEqual([tags.rusland.id, tags.vn.id]);
    await editAnnotation(v.annotations, docs.boswijk.id, excerpts.poetin.id, { tagIds: [tags.rechtsstaat.id, tags.vn.id] });
    await v.documents.setTags(docs.elAbassi.id, []);
    await v.tags.restore(undo);
    expect(v.annotations.list(docs.boswijk.id).find((a) => a.id === excerpts.poetin.id)?.tagIds).toEqual([tags.rechtsstaat.id, tags.rusland.id]);
    expect(v.archive.workspace.documentTags[docs.elAbassi.id]).toEqual([tags.rusland.id]);
  });

  it('refuses when another theme took the name meanwhile, and changes nothing', async () => {
    const { v, tags } = await prepared();
    const { undo } = await v.tags.delete(tags.rusland.id);
    const other = await v.tags.create({ name: 'RUSLAND' });
    const before = await snapshot(v);
    expect(await failure(v.tags.restore(undo))).toMatchObject({ code: 'invalid-input', reason: 'tag-name-taken', existingId: other.id });
    expect(await snapshot(v)).toEqual(before);
  });

  it('goes through dispatch: the record a merge returns is valid input for tags.restore', async () => {
    const { v, tags } = await prepared();
    const merged = await dispatch(v.handlers, 'tags.merge', { sourceId: tags.rusland.id, targetId: tags.rechtsstaat.id });
    if (!merged.ok) throw new Error(merged.error.message);
    const record: unknown = JSON.parse(JSON.stringify((merged.value as TagChange).undo));
    const restored = await dispatch(v.handlers, 'tags.restore', { undo: record });
    expect(restored.ok && (restored.value as Tag)).toEqual(tags.rusland);
    const bad = await dispatch(v.handlers, 'tags.restore', { undo: { tag: tags.rusland } });
    expect(!bad.ok && bad.error.code).toBe('invalid-input');
  });
});
