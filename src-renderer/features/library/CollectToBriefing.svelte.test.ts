// @vitest-environment jsdom
/**
 * "Aan briefing toevoegen" for several documents chosen in the library, against the real API over
 * a temp archive (three corpus answers, test-briefing-archive.ts): with two chosen by a click and a Ctrl+click,
 * "Gekozen documenten (2)" puts both documents, in list order, into a new briefing — checked in
 * the archive itself.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { useBriefingArchiveApi } from '../../../src-main/services/test-api-client.js';
import { createAppContext } from '../../state/create.js';
import LibraryTestHost from './LibraryTestHost.svelte';
import { installResizeObserver } from './test-library.js';

installResizeObserver();
const openArchive = useBriefingArchiveApi('vraagbaak-collect-chosen-');

describe('adding chosen documents to a briefing', () => {
  it('adds every chosen document, in list order, to a new briefing', async () => {
    const { api } = await openArchive();
    const context = createAppContext(api, 'web');
    render(LibraryTestHost, { props: { context } });
    await Promise.all([context.library.load(), context.briefings.load()]);
    const listbox = await screen.findByRole('listbox', { name: 'Documenten' });
    const options = await waitFor(() => {
      const found = within(listbox).getAllByRole('option');
      expect(found).toHaveLength(3);
      return found;
    });
    const [first, , third] = context.library.rows;
    expect(screen.getByRole('button', { name: 'Gekozen document aan briefing toevoegen' })).toBeTruthy();
    await fireEvent.click(options[0]!);
    await fireEvent.click(options[2]!, { ctrlKey: true });

    await fireEvent.click(await screen.findByRole('button', { name: 'De 2 gekozen documenten aan briefing toevoegen' }));
    await fireEvent.click(await screen.findByRole('menuitem', { name: 'Nieuwe briefing…' }));
    const title = await screen.findByLabelText('Titel van de nieuwe briefing');
    await fireEvent.input(title, { target: { value: 'Twee antwoorden' } });
    await fireEvent.submit(title.closest('form')!);

    await waitFor(() => expect(context.toasts.all.at(-1)?.text()).toMatch(/„Twee antwoorden”/));
    const list = await api['briefings.list']({});
    const summary = list.ok ? list.value.find((b) => b.title === 'Twee antwoorden') : undefined;
    expect(summary).toBeDefined();
    const view = await api['briefings.get']({ id: summary!.id });
    expect(view.ok && view.value.briefing.items.map((item) => (item.type === 'document' ? item.documentId : item.type))).toEqual([first!.id, third!.id]);
  });
});
