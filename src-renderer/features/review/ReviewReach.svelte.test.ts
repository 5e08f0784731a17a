// @vitest-environment jsdom
/**
 * The review queue is reachable whenever highlights wait for review, not only from the import
 * report: the top bar's "Te beoordelen (n)" (also after the report is closed, and in a new window
 * over the same archive), Alt+Shift+R, and "Beoordelen" for a moved or lost highlight selected in
 * the annotations view, which opens the queue at that highlight. The counts in the top bar and the
 * import report go down as highlights are resolved. Against the real API over a temp archive
 * holding the corpus document r30 with six highlights, re-imported in a corrected version
 * (test-review.ts: three to review).
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apiClientOver } from '../../../src-main/services/test-api-client.js';
import { useTempArchives } from '../../../src-main/services/test-archives.js';
import { createAppContext } from '../../state/create.js';
import { installResizeObserver } from '../library/test-library.js';
import ReviewReachTestHost from './ReviewReachTestHost.svelte';
import { renderReimportedR30 } from './test-review.js';

installResizeObserver();
const temp = useTempArchives('vraagbaak-review-reach-');

beforeAll(() => {
  // jsdom has no layout: scrolling is a no-op there
  Element.prototype.scrollIntoView = () => {};
});

const setup = () => renderReimportedR30(temp, ReviewReachTestHost);

const topBar = () => screen.getByRole('banner', { name: 'topbar' });
const topButton = (n: number) => within(topBar()).findByRole('button', { name: `Te beoordelen (${n})` });
const reportButton = (n: number) => within(screen.getByRole('region', { name: 'Importresultaat' })).findByRole('button', { name: `Te beoordelen (${n})` });
const dialog = () => screen.getByRole('dialog', { name: /Markeringen te beoordelen/ });
const entries = () => within(dialog()).getAllByRole('listitem');
const close = () => fireEvent.click(within(dialog()).getByRole('button', { name: 'Sluiten' }));

// each test imports a document twice and renders it several times: a bound for a stuck test, not a speed check
describe('Reaching the review queue', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('opens from the top bar and with Alt+Shift+R after the import report is closed; the counts go down as highlights are resolved', async () => {
    const { context } = await setup();
    expect(await topButton(3)).toBeTruthy();
    await fireEvent.click(await reportButton(3));
    await waitFor(() => expect(entries()).toHaveLength(3));
    await fireEvent.click(within(entries()[1]!).getByRole('button', { name: 'Accepteren' }));
    await waitFor(() => expect(entries()).toHaveLength(2));
    expect(await reportButton(2)).toBeTruthy();
    expect(await topButton(2)).toBeTruthy();
    await close();

    context.imports.dismissReport();
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Importresultaat' })).toBeNull());
    await fireEvent.click(await topButton(2));
    await waitFor(() => expect(entries()).toHaveLength(2));
    await close();
    expect(screen.queryByRole('dialog')).toBeNull();

    await fireEvent.keyDown(document.body, { key: 'R', code: 'KeyR', altKey: true, shiftKey: true });
    await waitFor(() => expect(entries()).toHaveLength(2));
    await fireEvent.click(within(entries()[0]!).getByRole('button', { name: 'Verwijderen' }));
    await waitFor(() => expect(entries()).toHaveLength(1));
    expect(await topButton(1)).toBeTruthy();
    await fireEvent.click(within(entries()[0]!).getByRole('button', { name: 'Verwijderen' }));
    await waitFor(() => expect(within(dialog()).getByText('Er zijn geen markeringen te beoordelen.')).toBeTruthy());
    await waitFor(() => expect(within(topBar()).queryByRole('button')).toBeNull());

    // undo puts the last one back on the queue, and the count follows
    expect(await context.undo.undo()).toBe('markering verwijderen');
    expect(await topButton(1)).toBeTruthy();
  });

  it('shows the count in a new window over the same archive, without an import', async () => {
    const { v } = await setup();
    await topButton(3);
    cleanup();
    render(ReviewReachTestHost, { props: { context: createAppContext(apiClientOver(v), 'web') } });
    await fireEvent.click(await topButton(3));
    await waitFor(() => expect(entries()).toHaveLength(3));
  });

  it('offers "Beoordelen" for a moved highlight selected in the annotations view and opens the queue at it', async () => {
    const { made, context } = await setup();
    context.app.show('annotations');
    const listbox = await screen.findByRole('listbox', { name: 'Annotaties' });
    const option = (text: string) => within(listbox).getAllByRole('option').find((o) => o.textContent?.includes(text));
    await waitFor(() => expect(option('De reactiesnelheid van andere landen')).toBeTruthy());

    // a highlight in place: nothing to review
    await fireEvent.click(option('De reactiesnelheid van andere landen')!);
    await screen.findByRole('toolbar', { name: 'Geselecteerde annotaties' });
    expect(screen.queryByRole('button', { name: 'Beoordelen' })).toBeNull();

    await fireEvent.click(option('tweede kwartaal van 2025')!);
    await fireEvent.click(await screen.findByRole('button', { name: 'Beoordelen' }));
    await waitFor(() => expect(entries()).toHaveLength(3));
    await waitFor(() => expect((document.activeElement as HTMLElement | null)?.dataset['reviewId']).toBe(made.reworded.id));
  });
});
