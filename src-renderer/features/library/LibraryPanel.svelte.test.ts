// @vitest-environment jsdom
/**
 * The library column against a small in-memory stand-in for the main process: saving a search under
 * a name in use asks "Vervangen?" and can be undone; a stopped server keeps the last results
 * (dimmed, "Geen verbinding") with one toast; a query without documents explains itself when its
 * text says why; typed date and answer clauses get readable chips.
 */
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../src-main/core/api/contract.js';
import type { Result } from '../../../src-main/core/api/result.js';
import type { BrowseResult } from '../../../src-main/core/api/types.js';
import type { DocumentSummary } from '../../../src-main/core/model/document.js';
import type { SavedSearch } from '../../../src-main/core/model/workspace.js';
import { createAppContext } from '../../state/create.js';
import { installResizeObserver, noFacets, ok, testSummary } from './test-library.js';
import LibraryPanelTestHost from './LibraryPanelTestHost.svelte';

installResizeObserver();

const summary = (i: number): DocumentSummary => testSummary(i, 'vragen over stikstof', i);

const summaries = [summary(1), summary(2), summary(3)];
const nameKey = (name: string): string => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');

/** The main process in miniature: `offline` makes every call fail as the browser shell's client does when the server is gone. */
function fakeApi() {
  const state = { offline: false, saved: [] as SavedSearch[], nextId: 1 };
  const offline = (): Promise<Result<never>> =>
    Promise.resolve({ ok: false, error: { code: 'internal', message: 'Failed to fetch', details: { transport: true, status: 0 } } });
  const browse = (query: string): BrowseResult => {
    const ids = query.includes('leeg') || query.includes(' or ') || query.includes('van:2025') ? [] : summaries.map((s) => s.id);
    return { total: ids.length, documentIds: ids, facets: noFacets, approximate: false };
  };
  const api = {
    'documents.list': () => (state.offline ? offline() : ok(summaries)),
    'search.browse': ({ query }: { query: string }) => (state.offline ? offline() : ok(browse(query))),
    'search.query': () => (state.offline ? offline() : ok([])),
    'searches.list': () => ok(state.saved),
    'searches.save': ({ name, query }: { name: string; query: string }) => {
      const at = state.saved.findIndex((s) => nameKey(s.name) === nameKey(name));
      const saved = { id: at >= 0 ? state.saved[at]!.id : `s${String(state.nextId++)}`, name: name.trim().replace(/\s+/g, ' '), query };
      state.saved = at >= 0 ? state.saved.map((s, i) => (i === at ? saved : s)) : [...state.saved, saved];
      return ok(saved);
    },
    'documents.get': () => Promise.resolve({ ok: false, error: { code: 'not-found', message: 'no', details: {} } }),
  } as unknown as ApiClient;
  return { api, state };
}

async function setup() {
  const fake = fakeApi();
  const context = createAppContext(fake.api, 'web');
  render(LibraryPanelTestHost, { props: { context } });
  await context.library.load();
  await tick();
  return { context, state: fake.state };
}

