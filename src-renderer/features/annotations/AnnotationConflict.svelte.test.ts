// @vitest-environment jsdom
/**
 * A stale window (issue 11 item 4): the note editor of this window holds an older copy of a
 * highlight while another window adds a theme to it. Saving the note is refused as a conflict: the
 * reader fetches the newest version (the other window's theme shows), says so in a toast, keeps
 * the typed note in the editor, and a second save (now on the newest revision) keeps both changes.
 * Undo of that save puts the old note back without taking the other window's theme off.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useBriefingArchiveApi } from '../../../src-main/services/test-api-client.js';
import { createAppContext } from '../../state/create.js';
import { installResizeObserver } from '../library/test-library.js';
import ReaderTestHost from '../reader/ReaderTestHost.svelte';

installResizeObserver();
const openArchive = useBriefingArchiveApi('vraagbaak-annotation-conflict-');

beforeAll(() => {
  // jsdom has no layout: scrolling is a no-op there
  Element.prototype.scrollIntoView = () => {};
});

const CONFLICT = 'Deze markering is intussen elders gewijzigd; de nieuwste versie staat er nu.';
const markOf = (id: string): HTMLElement => document.querySelector<HTMLElement>(`mark[data-annotation-ids~="${id}"]`)!;
const sidebar = () => screen.getByRole('complementary', { name: /^Markeringen/ });

describe('Saving a note on a highlight changed in another window', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('reloads the highlight and says so, keeps the typed note, and saves it on the newest revision', async () => {
    const { api, v, docs, excerpts, tags } = await openArchive();
    const context = createAppContext(api, 'web');
    render(ReaderTestHost, { props: { context } });
    const id = excerpts.top.id;
    const documentId = docs.boswijk.id;
    expect(await context.reader.open(documentId)).toBeTruthy();
    await waitFor(() => expect(markOf(id)).toBeTruthy());
    const stored = () => v.annotations.list(documentId).find((a) => a.id === id);

    await fireEvent.click(markOf(id));
    await fireEvent.keyDown(markOf(id), { key: 'Enter' });
    const note = await waitFor(() => within(sidebar()).getByLabelText<HTMLTextAreaElement>('Notitie'));

    // the other window adds a theme meanwhile
    await v.annotations.update({ documentId, id, baseRevision: 1, addTagIds: [tags.vn.id] });

    await fireEvent.input(note, { target: { value: 'Notitie uit dit venster' } });
    await fireEvent.click(within(sidebar()).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(screen.getByText(CONFLICT)).toBeTruthy());
    expect(stored()).toMatchObject({ note: excerpts.top.note, revision: 2, tagIds: [...excerpts.top.tagIds, tags.vn.id] });
    expect(context.reader.annotations.find((a) => a.id === id)?.revision).toBe(2);
    expect(within(sidebar()).getByLabelText<HTMLTextAreaElement>('Notitie').value).toBe('Notitie uit dit venster');
    expect(context.undo.canUndo).toBe(false);

    await fireEvent.click(within(sidebar()).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(stored()?.note).toBe('Notitie uit dit venster'));
    expect(stored()).toMatchObject({ revision: 3, tagIds: [...excerpts.top.tagIds, tags.vn.id] });

    // undo: the old note back, the other window's theme stays
    // the archive has the note before the window has its answer: wait for the window's undo step
    await waitFor(() => expect(context.undo.canUndo).toBe(true));
    const undone = await context.undo.undo();
    expect(undone).toBeTruthy();
    expect(stored()).toMatchObject({ note: excerpts.top.note, revision: 4, tagIds: [...excerpts.top.tagIds, tags.vn.id] });
  });
});
