// @vitest-environment jsdom
/**
 * The theme manager against the real API over a temp archive (three corpus answers with excerpts
 * tagged Buitenland > (Rusland, Verenigde Naties) and Rechtsstaat, test-briefing-archive.ts):
 * nesting by keyboard is announced, a case-only rename goes through, a rename onto a taken name
 * offers a merge, a delete can move the highlights to the parent, and context.undo takes each back
 * through the API — checked in the archive itself. The counts follow changes undone while the
 * screen is shown; the merge offer and refusals (a blank name, a drop into an own sub-theme, each
 * saying why) go away on Escape and on the next action.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { useBriefingArchiveApi } from '../../../src-main/services/test-api-client.js';
import { installResizeObserver } from '../library/test-library.js';
import { createAppContext } from '../../state/create.js';
import { updateAnnotations } from '../annotation-list/bulk-actions.js';
import ThemesTestHost from './ThemesTestHost.svelte';

installResizeObserver();
const openArchive = useBriefingArchiveApi('vraagbaak-themes-ui-');

async function setup() {
  const archive = await openArchive();
  const context = createAppContext(archive.api, 'web');
  await context.tags.load();
  render(ThemesTestHost, { props: { context } });
  await waitFor(() => expect(item('Rusland').getAttribute('aria-describedby')).toBeTruthy());
  return { ...archive, context };
}

const tree = () => screen.getByRole('tree', { name: 'Thema’s' });
const item = (name: string) => within(tree()).getByRole('treeitem', { name });
const names = () => within(tree()).getAllByRole('treeitem').map((r) => `${r.getAttribute('aria-level') ?? ''} ${r.getAttribute('aria-label') ?? ''}`);
const status = () => screen.getByRole('status').textContent;

async function key(name: string, options: { key: string; altKey?: boolean }) {
  await fireEvent.click(item(name));
  await fireEvent.keyDown(item(name), options);
}

describe('ThemesScreen', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('shows the tree with counts, nests with Alt+→ and un-nests with Alt+←, announced, and undoes through context.undo', async () => {
    const { v, tags, context } = await setup();
    expect(names()).toEqual(['1 Buitenland', '2 Rusland', '2 Verenigde Naties', '1 Rechtsstaat']);
    expect(item('Buitenland').getAttribute('aria-expanded')).toBe('true');
    expect(within(item('Buitenland')).getByText('1 markering, 1 document (met subthema’s: 3 markeringen, 1 document)')).toBeTruthy();

    await key('Rechtsstaat', { key: 'ArrowRight', altKey: true });
    await waitFor(() => expect(status()).toBe('„Rechtsstaat” staat nu onder „Buitenland”.'));
    expect(names()).toEqual(['1 Buitenland', '2 Rechtsstaat', '2 Rusland', '2 Verenigde Naties']);
    expect(v.tags.list().find((t) => t.id === tags.rechtsstaat.id)?.parentId).toBe(tags.buitenland.id);
    expect(document.activeElement).toBe(item('Rechtsstaat'));

    await fireEvent.keyDown(item('Rechtsstaat'), { key: 'ArrowLeft', altKey: true });
    await waitFor(() => expect(status()).toBe('„Rechtsstaat” staat nu bovenaan.'));
    await key('Buitenland', { key: 'ArrowRight', altKey: true });
    expect(status()).toBe('Er staat geen thema boven „Buitenland” om het onder te plaatsen.');

    expect(context.undo.undoLabel).toBe('thema verplaatsen');
    expect(await context.undo.undo()).toBe('thema verplaatsen');
    await waitFor(() => expect(names()).toEqual(['1 Buitenland', '2 Rechtsstaat', '2 Rusland', '2 Verenigde Naties']));
    expect(v.tags.list().find((t) => t.id === tags.rechtsstaat.id)?.parentId).toBe(tags.buitenland.id);
  });

  it('renames in place with F2, also a case-only change, and undoes it', async () => {
    const { v, tags, context } = await setup();
    await key('Rusland', { key: 'F2' });
    const input = screen.getByRole('textbox', { name: 'Nieuwe naam voor „Rusland”' });
    await fireEvent.input(input, { target: { value: 'RUSLAND' } });
    await fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(status()).toBe('„Rusland” heet nu „RUSLAND”.'));
    expect(item('RUSLAND')).toBeTruthy();
    expect(v.tags.list().find((t) => t.id === tags.rusland.id)?.name).toBe('RUSLAND');
    await context.undo.undo();
    await waitFor(() => expect(item('Rusland')).toBeTruthy());
    expect(v.tags.list().find((t) => t.id === tags.rusland.id)?.name).toBe('Rusland');
  });

  it('offers "Samenvoegen met …" for a taken name; the merge and its undo go through the archive', async () => {
    const { v, docs, excerpts, tags, context } = await setup();
    await key('Verenigde Naties', { key: 'Enter' });
    const input = screen.getByRole('textbox', { name: 'Nieuwe naam voor „Verenigde Naties”' });
    await fireEvent.input(input, { target: { value: ' rusland ' } });
    await fireEvent.keyDown(input, { key: 'Enter' });
    const offer = await screen.findByRole('button', { name: 'Samenvoegen met „Rusland”' });
    expect(screen.getByRole('alert').textContent).toContain('Er is al een thema „Rusland”.');
    expect(document.activeElement).toBe(offer);
    expect(context.toasts.all).toEqual([]);

    await fireEvent.click(offer);
    await waitFor(() => expect(status()).toBe('„Verenigde Naties” is samengevoegd met „Rusland”.'));
    expect(names()).toEqual(['1 Buitenland', '2 Rusland', '1 Rechtsstaat']);
    const vn2013 = () => v.annotations.list(docs.boswijk.id).find((a) => a.id === excerpts.vn2013.id)?.tagIds;
    expect(vn2013()).toEqual([tags.rusland.id]);

    expect(await context.undo.undo()).toBe('thema’s samenvoegen');
    await waitFor(() => expect(names()).toEqual(['1 Buitenland', '2 Rusland', '2 Verenigde Naties', '1 Rechtsstaat']));
    expect(vn2013()).toEqual([tags.vn.id]);
    expect(v.tags.list().find((t) => t.id === tags.vn.id)).toEqual(tags.vn);
    expect(await context.undo.redo()).toBe('thema’s samenvoegen');
    await waitFor(() => expect(vn2013()).toEqual([tags.rusland.id]));
  });

  it('deletes after a confirm with the counts: move-to-parent, disabled for a top-level theme, and undone', async () => {
    const { v, docs, excerpts, tags, context } = await setup();
    await key('Rechtsstaat', { key: 'Delete' });
    let dialog = screen.getByRole('dialog', { name: 'Thema „Rechtsstaat” verwijderen?' });
    expect(within(dialog).getByRole('radio', { name: /Vervangen door het bovenliggende thema/ })).toHaveProperty('disabled', true);
    await fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();

    await key('Rusland', { key: 'Delete' });
    dialog = screen.getByRole('dialog', { name: 'Thema „Rusland” verwijderen?' });
    expect(dialog.textContent).toContain('„Rusland” staat op 1 markering en 1 document.');
    await fireEvent.click(within(dialog).getByRole('radio', { name: 'Vervangen door het bovenliggende thema „Buitenland”' }));
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Verwijderen' }));
    await waitFor(() => expect(status()).toBe('„Rusland” is verwijderd.'));
    expect(names()).toEqual(['1 Buitenland', '2 Verenigde Naties', '1 Rechtsstaat']);
    const poetin = () => v.annotations.list(docs.boswijk.id).find((a) => a.id === excerpts.poetin.id)?.tagIds;
    expect(poetin()).toEqual([tags.buitenland.id]);

    expect(await context.undo.undo()).toBe('thema verwijderen');
    await waitFor(() => expect(names()).toEqual(['1 Buitenland', '2 Rusland', '2 Verenigde Naties', '1 Rechtsstaat']));
    expect(poetin()).toEqual([tags.rusland.id]);
  });

  it('creates a theme under the chosen one, and undo and redo keep its id', async () => {
    const { v, tags, context } = await setup();
    await fireEvent.click(item('Rusland'));
    await fireEvent.input(screen.getByLabelText('Nieuw thema'), { target: { value: 'Wagner' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Onder „Rusland” toevoegen' }));
    await waitFor(() => expect(status()).toBe('Thema „Wagner” gemaakt.'));
    expect(names()).toContain('3 Wagner');
    const wagner = v.tags.findByName('wagner');
    expect(wagner?.parentId).toBe(tags.rusland.id);
    await context.undo.undo();
    await waitFor(() => expect(names()).not.toContain('3 Wagner'));
    await context.undo.redo();
    await waitFor(() => expect(names()).toContain('3 Wagner'));
    expect(v.tags.findByName('wagner')).toEqual(wagner);
  });

  it('follows in the counts an undo and redo done on this screen, and any change recorded while it is shown', async () => {
    const { docs, excerpts, tags, context } = await setup();
    const counts = () => within(item('Rechtsstaat')).getByText(/markering/).textContent;
    await waitFor(() => expect(counts()).toBe('2 markeringen, 2 documenten'));
    context.app.show('annotations');
    const deps = { api: context.api, undo: context.undo, onError: () => undefined, onChanged: () => Promise.resolve() };
    const refs = [{ documentId: docs.boswijk.id, id: excerpts.top.id }];
    expect(await updateAnnotations(deps, refs, { addTagIds: [tags.rechtsstaat.id] }, () => 'thema toevoegen')).toBe(1);
    context.app.show('themes');
    await waitFor(() => expect(counts()).toBe('3 markeringen, 3 documenten'));

    expect(await context.undo.undo()).toBe('thema toevoegen');
    await waitFor(() => expect(counts()).toBe('2 markeringen, 2 documenten'));
    expect(await context.undo.redo()).toBe('thema toevoegen');
    await waitFor(() => expect(counts()).toBe('3 markeringen, 3 documenten'));
    // a change recorded while this screen is shown (as the review queue, opened from the top bar, does)
    expect(await updateAnnotations(deps, refs, { removeTagIds: [tags.rechtsstaat.id] }, () => 'thema weghalen')).toBe(1);
    await waitFor(() => expect(counts()).toBe('2 markeringen, 2 documenten'));
  });

  it('takes the merge offer away on Escape and on the next action', async () => {
    await setup();
    const offerMerge = async () => {
      await key('Verenigde Naties', { key: 'Enter' });
      const input = screen.getByRole('textbox', { name: 'Nieuwe naam voor „Verenigde Naties”' });
      await fireEvent.input(input, { target: { value: 'Rusland' } });
      await fireEvent.keyDown(input, { key: 'Enter' });
      await screen.findByRole('button', { name: 'Samenvoegen met „Rusland”' });
    };
    await offerMerge();
    await fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByRole('alert')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(item('Verenigde Naties')));

    await offerMerge();
    await key('Rechtsstaat', { key: 'ArrowRight', altKey: true }); // another theme, another change
    await waitFor(() => expect(status()).toBe('„Rechtsstaat” staat nu onder „Buitenland”.'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Samenvoegen met „Rusland”' })).toBeNull();
  });

  it('says why a blank name is refused, replacing the previous message, until Escape', async () => {
    const { v, tags } = await setup();
    await key('Rechtsstaat', { key: 'ArrowRight', altKey: true });
    await waitFor(() => expect(status()).toBe('„Rechtsstaat” staat nu onder „Buitenland”.'));
    await key('Rusland', { key: 'F2' });
    const input = screen.getByRole('textbox', { name: 'Nieuwe naam voor „Rusland”' });
    await fireEvent.input(input, { target: { value: '   ' } });
    await fireEvent.keyDown(input, { key: 'Enter' });
    const why = 'Een thema kan geen lege naam hebben; het heet nog steeds „Rusland”.';
    await waitFor(() => expect(status()).toBe(why));
    expect(screen.getByText(why, { selector: '.notice' })).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Nieuwe naam voor „Rusland”' })).toBeNull();
    expect(v.tags.list().find((t) => t.id === tags.rusland.id)?.name).toBe('Rusland');
    await fireEvent.keyDown(item('Rusland'), { key: 'Escape' });
    expect(screen.queryByText(why, { selector: '.notice' })).toBeNull();
  });

  it('says why a theme dropped onto its own sub-theme stays where it is', async () => {
    const { v, tags } = await setup();
    await fireEvent.dragStart(item('Buitenland'));
    await fireEvent.dragOver(item('Rusland'));
    await fireEvent.drop(item('Rusland'));
    const why = '„Buitenland” kan niet onder „Rusland” staan: dat is een subthema van „Buitenland” zelf.';
    expect(screen.getByText(why, { selector: '.notice' })).toBeTruthy();
    expect(status()).toBe(why);
    expect(v.tags.list().find((t) => t.id === tags.buitenland.id)?.parentId).toBeNull();
  });
});
