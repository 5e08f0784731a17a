// @vitest-environment jsdom
/**
 * The annotations view against a real archive (three corpus answers, five excerpts under the themes
 * Buitenland > Verenigde Naties, Rusland; Rechtsstaat): a theme filter includes sub-themes and
 * narrows further by text, Shift+click selects a range, a bulk "add theme" reaches the archive,
 * and a bulk delete (confirmed, since it is more than one) is undone through the window's undo
 * history with the same annotations back. A filter change keeps only the selected annotations
 * still listed, so the bulk actions never touch what the filters hide.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAppContext } from '../../state/create.js';
import { installResizeObserver } from '../library/test-library.js';
import AnnotationsTestHost from './AnnotationsTestHost.svelte';
import { useBriefingArchiveApi } from '../../../src-main/services/test-api-client.js';

installResizeObserver();
const openArchive = useBriefingArchiveApi('vraagbaak-annotation-list-');

async function setup() {
  const archive = await openArchive();
  const context = createAppContext(archive.api, 'web');
  await context.tags.load();
  render(AnnotationsTestHost, { props: { context } });
  const listbox = await screen.findByRole('listbox', { name: 'Annotaties' });
  return { ...archive, context, listbox };
}

const quotes = (listbox: HTMLElement): string[] => within(listbox).queryAllByRole('option').map((o) => o.querySelector('q')?.textContent ?? '');

/** The quotes the archive has under theme `tagId` (through the real API). */
async function quotesTagged(api: Awaited<ReturnType<typeof setup>>['api'], tagId: string): Promise<string[]> {
  const result = await api['annotations.query']({ tagId, sort: 'document' });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.rows.map((r) => r.annotation.target.quote.exact).sort();
}

