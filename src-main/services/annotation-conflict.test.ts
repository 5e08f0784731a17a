/**
 * Two windows over one archive (issue 11 item 4): each window is an ApiClient holding its own copy
 * of an annotation. A change based on a stale copy must never wipe what the other window did.
 */
import { describe, expect, it } from 'vitest';
import { Annotation } from '../core/model/index.js';
import { apiClientOver, useBriefingArchiveApi } from './test-api-client.js';

const openArchive = useBriefingArchiveApi('vraagbaak-conflict-');

describe('two windows changing one annotation', () => {
  it('refuses a note saved on a stale copy (the theme the other window added survives), and merges theme changes', async () => {
    const { v, api: windowA, tags, excerpts } = await openArchive();
    const windowB = apiClientOver(v);
    const stale: Annotation = excerpts.poetin; // both windows read it at revision 1
    expect(stale.revision).toBe(1);

    const a = await windowA['annotations.update']({ documentId: stale.documentId, id: stale.id, baseRevision: stale.revision, addTagIds: [tags.vn.id] });
    if (!a.ok) throw new Error(a.error.message);
    expect(a.value.revision).toBe(2);

    const b = await windowB['annotations.update']({ documentId: stale.documentId, id: stale.id, baseRevision: stale.revision, note: 'van B' });
    expect(b.ok).toBe(false);
    if (b.ok) return;
    expect(b.error.code).toBe('conflict');
    expect(b.error.details).toMatchObject({ reason: 'annotation-changed', baseRevision: 1, revision: 2, annotation: { id: stale.id, revision: 2 } });
    const stored = () => v.archive.listAnnotations(stale.documentId).find((x) => x.id === stale.id);
    expect(stored()).toMatchObject({ note: stale.note, tagIds: [...stale.tagIds, tags.vn.id], revision: 2 });

    // theme changes from the stale copy merge with A's
    const merged = await windowB['annotations.update']({ documentId: stale.documentId, id: stale.id, baseRevision: stale.revision, addTagIds: [tags.rechtsstaat.id] });
    if (!merged.ok) throw new Error(merged.error.message);
    expect(merged.value.tagIds).toEqual([...stale.tagIds, tags.vn.id, tags.rechtsstaat.id]);
    expect(stored()).toMatchObject({ tagIds: merged.value.tagIds, revision: 3 });

    // B reloads and saves its note on the current revision
    const saved = await windowB['annotations.update']({ documentId: stale.documentId, id: stale.id, baseRevision: 3, note: 'van B', removeTagIds: [tags.vn.id] });
    if (!saved.ok) throw new Error(saved.error.message);
    expect(saved.value).toMatchObject({ note: 'van B', tagIds: [...stale.tagIds, tags.rechtsstaat.id], revision: 4 });
  });

  it('undo of a delete puts the annotation back with the same id, timestamps and revision', async () => {
    const { api, excerpts } = await openArchive();
    const original = excerpts.top;
    const deleted = await api['annotations.delete']({ documentId: original.documentId, id: original.id });
    if (!deleted.ok) throw new Error(deleted.error.message);
    const restored = await api['annotations.restore']({ annotations: [deleted.value] });
    if (!restored.ok) throw new Error(restored.error.message);
    expect(restored.value).toEqual([original]);
    const again = await api['documents.get']({ id: original.documentId });
    if (!again.ok) throw new Error(again.error.message);
    expect(again.value.annotations.find((a) => a.id === original.id)).toEqual(original);
  });

  it('loads annotations saved before revisions as revision 1', async () => {
    const { excerpts } = await openArchive();
    const { revision: _revision, ...old } = excerpts.avg;
    expect(Annotation.parse(old).revision).toBe(1);
  });
});
