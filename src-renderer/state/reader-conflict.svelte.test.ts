/**
 * The reader's side of a stale window (issue 11 item 4), against the real API over a temp archive:
 * a note saved on an older copy of a highlight is refused, the reader fetches the newest version
 * and says so; theme changes from the same stale copy merge; undo of an edit is a change on the
 * newest revision, so it never takes off what another window added.
 */
import { describe, expect, it } from 'vitest';
import { useBriefingArchiveApi } from '../../src-main/services/test-api-client.js';
import { toggledTag, updateHighlight } from '../features/annotations/annotation-edits.js';
import { createAppContext } from './create.js';

const openArchive = useBriefingArchiveApi('vraagbaak-reader-conflict-');
const CONFLICT = 'Deze markering is intussen elders gewijzigd; de nieuwste versie staat er nu.';

async function setup() {
  const { api, v, docs, excerpts, tags } = await openArchive();
  const context = createAppContext(api, 'web');
  const documentId = docs.boswijk.id;
  expect(await context.reader.open(documentId)).toBe(true);
  const id = excerpts.top.id;
  const shown = () => context.reader.annotations.find((a) => a.id === id)!;
  const stored = () => v.annotations.list(documentId).find((a) => a.id === id)!;
  /** another window adds theme `tagId`, based on the revision stored now */
  const elsewhere = (tagId: string) => v.annotations.update({ documentId, id, baseRevision: stored().revision, addTagIds: [tagId] });
  /** another window sets the note, based on the revision stored now */
  const elsewhereNote = (note: string) => v.annotations.update({ documentId, id, baseRevision: stored().revision, note });
  return { context, excerpts, tags, shown, stored, elsewhere, elsewhereNote };
}

describe('A highlight changed in another window', () => {
  it('refuses a note saved on the old copy: the newest version shows, a toast says so, nothing is recorded for undo', async () => {
    const { context, excerpts, tags, shown, stored, elsewhere } = await setup();
    const stale = shown();
    await elsewhere(tags.vn.id);
    expect(await updateHighlight(context, stale, { note: 'uit dit venster' })).toBeNull();
    expect(context.toasts.all.map((t) => t.text())).toContain(CONFLICT);
    expect(shown()).toEqual(stored());
    expect(stored()).toMatchObject({ note: excerpts.top.note, revision: 2, tagIds: [...excerpts.top.tagIds, tags.vn.id] });
    expect(context.undo.canUndo).toBe(false);
    // saved again on the version now shown: both changes stay
    expect(await updateHighlight(context, shown(), { note: 'uit dit venster' })).toMatchObject({ note: 'uit dit venster', revision: 3 });
    expect(stored().tagIds).toEqual([...excerpts.top.tagIds, tags.vn.id]);
  });

  it('merges a theme key press on the old copy, and its undo leaves the other window’s theme on', async () => {
    const { context, excerpts, tags, shown, stored, elsewhere } = await setup();
    const stale = shown();
    await elsewhere(tags.vn.id);
    expect(await updateHighlight(context, stale, toggledTag(stale.tagIds, tags.rechtsstaat.id))).not.toBeNull();
    expect(stored().tagIds).toEqual([...excerpts.top.tagIds, tags.vn.id, tags.rechtsstaat.id]);
    await elsewhere(tags.rusland.id); // and once more before the undo
    expect(await context.undo.undo()).not.toBeNull();
    expect(stored().tagIds).toEqual([...excerpts.top.tagIds, tags.vn.id, tags.rusland.id]);
    expect(await context.undo.redo()).not.toBeNull();
    expect(stored().tagIds).toEqual([...excerpts.top.tagIds, tags.vn.id, tags.rusland.id, tags.rechtsstaat.id]);
  });

  it('refuses the undo of a note edit when the note was changed elsewhere since, and says so', async () => {
    const { context, shown, stored, elsewhereNote } = await setup();
    expect(await updateHighlight(context, shown(), { note: 'eerste' })).toMatchObject({ revision: 2 });
    await elsewhereNote('nog niet gezien');
    expect(await context.undo.undo()).toBeNull();
    expect(context.toasts.all.map((t) => t.text())).toContain(CONFLICT);
    expect(stored()).toMatchObject({ note: 'nog niet gezien', revision: 3 });
    expect(shown()).toEqual(stored());
  });
});