describe('AnnotationsScreen', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('filters by a parent theme (sub-themes included) and by text in quote or note', async () => {
    const { listbox } = await setup();
    await waitFor(() => expect(quotes(listbox)).toHaveLength(5));

    await fireEvent.change(screen.getByLabelText('Thema'), { target: { value: screen.getByRole('option', { name: 'Buitenland' }).getAttribute('value') } });
    await waitFor(() => expect(quotes(listbox).sort()).toEqual(['De jaarlijkse top', 'In 2013 heeft de toenmalige Secretaris-Generaal', 'Ontegenzeggelijk heeft president Poetin']));
    expect(screen.getByText('3 annotaties')).toBeTruthy();

    await fireEvent.input(screen.getByLabelText('Tekst in citaat of notitie'), { target: { value: 'brics' } });
    await waitFor(() => expect(quotes(listbox)).toEqual(['De jaarlijkse top']));
  });

  it('narrows by the library query language and says when the query does not parse', async () => {
    const { listbox } = await setup();
    const query = screen.getByLabelText('Documenten (zoektaal van de bibliotheek)');
    await fireEvent.input(query, { target: { value: 'lid:boswijk' } });
    await waitFor(() => expect(quotes(listbox)).toHaveLength(3));

    await fireEvent.input(query, { target: { value: 'lid:boswijk (' } });
    expect((await screen.findByRole('alert')).textContent).toContain('Dit "(" wordt niet gesloten.');
    expect(screen.getByText('Pas de zoekopdracht aan om annotaties te zien.')).toBeTruthy();
  });

  it('selects a range with Shift+click and adds a theme to all of it', async () => {
    const { listbox, api, tags } = await setup();
    await fireEvent.change(screen.getByLabelText('Thema'), { target: { value: tags.buitenland.id } });
    await waitFor(() => expect(quotes(listbox)).toHaveLength(3));

    const options = within(listbox).getAllByRole('option');
    await fireEvent.click(options[0]!);
    await fireEvent.click(options[2]!, { shiftKey: true });
    await waitFor(() => expect(within(listbox).getAllByRole('option', { selected: true })).toHaveLength(3));
    const bar = screen.getByRole('toolbar', { name: 'Geselecteerde annotaties' });
    expect(within(bar).getByText('3 geselecteerd')).toBeTruthy();

    await fireEvent.change(within(bar).getByLabelText('Thema'), { target: { value: tags.rechtsstaat.id } });
    await fireEvent.click(within(bar).getByRole('button', { name: 'Thema toevoegen' }));
    await waitFor(async () => expect(await quotesTagged(api, tags.rechtsstaat.id)).toHaveLength(5));
    expect(await quotesTagged(api, tags.rechtsstaat.id)).toEqual([
      'De jaarlijkse top',
      'In 2013 heeft de toenmalige Secretaris-Generaal',
      'Ontegenzeggelijk heeft president Poetin',
      'Op grond van artikel 15',
      'Vanzelfsprekend neem ik uw Kamer serieus',
    ]);
  });

  it('deletes every matching annotation (Ctrl+A) and brings the same ones back with undo', async () => {
    const { listbox, api, context, tags, excerpts } = await setup();
    await fireEvent.change(screen.getByLabelText('Thema'), { target: { value: tags.rechtsstaat.id } });
    await waitFor(() => expect(quotes(listbox)).toHaveLength(2));

    listbox.focus();
    await fireEvent.keyDown(listbox, { key: 'a', ctrlKey: true });
    await screen.findByText('2 geselecteerd');
    await fireEvent.click(screen.getByRole('button', { name: 'Verwijderen' }));
    const ask = await screen.findByRole('alertdialog', { name: '2 annotaties verwijderen?' });
    await fireEvent.click(within(ask).getByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(await quotesTagged(api, tags.rechtsstaat.id)).toHaveLength(2);

    await fireEvent.click(screen.getByRole('button', { name: 'Verwijderen' }));
    const again = await screen.findByRole('alertdialog', { name: '2 annotaties verwijderen?' });
    await fireEvent.click(within(again).getByRole('button', { name: '2 annotaties verwijderen' }));
    await screen.findByText('Geen annotaties die aan de filters voldoen.');
    expect(await quotesTagged(api, tags.rechtsstaat.id)).toEqual([]);
    expect(context.undo.undoLabel).toBe('2 annotaties verwijderen');

    expect(await context.undo.undo()).toBe('2 annotaties verwijderen');
    await waitFor(() => expect(quotes(within(document.body).getByRole('listbox', { name: 'Annotaties' }))).toHaveLength(2));
    const back = await api['annotations.query']({ tagId: tags.rechtsstaat.id });
    expect(back.ok && back.value.rows.map((r) => r.annotation.id).sort()).toEqual([excerpts.avg.id, excerpts.serieus.id].sort());
  });

  it('keeps only the selected annotations still listed after a filter change, and deletes just those', async () => {
    const { listbox, api, tags } = await setup();
    await fireEvent.change(screen.getByLabelText('Thema'), { target: { value: tags.buitenland.id } });
    await waitFor(() => expect(quotes(listbox)).toHaveLength(3));
    const option = (quote: string) => within(listbox).getAllByRole('option').find((o) => o.querySelector('q')?.textContent === quote)!;
    await fireEvent.click(option('De jaarlijkse top'));
    await fireEvent.click(option('Ontegenzeggelijk heeft president Poetin'), { ctrlKey: true });
    const bar = screen.getByRole('toolbar', { name: 'Geselecteerde annotaties' });
    expect(within(bar).getByText('2 geselecteerd')).toBeTruthy();

    await fireEvent.input(screen.getByLabelText('Tekst in citaat of notitie'), { target: { value: 'brics' } });
    await waitFor(() => expect(quotes(listbox)).toEqual(['De jaarlijkse top']));
    await waitFor(() => expect(within(bar).getByRole('status').textContent).toBe('1 geselecteerd'));
    await waitFor(() => expect(within(bar).getByRole('button', { name: 'Verwijderen' }).hasAttribute('disabled')).toBe(false));
    await fireEvent.click(within(bar).getByRole('button', { name: 'Verwijderen' }));
    await screen.findByText('Geen annotaties die aan de filters voldoen.');
    expect(screen.queryByRole('alertdialog')).toBeNull(); // one annotation goes without asking (undo brings it back)
    expect(await quotesTagged(api, tags.buitenland.id)).toEqual(['In 2013 heeft de toenmalige Secretaris-Generaal', 'Ontegenzeggelijk heeft president Poetin']);
  });

  it('drops the selection when the query does not parse: 0 listed, 0 selected, no bulk actions', async () => {
    const { listbox } = await setup();
    await waitFor(() => expect(quotes(listbox)).toHaveLength(5));
    listbox.focus();
    await fireEvent.keyDown(listbox, { key: 'a', ctrlKey: true });
    await screen.findByText('5 geselecteerd');

    await fireEvent.input(screen.getByLabelText('Documenten (zoektaal van de bibliotheek)'), { target: { value: 'lid:boswijk (' } });
    await screen.findByRole('alert');
    await waitFor(() => expect(screen.queryByRole('toolbar', { name: 'Geselecteerde annotaties' })).toBeNull());
    expect(within(screen.getByRole('search', { name: 'Annotaties filteren' })).getByRole('status').textContent).toBe('0 annotaties');
    expect(screen.queryByRole('button', { name: 'Verwijderen' })).toBeNull();
    expect(screen.getByText('alle annotaties')).toBeTruthy(); // export scope: not "de selectie (5)"
  });

  it('gives each option its place in the whole list, and Shift+click makes no text selection', async () => {
    const { listbox } = await setup();
    await waitFor(() => expect(quotes(listbox)).toHaveLength(5));
    const options = within(listbox).getAllByRole('option');
    expect(options.map((o) => [o.getAttribute('aria-posinset'), o.getAttribute('aria-setsize')])).toEqual(
      ['1', '2', '3', '4', '5'].map((n) => [n, '5']),
    );
    expect(await fireEvent.mouseDown(options[3]!, { shiftKey: true })).toBe(false); // default (text selection) prevented
    expect(document.activeElement).toBe(listbox);
    expect(await fireEvent.mouseDown(options[3]!)).toBe(true); // a plain drag still selects quote text
  });

  it('moves, selects and opens by keyboard: Space toggles, Shift+↓ extends, Escape clears, Enter opens in context', async () => {
    const { listbox, context, tags, excerpts } = await setup();
    await fireEvent.change(screen.getByLabelText('Thema'), { target: { value: tags.buitenland.id } });
    await waitFor(() => expect(quotes(listbox)).toHaveLength(3));
    const selected = () => within(listbox).queryAllByRole('option', { selected: true }).length;

    listbox.focus();
    await fireEvent.keyDown(listbox, { key: ' ' });
    expect(selected()).toBe(1);
    await fireEvent.keyDown(listbox, { key: 'ArrowDown', shiftKey: true });
    await waitFor(() => expect(selected()).toBe(2));
    await fireEvent.keyDown(listbox, { key: 'Escape' });
    expect(selected()).toBe(0);

    await fireEvent.keyDown(listbox, { key: 'End' });
    expect(listbox.getAttribute('aria-activedescendant')).toBe('annotation-row-2');
    const quote = document.getElementById('annotation-row-2')!.querySelector('q')!.textContent;
    const target = Object.values(excerpts).find((e) => e.target.quote.exact === quote)!;
    await fireEvent.keyDown(listbox, { key: 'Enter' });
    await waitFor(() => expect(context.reader.focus).toMatchObject({ kind: 'annotation', key: target.id, documentId: target.documentId }));
    expect(context.app.screen).toBe('library');
  });

  it('exports the theme filtered on as a download and imports a W3C file with a report', async () => {
    const { listbox, api, tags } = await setup();
    const downloads: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => (downloads.push(blob), 'blob:test'); // jsdom has no object URLs
    URL.revokeObjectURL = () => {};
    const keepPage = (event: MouseEvent) => (event.target as Element).matches('a[download]') && event.preventDefault();
    document.addEventListener('click', keepPage); // jsdom cannot navigate to the download
    await fireEvent.change(screen.getByLabelText('Thema'), { target: { value: tags.rechtsstaat.id } });
    await waitFor(() => expect(quotes(listbox)).toHaveLength(2));
    expect(screen.getByText('thema Rechtsstaat')).toBeTruthy();

    await fireEvent.click(screen.getByRole('button', { name: 'Exporteren (W3C)' }));
    await screen.findByText(/^2 annotaties geëxporteerd naar .*\.jsonld\.$/);
    const text = await downloads[0]!.text();
    expect(JSON.parse(text)).toMatchObject({ type: 'AnnotationCollection', total: 2 });

    const listed = await api['annotations.query']({ tagId: tags.rechtsstaat.id, idsOnly: true });
    if (!listed.ok) throw new Error(listed.error.message);
    await api['annotations.deleteMany']({ refs: listed.value.refs });
    const file = new File([text], 'rechtsstaat.jsonld', { type: 'application/ld+json' });
    await fireEvent.change(screen.getByLabelText('W3C-annotatiebestand om te importeren'), { target: { files: [file] } });
    const report = await screen.findByRole('region', { name: 'Import van rechtsstaat.jsonld' });
    expect(report.textContent).toContain('2 van 2 annotaties geïmporteerd.');
    await waitFor(() => expect(quotes(listbox)).toHaveLength(2));
    document.removeEventListener('click', keepPage);
  });
});
