// @vitest-environment jsdom
/**
 * Re-attaching a review-queue highlight to a new selection in the reader, against the real API over
 * a temp archive holding the corpus document r30 with six highlights and its corrected version
 * re-imported (test-reanchor-corpus.ts): "Opnieuw koppelen" on the orphan of question 12 puts the
 * reader in re-attach mode (a banner with the old quote), a selection's button says "Hier koppelen"
 * and attaches the same annotation (id, note, themes) there — by mouse or with h — undone and redone
 * through the window's undo history; a refused one is an error and keeps the mode; Annuleren and
 * Escape leave it as it was, and a selection across two parts gets the same reason as a new highlight.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../../src-main/core/model/index.js';
import { useTempArchives } from '../../../src-main/services/test-archives.js';
import { STOCK } from '../../../src-main/services/test-reanchor-corpus.js';
import { t } from '../../lib/locale.svelte.js';
import { domPointAt, selectInPart } from '../../lib/selection.js';
import { installResizeObserver } from '../library/test-library.js';
import ReattachTestHost from './ReattachTestHost.svelte';
import { renderReimportedR30 } from './test-review.js';

installResizeObserver();
const temp = useTempArchives('vraagbaak-reattach-ui-');

beforeAll(() => {
  // jsdom has no layout: scrolling is a no-op there
  Element.prototype.scrollIntoView = () => {};
});

/** The new place: words of question 12 that the corrected text still has. */
const NEW_QUOTE = 'onderzoek in te stellen naar de fraude met paspoorten';

const part = (key: string): HTMLElement => document.querySelector<HTMLElement>(`[data-part="${key}"]`)!;
const banner = () => screen.queryByRole('region', { name: 'Markering opnieuw koppelen' });
const entries = () => within(screen.getByRole('dialog', { name: /Markeringen te beoordelen/ })).getAllByRole('listitem');

/** Imports r30 with highlights, re-imports the corrected text and enters re-attach mode for the orphan of question 12. */
async function setup() {
  const { v, id, made, context } = await renderReimportedR30(temp, ReattachTestHost);
  const stored = (): Annotation | undefined => v.archive.listAnnotations(id).find((a) => a.id === made.stock12.id);
  const orphan = stored()!;
  expect(orphan.anchorState).toBe('orphaned');
  await openQueue(3);
  expect(within(entries()[0]!).getByRole('heading', { level: 3 }).textContent).toMatch(/Vraag 12\s*\(niet teruggevonden\)/);
  await fireEvent.click(within(entries()[0]!).getByRole('button', { name: 'Opnieuw koppelen' }));
  await waitFor(() => expect(banner()).toBeTruthy());
  return { v, id, context, stored, orphan };
}

/** Opens the queue from the import report, whose count is what still waits: `n`. */
async function openQueue(n: number): Promise<void> {
  await fireEvent.click(await screen.findByRole('button', { name: `Te beoordelen (${n})` }));
  await waitFor(() => expect(entries()).toHaveLength(n));
}

/** Selects NEW_QUOTE in question 12 as a mouse would (the reader hears the mouseup). */
async function selectNewQuote(): Promise<void> {
  const element = part('question:11');
  const start = (element.textContent ?? '').indexOf(NEW_QUOTE);
  expect(start).toBeGreaterThan(-1);
  selectInPart(element, start, start + NEW_QUOTE.length);
  await fireEvent.mouseUp(document);
}

