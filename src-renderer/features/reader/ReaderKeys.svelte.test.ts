// @vitest-environment jsdom
/**
 * Annotating in the reader without a mouse, and undo of annotation changes, against the real API
 * over a temp archive (three corpus answers, test-briefing-archive.ts; the Boswijk answer has
 * highlights in answers 1, 2 and 4 and the themes Buitenland > (Rusland, Verenigde Naties) and
 * Rechtsstaat, so keys 1–4 are Buitenland, Rusland, Verenigde Naties, Rechtsstaat): j/k move focus
 * between highlights, number keys toggle themes, s + h make a highlight, a selection across two
 * parts says why it cannot be one, a click opens a highlight, and every change is undone through
 * the API — checked in the archive itself (same id and timestamps after undoing a delete).
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../../src-main/core/model/annotation.js';
import { apiClientOver } from '../../../src-main/services/test-api-client.js';
import { useTempArchives } from '../../../src-main/services/test-archives.js';
import { openBriefingArchive } from '../../../src-main/services/test-briefing-archive.js';
import { createAppContext } from '../../state/create.js';
import { installResizeObserver } from '../library/test-library.js';
import ReaderTestHost from './ReaderTestHost.svelte';

installResizeObserver();
const temp = useTempArchives('vraagbaak-reader-keys-');

beforeAll(() => {
  // jsdom has no layout: scrolling is a no-op there
  Element.prototype.scrollIntoView = () => {};
});

async function setup() {
  const archive = await openBriefingArchive(temp);
  const context = createAppContext(apiClientOver(archive.v), 'web');
  await context.tags.load();
  render(ReaderTestHost, { props: { context } });
  await context.reader.open(archive.docs.boswijk.id);
  await waitFor(() => expect(marks().length).toBeGreaterThan(0));
  const stored = async (): Promise<Annotation[]> => (await archive.v.documents.get(archive.docs.boswijk.id)).annotations;
  return { ...archive, context, stored };
}

const part = (key: string): HTMLElement => document.querySelector<HTMLElement>(`[data-part="${key}"]`)!;
const marks = (): HTMLElement[] => [...document.querySelectorAll<HTMLElement>('mark[data-annotation-ids]')];
const markOf = (id: string): HTMLElement => document.querySelector<HTMLElement>(`mark[data-annotation-ids~="${id}"]`)!;
const sidebar = () => screen.getByRole('complementary', { name: /^Markeringen/ });
const currentItem = () => sidebar().querySelector<HTMLElement>('[aria-current="true"]');
const press = (target: Element, key: string, init: KeyboardEventInit = {}) => fireEvent.keyDown(target, { key, ...init });

/** The text node and offset at part offset `offset` of `root`. */
function pointAt(root: HTMLElement, offset: number): [Text, number] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (offset <= seen + node.length) return [node, offset - seen];
    seen += node.length;
  }
  throw new Error(`offset ${offset} outside the text`);
}

