// @vitest-environment jsdom
/**
 * The note editor opened with Enter on a highlight closes with Escape like a dialog's Cancel:
 * focus goes back to the highlight and nothing typed is saved. Against the real API over a temp
 * archive (three corpus answers, test-briefing-archive.ts; the BRICS-top highlight has a note).
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useBriefingArchiveApi } from '../../../src-main/services/test-api-client.js';
import { createAppContext } from '../../state/create.js';
import { installResizeObserver } from '../library/test-library.js';
import ReaderTestHost from '../reader/ReaderTestHost.svelte';

installResizeObserver();
const openArchive = useBriefingArchiveApi('vraagbaak-note-editor-');

beforeAll(() => {
  // jsdom has no layout: scrolling is a no-op there
  Element.prototype.scrollIntoView = () => {};
});

const NOTE = 'Vaste BRICS-top, geen uitzondering.';
const markOf = (id: string): HTMLElement => document.querySelector<HTMLElement>(`mark[data-annotation-ids~="${id}"]`)!;
const sidebar = () => screen.getByRole('complementary', { name: /^Markeringen/ });
const noteField = () => within(sidebar()).queryByLabelText<HTMLTextAreaElement>('Notitie');

async function setup() {
  const { api, v, docs, excerpts } = await openArchive();
  const context = createAppContext(api, 'web');
  render(ReaderTestHost, { props: { context } });
  const id = excerpts.top.id;
  expect(await context.reader.open(docs.boswijk.id)).toBeTruthy();
  await waitFor(() => expect(markOf(id)).toBeTruthy());
  const storedNote = (): string | undefined => v.annotations.list(docs.boswijk.id).find((a) => a.id === id)?.note;
  /** A click on the highlight (focusing it), then Enter: the editor opens with the caret in the note. */
  const openEditor = async (): Promise<HTMLTextAreaElement> => {
    await fireEvent.click(markOf(id));
    expect(document.activeElement).toBe(markOf(id));
    await fireEvent.keyDown(markOf(id), { key: 'Enter' });
    await waitFor(() => expect(document.activeElement).toBe(noteField()));
    return noteField()!;
  };
  return { id, context, storedNote, openEditor };
}

describe('The note editor', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('closes with Escape, focus back on the highlight, when nothing was typed', async () => {
    const { id, storedNote, openEditor } = await setup();
    const note = await openEditor();
    expect(note.value).toBe(NOTE);
    await fireEvent.keyDown(note, { key: 'Escape' });
    await waitFor(() => expect(noteField()).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(markOf(id)));
    expect(storedNote()).toBe(NOTE);
  });

  it('drops what was typed on Escape, as Annuleren does', async () => {
    const { context, storedNote, openEditor } = await setup();
    const note = await openEditor();
    await fireEvent.input(note, { target: { value: 'Iets anders' } });
    await fireEvent.keyDown(note, { key: 'Escape' });
    await waitFor(() => expect(noteField()).toBeNull());
    expect(within(sidebar()).getByText(NOTE)).toBeTruthy();
    expect(storedNote()).toBe(NOTE);
    expect(context.undo.canUndo).toBe(false);
    expect((await openEditor()).value).toBe(NOTE);
  });
});