/** Lets the awaited fake calls and the re-render settle. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await tick();
  await new Promise((resolve) => setTimeout(resolve, 0));
  await tick();
}

async function saveAs(name: string): Promise<void> {
  await fireEvent.click(screen.getByRole('button', { name: 'Zoekopdracht opslaan' }));
  const field = screen.getByLabelText('Naam van de zoekopdracht');
  await fireEvent.input(field, { target: { value: name } });
  await fireEvent.submit(field.closest('form')!);
  await settle();
}

describe('LibraryPanel', () => {
  it('asks before replacing a saved search with the same name, and undoes the replace', async () => {
    const { context, state } = await setup();
    await context.library.search('(genocide OR PFAS) -China');
    await saveAs('Mijn zoekvraag');
    expect(state.saved).toEqual([{ id: 's1', name: 'Mijn zoekvraag', query: '(genocide OR PFAS) -China' }]);

    await context.library.search('stikstof');
    await tick();
    await fireEvent.click(screen.getByRole('button', { name: 'Zoekopdracht opslaan' }));
    const field = screen.getByLabelText('Naam van de zoekopdracht');
    await fireEvent.input(field, { target: { value: '  mijn   ZOEKVRAAG ' } });
    // said before saving: the name is in use
    expect(screen.getByText('Er is al een zoekopdracht „Mijn zoekvraag”.')).toBeTruthy();
    expect(field.getAttribute('aria-describedby')).toBe('save-search-exists');
    await fireEvent.submit(field.closest('form')!);
    await settle();
    expect(state.saved[0]!.query).toBe('(genocide OR PFAS) -China');
    const confirm = screen.getByRole('button', { name: 'Vervangen?' });
    expect(document.activeElement).toBe(confirm);

    await fireEvent.click(confirm);
    await settle();
    expect(state.saved).toEqual([{ id: 's1', name: 'mijn ZOEKVRAAG', query: 'stikstof' }]);
    const toast = context.toasts.all.at(-1)!;
    expect(toast.text()).toBe('Zoekopdracht „mijn ZOEKVRAAG” vervangen.');
    await context.toasts.runAction(toast.id);
    await settle();
    expect(state.saved).toEqual([{ id: 's1', name: 'Mijn zoekvraag', query: '(genocide OR PFAS) -China' }]);
    expect(context.library.saved.all.map((s) => s.query)).toEqual(['(genocide OR PFAS) -China']);
  });

  it('saves a new name at once, and typing another name withdraws the question', async () => {
    const { context, state } = await setup();
    await context.library.search('stikstof');
    await saveAs('Stikstof');
    await context.library.search('PFAS');
    await tick();
    await fireEvent.click(screen.getByRole('button', { name: 'Zoekopdracht opslaan' }));
    const field = screen.getByLabelText('Naam van de zoekopdracht');
    await fireEvent.input(field, { target: { value: 'stikstof' } });
    await fireEvent.submit(field.closest('form')!);
    await settle();
    expect(screen.getByRole('button', { name: 'Vervangen?' })).toBeTruthy();
    await fireEvent.input(field, { target: { value: 'PFAS' } });
    expect(screen.queryByRole('button', { name: 'Vervangen?' })).toBeNull();
    await fireEvent.submit(field.closest('form')!);
    await settle();
    expect(state.saved.map((s) => s.name)).toEqual(['Stikstof', 'PFAS']);
    expect(context.toasts.all.at(-1)!.text()).toBe('Zoekopdracht „PFAS” opgeslagen.');
  });

  it('keeps the last results, dimmed and marked "no connection", with one toast when the server is gone', async () => {
    const { context, state } = await setup();
    await context.library.search('kabinet');
    await tick();
    state.offline = true;
    await context.library.search('stikstof');
    await settle();
    const listbox = screen.getByRole('listbox', { name: 'Documenten' });
    expect(within(listbox).getAllByRole('option')).toHaveLength(3);
    expect(screen.queryByText('Geen documenten gevonden voor deze zoekopdracht.')).toBeNull();
    expect(screen.getByText(/Geen verbinding — resultaten van de vorige zoekopdracht/)).toBeTruthy();
    expect(document.querySelector('.library-panel')!.classList.contains('stale')).toBe(true);
    expect(context.toasts.all.map((t) => t.text())).toEqual(['Geen verbinding met Vraagbaak.']);

    state.offline = false;
    await context.library.search('stikstof');
    await settle();
    expect(context.library.connectionError).toBeNull();
    expect(document.querySelector('.library-panel')!.classList.contains('stale')).toBe(false);
  });

  it('explains an empty result by a reversed date range or a lower-case or', async () => {
    const { context } = await setup();
    const hints = () => document.querySelector('.search-hints')!;
    expect(hints().getAttribute('role')).toBe('status');
    await context.library.search('leeg');
    await settle();
    expect(screen.getByText('Geen documenten gevonden voor deze zoekopdracht.')).toBeTruthy();
    expect(hints().textContent?.trim()).toBe('');
    await context.library.search('stikstof van:2025 tot:2024');
    await settle();
    expect(hints().textContent).toContain('De datum bij van: ligt na die bij tot:.');
    await context.library.search('genocide or PFAS');
    await settle();
    expect(hints().textContent).toContain('Bedoelt u OR? Schrijf OR in hoofdletters om één van beide woorden te zoeken.');
    expect(hints().textContent).not.toContain('van:');
    // with documents, no hint even if the text has one
    await context.library.search('van:2024-07 tot:2024-06 kabinet');
    await settle();
    expect(hints().textContent?.trim()).toBe('');
  });

  it('labels typed date and answer clauses and counts highlights in words', async () => {
    const { context } = await setup();
    await context.library.search('stikstof van:2024 tot:2024-06 beantwoord:ja');
    await settle();
    const chips = screen.getByRole('list', { name: 'Actieve filters' });
    expect(within(chips).getAllByRole('button').map((b) => b.textContent?.replace('×', '').trim())).toEqual([
      'Vanaf: 2024',
      'Tot en met: juni 2024',
      'Beantwoord: Ja',
    ]);
    const listbox = screen.getByRole('listbox', { name: 'Documenten' });
    const texts = within(listbox).getAllByRole('option').map((o) => o.textContent ?? '');
    expect(texts.some((text) => text.includes('1 markering') && !text.includes('markeringen'))).toBe(true);
    expect(texts.some((text) => text.includes('2 markeringen'))).toBe(true);
  });
});
