// @vitest-environment jsdom
/**
 * The themes of a document itself, changed in the reader's header and undone, against the real API
 * over a temp archive (three corpus answers, test-briefing-archive.ts): saving a new list records
 * one undo step; undo puts the old themes back in the archive and in the editor, redo the new
 * ones — also after another document was opened.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { useBriefingArchiveApi } from '../../../src-main/services/test-api-client.js';
import { createAppContext } from '../../state/create.js';
import { installResizeObserver } from '../library/test-library.js';
import ReaderTestHost from '../reader/ReaderTestHost.svelte';

installResizeObserver();
const openArchive = useBriefingArchiveApi('vraagbaak-document-themes-');

async function setup() {
  const archive = await openArchive();
  const { v, docs, tags, api } = archive;
  // the Boswijk answer starts with the document theme Rechtsstaat
  const set = await api['documents.setTags']({ documentId: docs.boswijk.id, tagIds: [tags.rechtsstaat.id] });
  expect(set.ok).toBe(true);
  const context = createAppContext(api, 'web');
  await Promise.all([context.tags.load(), context.library.load()]);
  render(ReaderTestHost, { props: { context } });
  await context.reader.open(docs.boswijk.id);
  const themesOf = () => v.archive.getSummary(docs.boswijk.id)?.tagIds;
  return { ...archive, context, themesOf };
}

/** The chips of the document's themes in the editor. */
const chips = (): string[] => {
  const form = document.querySelector<HTMLElement>('form.document-tags')!;
  return within(form).queryAllByRole('button', { name: /^Thema .+ verwijderen$/ }).map((b) => b.getAttribute('aria-label')!.replace(/^Thema (.+) verwijderen$/, '$1'));
};

// every step writes and reopens a real archive: the time budget is for a busy machine, not a measure
describe('document themes', () => {
  it('records a change of the themes as one undo step: undo restores the old themes, redo the new', async () => {
    const { context, tags, docs, themesOf } = await setup();
    await waitFor(() => expect(chips()).toEqual(['Rechtsstaat']));

    await fireEvent.click(screen.getByRole('button', { name: 'Thema Rechtsstaat verwijderen' }));
    const field = screen.getByLabelText("Thema's van dit document");
    await fireEvent.input(field, { target: { value: 'Buitenland' } });
    await fireEvent.keyDown(field, { key: 'Enter' });
    await fireEvent.input(field, { target: { value: 'Stikstof' } });
    await fireEvent.click(screen.getByRole('button', { name: "Thema's opslaan" }));
    const stikstof = await waitFor(() => {
      const found = context.tags.all.find((tag) => tag.name === 'Stikstof');
      expect(found).toBeDefined();
      return found!;
    });
    await waitFor(() => expect(themesOf()).toEqual([tags.buitenland.id, stikstof.id]));
    await waitFor(() => expect(chips()).toEqual(['Buitenland', 'Stikstof']));
    expect(context.undo.undoLabel).toBe("thema's van document wijzigen");

    expect(await context.undo.undo()).toBe("thema's van document wijzigen");
    expect(themesOf()).toEqual([tags.rechtsstaat.id]);
    await waitFor(() => expect(chips()).toEqual(['Rechtsstaat']));
    expect(context.library.summary(docs.boswijk.id)?.tagIds).toEqual([tags.rechtsstaat.id]);

    expect(await context.undo.redo()).toBe("thema's van document wijzigen");
    expect(themesOf()).toEqual([tags.buitenland.id, stikstof.id]);
    await waitFor(() => expect(chips()).toEqual(['Buitenland', 'Stikstof']));
  });

  it('undoes on the document that was changed after another one was opened, and records nothing for an unchanged list', async () => {
    const { context, tags, docs, themesOf } = await setup();
    await waitFor(() => expect(chips()).toEqual(['Rechtsstaat']));
    await fireEvent.click(screen.getByRole('button', { name: "Thema's opslaan" }));
    await waitFor(() => expect(context.toasts.all.at(-1)?.text()).toBe("Thema's van het document opgeslagen"));
    expect(context.undo.canUndo).toBe(false);

    await fireEvent.click(screen.getByRole('button', { name: 'Thema Rechtsstaat verwijderen' }));
    await fireEvent.click(screen.getByRole('button', { name: "Thema's opslaan" }));
    await waitFor(() => expect(themesOf()).toEqual([]));
    await context.reader.open(docs.elAbassi.id);
    await waitFor(() => expect(context.reader.current?.document.id).toBe(docs.elAbassi.id));

    expect(await context.undo.undo()).toBe("thema's van document wijzigen");
    expect(themesOf()).toEqual([tags.rechtsstaat.id]);
    expect(context.reader.current?.summary.tagIds).toEqual([]);
    expect(context.library.summary(docs.boswijk.id)?.tagIds).toEqual([tags.rechtsstaat.id]);
  });
});