// each test imports a document twice and renders it several times: a bound for a stuck test, not a speed check
describe('Re-attach mode in the reader', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  /** Waits for the end of an attach: its toast comes after the archive write, the reload and the undo entry. */
  const attached = () => screen.findByText('De markering is opnieuw gekoppeld.', { selector: '.toast-text' });

  /** Attaches the orphan to NEW_QUOTE with the selection's button. */
  async function attachByMouse(stored: () => Annotation | undefined): Promise<void> {
    await selectNewQuote();
    expect(screen.queryByRole('button', { name: 'Markeren' })).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Hier koppelen' }));
    await attached();
    expect(stored()?.target.quote.exact).toBe(NEW_QUOTE);
  }

  it('attaches the same annotation to the selected text, shows it there and takes it off the queue', async () => {
    const { stored, orphan } = await setup();
    expect(within(banner()!).getByRole('status').textContent).toContain(`citaat: «${STOCK}»`);
    await attachByMouse(stored);
    const { id, note, color, tagIds, createdAt } = orphan;
    expect(stored()).toMatchObject({ id, note, color, tagIds, createdAt, anchorState: 'anchored', target: { part: { type: 'question', index: 11 } } });
    expect(stored()?.previousTarget).toBeUndefined();
    expect(banner()).toBeNull();
    await waitFor(() => expect(part('question:11').querySelector(`mark[data-annotation-ids~="${id}"]`)?.textContent).toBe(NEW_QUOTE));

    await openQueue(2);
    expect(entries().some((e) => /Vraag 12/.test(e.textContent ?? ''))).toBe(false);
  });

  it('undoes a re-attach through the API (the annotation as it was, back on the queue) and redoes it', async () => {
    const { context, stored, orphan } = await setup();
    const { id } = orphan;
    await attachByMouse(stored);
    expect(await context.undo.undo()).toBe('markering opnieuw koppelen');
    // as it was, with a newer revision (a window holding the re-attached copy must not overwrite the undo)
    expect(stored()).toEqual({ ...orphan, revision: expect.any(Number) as number });
    expect(stored()?.revision).toBeGreaterThan(orphan.revision);
    await waitFor(() => expect(part('question:11').querySelector(`mark[data-annotation-ids~="${id}"]`)).toBeNull());
    await openQueue(3);
    await fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(await context.undo.redo()).toBe('markering opnieuw koppelen');
    expect(stored()?.target.quote.exact).toBe(NEW_QUOTE);
  });

  it('attaches a keyboard selection with h', async () => {
    const { stored } = await setup();
    const element = part('question:11');
    element.focus();
    await fireEvent.keyDown(element, { key: 's' }); // the first sentence of question 12
    const quote = document.getSelection()!.toString();
    expect(quote.length).toBeGreaterThan(10);
    await fireEvent.keyDown(element, { key: 'h' });
    await attached();
    expect(stored()).toMatchObject({ anchorState: 'anchored', target: { quote: { exact: quote } } });
    expect(banner()).toBeNull();
  });

  it('shows a refused re-attach as an error and stays in the mode', async () => {
    const { v, id, context, orphan } = await setup();
    await v.annotations.delete(id, orphan.id); // meanwhile, elsewhere
    await selectNewQuote();
    await fireEvent.click(screen.getByRole('button', { name: 'Hier koppelen' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
    await waitFor(() => expect(banner()).toBeTruthy());
    expect(context.undo.canUndo).toBe(false);
  });

  it('leaves the annotation as it was on Annuleren and on Escape; a selection across two parts says why it cannot be attached', async () => {
    const { context, stored, orphan } = await setup();
    document.getSelection()!.setBaseAndExtent(...domPointAt(part('question:11'), 3), ...domPointAt(part('answer:11'), 5));
    await fireEvent.mouseUp(document);
    const note = t('annot.crossPart'); // the reason a new highlight gets
    expect(screen.getByText(note, { selector: '.cross-part-note' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Hier koppelen' })).toBeNull();
    await fireEvent.keyDown(part('question:11'), { key: 'h' });
    await waitFor(() => expect(screen.getByText(note, { selector: '.toast-text' })).toBeTruthy());

    await fireEvent.click(within(banner()!).getByRole('button', { name: 'Annuleren' }));
    expect(banner()).toBeNull();
    await selectNewQuote();
    expect(screen.getByRole('button', { name: 'Markeren' })).toBeTruthy();
    expect(stored()).toEqual(orphan);
    expect(context.undo.canUndo).toBe(false);

    document.getSelection()!.removeAllRanges();
    await openQueue(3);
    await fireEvent.click(within(entries()[0]!).getByRole('button', { name: 'Opnieuw koppelen' }));
    await waitFor(() => expect(banner()).toBeTruthy());
    await fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(banner()).toBeNull();
    expect(stored()).toEqual(orphan);
  });
});