describe('ReaderKeys', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('moves focus between highlights in document order with j and k, and marks the current one in the sidebar', async () => {
    const { excerpts } = await setup();
    part('answer:0').focus();
    await press(part('answer:0'), 'j');
    await waitFor(() => expect(document.activeElement).toBe(markOf(excerpts.top.id)));
    await press(document.activeElement!, 'j');
    await waitFor(() => expect(document.activeElement).toBe(markOf(excerpts.poetin.id)));
    expect(markOf(excerpts.poetin.id).classList.contains('focused')).toBe(true);
    expect(markOf(excerpts.top.id).classList.contains('focused')).toBe(false);
    expect(within(currentItem()!).getByRole('button', { name: /^Ga naar markering: Ontegenzeggelijk/ })).toBeTruthy();
    await press(document.activeElement!, 'j');
    await press(document.activeElement!, 'j'); // the last one stays
    await waitFor(() => expect(document.activeElement).toBe(markOf(excerpts.vn2013.id)));
    await press(document.activeElement!, 'k');
    await waitFor(() => expect(document.activeElement).toBe(markOf(excerpts.poetin.id)));
    expect(screen.getByText(/^Markering 2 van 3: Ontegenzeggelijk/)).toBeTruthy();
  });

  it('toggles the first nine themes in tree order with the number keys, each change undoable', async () => {
    const { excerpts, tags, context, stored } = await setup();
    const tagsOf = async () => (await stored()).find((a) => a.id === excerpts.top.id)?.tagIds;
    part('answer:0').focus();
    await press(part('answer:0'), 'j');
    await waitFor(() => expect(document.activeElement).toBe(markOf(excerpts.top.id)));

    await press(document.activeElement!, '2', { code: 'Digit2' }); // Rusland (under Buitenland)
    await waitFor(async () => expect(await tagsOf()).toEqual([tags.buitenland.id, tags.rusland.id]));
    expect(screen.getByText('Thema Rusland toegevoegd aan de markering')).toBeTruthy();
    await press(document.activeElement!, '1', { code: 'Digit1' }); // Buitenland off
    await waitFor(async () => expect(await tagsOf()).toEqual([tags.rusland.id]));
    await press(document.activeElement!, '&', { code: 'Digit9' }); // no ninth theme (AZERTY: the key without Shift)
    await waitFor(() => expect(screen.getByText('Geen thema onder toets 9.')).toBeTruthy());

    expect(context.undo.undoLabel).toBe('thema Buitenland weghalen bij markering');
    expect(await context.undo.undo()).toBe('thema Buitenland weghalen bij markering');
    // undo sends the change back (add Buitenland), so the theme comes back at the end of the list
    expect([...((await tagsOf()) ?? [])].sort()).toEqual([tags.buitenland.id, tags.rusland.id].sort());
    expect(await context.undo.undo()).toBe('thema Rusland toevoegen aan markering');
    const restored = (await stored()).find((a) => a.id === excerpts.top.id);
    const { note, color, tagIds, target } = excerpts.top;
    expect(restored).toMatchObject({ note, color, tagIds, target });
  });

  it('selects a sentence with s and makes it a highlight with h; undo deletes it, redo brings back the same one', async () => {
    const { docs, context, stored } = await setup();
    const text = docs.boswijk.answers[0]!.text;
    part('answer:0').focus();
    await press(part('answer:0'), 's');
    const firstSentence = document.getSelection()!.toString();
    expect(firstSentence.length).toBeGreaterThan(10);
    expect(text.startsWith(firstSentence)).toBe(true);
    await press(part('answer:0'), 'ArrowRight', { shiftKey: true, ctrlKey: true }); // one more word
    const quote = document.getSelection()!.toString();
    expect(quote.length).toBeGreaterThan(firstSentence.length);

    await press(part('answer:0'), 'h');
    await waitFor(async () => expect((await stored()).map((a) => a.target.quote.exact)).toContain(quote));
    const created = (await stored()).find((a) => a.target.quote.exact === quote)!;
    expect(created.target.position).toEqual({ start: 0, end: quote.length });
    await waitFor(() => expect(document.activeElement).toBe(markOf(created.id)));

    expect(await context.undo.undo()).toBe('markering maken');
    expect((await stored()).some((a) => a.id === created.id)).toBe(false);
    await waitFor(() => expect(document.querySelector(`mark[data-annotation-ids~="${created.id}"]`)).toBeNull());
    expect(await context.undo.redo()).toBe('markering maken');
    expect((await stored()).find((a) => a.id === created.id)).toEqual(created);
    await waitFor(() => expect(markOf(created.id)).toBeTruthy());
  });

  it('says why a selection across two parts cannot be highlighted', async () => {
    await setup();
    const range = document.createRange();
    range.setStart(...pointAt(part('answer:0'), 3));
    range.setEnd(...pointAt(part('answer:1'), 5));
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    await fireEvent.mouseUp(document);
    const note = 'Een markering ligt in één vraag, antwoord of voetnoot. Deze selectie loopt over meer dan één deel: selecteer binnen één deel.';
    expect(screen.getByText(note, { selector: '.cross-part-note' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Markeren' })).toBeNull();

    await press(part('answer:0'), 'h');
    await waitFor(() => expect(screen.getByText(note, { selector: '.toast-text' })).toBeTruthy());
  });

  it('opens a clicked highlight: current in the sidebar, and its note editor from the tool or with Enter', async () => {
    const { excerpts } = await setup();
    await fireEvent.click(markOf(excerpts.top.id));
    expect(document.activeElement).toBe(markOf(excerpts.top.id));
    expect(within(currentItem()!).getByText('Vaste BRICS-top, geen uitzondering.')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Notitie bewerken' }));
    const note = await waitFor(() => within(currentItem()!).getByLabelText('Notitie'));
    expect((note as HTMLTextAreaElement).value).toBe('Vaste BRICS-top, geen uitzondering.');
    expect(document.activeElement).toBe(note);
    await fireEvent.click(within(currentItem()!).getByRole('button', { name: 'Annuleren' }));
    await waitFor(() => expect(document.activeElement).toBe(markOf(excerpts.top.id)));

    await press(markOf(excerpts.top.id), 'Enter');
    await waitFor(() => expect(document.activeElement).toBe(within(currentItem()!).getByLabelText('Notitie')));
  });

  it('undoes a delete from the sidebar with the toast, putting back the same annotation (id and timestamps)', async () => {
    const { excerpts, context, stored } = await setup();
    const item = sidebar().querySelector<HTMLElement>(`[data-annotation-item="${excerpts.poetin.id}"]`)!;
    await fireEvent.click(within(item).getByRole('button', { name: 'Verwijderen' }));
    await waitFor(async () => expect((await stored()).some((a) => a.id === excerpts.poetin.id)).toBe(false));
    expect(context.undo.undoLabel).toBe('markering verwijderen');

    await fireEvent.click(await screen.findByRole('button', { name: 'Ongedaan maken' }));
    await waitFor(async () => expect((await stored()).find((a) => a.id === excerpts.poetin.id)).toEqual(excerpts.poetin));
    await waitFor(() => expect(markOf(excerpts.poetin.id)).toBeTruthy());
    expect(screen.getByText('Ongedaan gemaakt: markering verwijderen')).toBeTruthy();

    expect(await context.undo.redo()).toBe('markering verwijderen');
    expect((await stored()).some((a) => a.id === excerpts.poetin.id)).toBe(false);
  });
});
