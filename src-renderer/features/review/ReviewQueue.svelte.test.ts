// @vitest-environment jsdom
/**
 * Re-importing a changed document from the UI and resolving the review queue, against the real API
 * over a temp archive holding the corpus document r30 with six highlights: the import report names
 * the replaced document with its counts, "Te beoordelen (3)" opens the queue with the text before
 * and now (the changed word marked), and accept / delete go through the API and back with undo.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTempArchives } from '../../../src-main/services/test-archives.js';
import ReviewTestHost from './ReviewTestHost.svelte';
import { renderReimportedR30 } from './test-review.js';

const temp = useTempArchives('vraagbaak-review-ui-');

const setup = () => renderReimportedR30(temp, ReviewTestHost);

const dialog = () => screen.getByRole('dialog', { name: /Markeringen te beoordelen/ });
const report = () => screen.getByRole('region', { name: 'Importresultaat' });
/** The import report's button, named by what still waits for review. */
const reportButton = (n: number) => within(report()).findByRole('button', { name: `Te beoordelen (${n})` });
const entries = () => within(dialog()).getAllByRole('listitem');

describe('ReviewQueue from the import report', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('shows the replaced document with its counts and opens the queue with the text before and now', async () => {
    await setup();
    expect(await screen.findByText('Vervangen door een nieuwe versie: 1')).toBeTruthy();
    expect(screen.getByRole('button', { name: /3 op hun plaats, 1 verplaatst, 2 niet teruggevonden$/ })).toBeTruthy();
    await fireEvent.click(await reportButton(3));
    await waitFor(() => expect(entries()).toHaveLength(3));
    expect(document.activeElement).toBe(dialog());
    const [stock, reworded, deleted] = entries();
    expect(within(stock!).getByRole('heading', { level: 3 }).textContent).toMatch(/Vraag 12\s*\(niet teruggevonden\)/);
    expect(within(stock!).getByText('Niet teruggevonden in de nieuwe tekst.')).toBeTruthy();
    expect(within(stock!).queryByRole('button', { name: 'Accepteren' })).toBeNull();
    // the changed word is marked on both sides
    const before = within(reworded!).getByRole('region', { name: 'Eerder' });
    const now = within(reworded!).getByRole('region', { name: 'Nu' });
    expect([...before.querySelectorAll('ins')].map((e) => e.textContent?.trim())).toEqual(['eerste']);
    expect([...now.querySelectorAll('ins')].map((e) => e.textContent?.trim())).toEqual(['tweede']);
    expect(within(deleted!).getByText('note deleted')).toBeTruthy();
    await fireEvent.keyDown(dialog(), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('accepts a relocated highlight and deletes an orphan through the API, each undone with context.undo', async () => {
    const { v, id, made, context } = await setup();
    await fireEvent.click(await reportButton(3));
    await waitFor(() => expect(entries()).toHaveLength(3));
    const stateOf = (key: keyof typeof made) => v.archive.listAnnotations(id).find((a) => a.id === made[key].id)?.anchorState;

    await fireEvent.click(within(entries()[1]!).getByRole('button', { name: 'Accepteren' }));
    await waitFor(() => expect(entries()).toHaveLength(2));
    expect(stateOf('reworded')).toBe('anchored');
    expect(context.undo.undoLabel).toBe('nieuwe plek van markering accepteren');

    await fireEvent.click(within(entries()[1]!).getByRole('button', { name: 'Verwijderen' }));
    await waitFor(() => expect(entries()).toHaveLength(1));
    expect(stateOf('deleted')).toBeUndefined();

    expect(await context.undo.undo()).toBe('markering verwijderen');
    await waitFor(() => expect(entries()).toHaveLength(2));
    expect(stateOf('deleted')).toBe('orphaned');
    expect(await context.undo.undo()).toBe('nieuwe plek van markering accepteren');
    await waitFor(() => expect(entries()).toHaveLength(3));
    expect(stateOf('reworded')).toBe('relocated');
    expect(await context.undo.redo()).toBe('nieuwe plek van markering accepteren');
    await waitFor(() => expect(entries()).toHaveLength(2));
  });

  it('re-attach opens the document in the reader at the highlight, on the library screen, in re-attach mode', async () => {
    const { id, made, context } = await setup();
    context.app.show('themes');
    await fireEvent.click(await reportButton(3));
    await waitFor(() => expect(entries()).toHaveLength(3));
    await fireEvent.click(within(entries()[1]!).getByRole('button', { name: 'Opnieuw koppelen' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(context.app.screen).toBe('library');
    await waitFor(() => expect(context.reader.current?.document.id).toBe(id));
    expect(context.reader.focus).toMatchObject({ kind: 'annotation', key: made.reworded.id });
    expect(context.reader.reattaching?.id).toBe(made.reworded.id); // the reader side: ReattachMode.svelte.test.ts
  });
});
