// @vitest-environment jsdom
/**
 * Deleting documents from the library and "Onlangs verwijderd", against the real API over a temp
 * archive (three corpus answers with highlights, test-briefing-archive.ts): the Delete key on the
 * list moves the chosen document to the trash, Ctrl+Z's undo step brings it back with the same
 * highlights; several documents chosen with Shift+click, Ctrl+click, Ctrl+Space or Ctrl+A go
 * together after a confirmation naming the count, as one undo step; the panel lists the trash,
 * restores, and empties it after a confirmation — each checked in the archive itself.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { useBriefingArchiveApi } from '../../../src-main/services/test-api-client.js';
import { createAppContext } from '../../state/create.js';
import LibraryTestHost from '../library/LibraryTestHost.svelte';
import { installResizeObserver } from '../library/test-library.js';

installResizeObserver();
const openArchive = useBriefingArchiveApi('vraagbaak-lifecycle-ui-');

async function setup() {
  const archive = await openArchive();
  const context = createAppContext(archive.api, 'web');
  render(LibraryTestHost, { props: { context } });
  await context.library.load();
  const listbox = await screen.findByRole('listbox', { name: 'Documenten' });
  await waitFor(() => expect(within(listbox).getAllByRole('option')).toHaveLength(3));
  return { ...archive, context, listbox };
}

// every step writes and reopens a real archive: the time budget is for a busy machine, not a measure
describe('deleting from the library', () => {
  it('deletes the chosen row with the Delete key and undoes it with the same highlights', async () => {
    const { v, context, listbox } = await setup();
    const first = context.library.rows[0]!;
    const before = v.archive.listAnnotations(first.id);
    listbox.focus();
    await fireEvent.keyDown(listbox, { key: 'Delete' });
    await waitFor(() => expect(within(listbox).getAllByRole('option')).toHaveLength(2));
    expect(v.archive.getSummary(first.id)).toBeNull();
    expect(v.lifecycle.deleted().map((d) => d.id)).toEqual([first.id]);
    await waitFor(() => expect(context.toasts.all.at(-1)?.text()).toMatch(/^„.+” is verwijderd\.$/));
    expect(context.undo.undoLabel).toBe('document verwijderen');

    expect(await context.undo.undo()).toBe('document verwijderen');
    await waitFor(() => expect(within(listbox).getAllByRole('option')).toHaveLength(3));
    expect(v.archive.listAnnotations(first.id)).toEqual(before);
    expect(await context.undo.redo()).toBe('document verwijderen');
    expect(v.archive.getSummary(first.id)).toBeNull();
  });

  const options = (listbox: HTMLElement) => within(listbox).getAllByRole('option');
  const selectedTitles = (listbox: HTMLElement) => options(listbox).filter((o) => o.getAttribute('aria-selected') === 'true');

  it('deletes three chosen documents after confirming the count, as one undo step', async () => {
    const { v, context, listbox } = await setup();
    const ids = context.library.rows.map((row) => row.id);
    const [first, , third] = options(listbox);
    await fireEvent.click(first!);
    await fireEvent.click(third!, { shiftKey: true });
    await waitFor(() => expect(selectedTitles(listbox)).toHaveLength(3));
    expect(listbox.getAttribute('aria-multiselectable')).toBe('true');
    expect(screen.getByText('3 gekozen').getAttribute('aria-live')).toBe('polite');
    // the list's count stays the one status of the list (e2e pages find it by that role)
    expect(screen.getAllByRole('status')).toHaveLength(1);
    // Escape goes back to the active row alone; Ctrl+A takes every row again
    listbox.focus();
    await fireEvent.keyDown(listbox, { key: 'Escape' });
    await waitFor(() => expect(selectedTitles(listbox)).toEqual([third]));
    // Shift+↑ chooses the range from the active row up
    await fireEvent.keyDown(listbox, { key: 'ArrowUp', shiftKey: true });
    await waitFor(() => expect(selectedTitles(listbox)).toEqual(options(listbox).slice(1)));
    await fireEvent.keyDown(listbox, { key: 'a', ctrlKey: true });
    await waitFor(() => expect(selectedTitles(listbox)).toHaveLength(3));

    await fireEvent.keyDown(listbox, { key: 'Delete' });
    const confirm = await screen.findByRole('alertdialog', { name: '3 documenten verwijderen?' });
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Annuleren' }));
    expect(v.archive.documentCount).toBe(3);
    await fireEvent.click(within(confirm).getByRole('button', { name: '3 documenten verwijderen' }));
    await waitFor(() => expect(v.lifecycle.deleted().map((d) => d.id).sort()).toEqual([...ids].sort()));
    expect(v.archive.documentCount).toBe(0);
    await waitFor(() => expect(context.toasts.all.at(-1)?.text()).toBe('3 documenten zijn verwijderd.'));
    expect(context.undo.undoLabel).toBe('3 documenten verwijderen');

    expect(await context.undo.undo()).toBe('3 documenten verwijderen');
    await waitFor(() => expect(options(screen.getByRole('listbox', { name: 'Documenten' }))).toHaveLength(3));
    expect(v.lifecycle.deleted()).toEqual([]);
    expect(v.archive.documentCount).toBe(3);
    expect(context.undo.canUndo).toBe(false);

    expect(await context.undo.redo()).toBe('3 documenten verwijderen');
    expect(v.lifecycle.deleted()).toHaveLength(3);
    expect(v.archive.documentCount).toBe(0);
  });

  it('deletes only the chosen documents with the toolbar button, and a cancel deletes nothing', async () => {
    const { v, context, listbox } = await setup();
    const [a, b, c] = context.library.rows.map((row) => row.id);
    const [first, second, third] = options(listbox);
    await fireEvent.click(first!);
    await fireEvent.click(third!, { ctrlKey: true });
    await waitFor(() => expect(selectedTitles(listbox)).toEqual([first, third]));
    // Ctrl+Space on the active row (the third) takes it out again, and on the second adds that
    listbox.focus();
    await fireEvent.keyDown(listbox, { key: ' ', ctrlKey: true });
    await waitFor(() => expect(selectedTitles(listbox)).toEqual([first]));
    await fireEvent.keyDown(listbox, { key: 'ArrowUp', ctrlKey: true });
    await fireEvent.keyDown(listbox, { key: ' ', ctrlKey: true });
    await waitFor(() => expect(selectedTitles(listbox)).toEqual([first, second]));

    const button = screen.getByRole('button', { name: '2 gekozen documenten verwijderen' });
    button.focus();
    await fireEvent.click(button);
    const confirm = await screen.findByRole('alertdialog', { name: '2 documenten verwijderen?' });
    await fireEvent.keyDown(confirm, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(document.activeElement).toBe(button);
    expect(v.lifecycle.deleted()).toEqual([]);

    await fireEvent.click(button);
    await fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: '2 documenten verwijderen' }));
    await waitFor(() => expect(options(listbox)).toHaveLength(1));
    expect(v.lifecycle.deleted().map((d) => d.id).sort()).toEqual([a, b].sort());
    expect(v.archive.getSummary(c!)).not.toBeNull();
    expect(document.activeElement).toBe(listbox);
    expect(selectedTitles(listbox)).toHaveLength(1);
  });

  it('lists the trash in "Onlangs verwijderd", restores one and empties the rest after confirming', async () => {
    const { v, docs, context } = await setup();
    await v.lifecycle.delete([docs.elAbassi.id, docs.vanNispen.id]);
    await context.library.load();
    await fireEvent.click(screen.getByRole('button', { name: 'Onlangs verwijderd…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Onlangs verwijderd' });
    await waitFor(() => expect(within(dialog).getAllByRole('listitem')).toHaveLength(2));
    expect(document.activeElement).toBe(dialog);

    const [restore] = within(dialog).getAllByRole('button', { name: /^„.+” terugzetten$/ });
    await fireEvent.click(restore!);
    await waitFor(() => expect(within(dialog).getAllByRole('listitem')).toHaveLength(1));
    expect(v.lifecycle.deleted()).toHaveLength(1);
    expect(v.archive.documentCount).toBe(2);
    await waitFor(() => expect(within(dialog).getByRole('list').getAttribute('aria-busy')).toBe('false'));
    expect(document.activeElement).toBe(dialog);

    await fireEvent.click(within(dialog).getByRole('button', { name: 'Alles definitief verwijderen' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Definitief verwijderen?' });
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Annuleren' }));
    await fireEvent.click(within(confirm).getByRole('button', { name: 'Definitief verwijderen' }));
    await waitFor(() => expect(within(dialog).getByText('Er zijn geen verwijderde documenten.')).toBeTruthy());
    expect(v.lifecycle.deleted()).toEqual([]);

    await fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
