// @vitest-environment jsdom
/**
 * The virtualised document list with 30,000 documents: only a window of rows is in the DOM, the
 * listbox says how many there are, and the keyboard reaches the last row. The API is a small
 * in-memory stand-in for the main process (this tests the renderer, not the search engine).
 */
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../src-main/core/api/contract.js';
import type { BrowseResult, SearchHit } from '../../../src-main/core/api/types.js';
import type { DocumentSummary } from '../../../src-main/core/model/document.js';
import { createAppContext } from '../../state/create.js';
import { installResizeObserver, noFacets, ok, testSummary } from './test-library.js';
import { OVERSCAN_ROWS } from './row-layout.js';
import LibraryTestHost from './LibraryTestHost.svelte';

const COUNT = 30_000;

installResizeObserver();

const summary = (i: number): DocumentSummary => testSummary(i, 'vragen over onderwerp');

const summaries = Array.from({ length: COUNT }, (_, i) => summary(i));

function fakeApi(): ApiClient {
  const browse = (query: string): BrowseResult => {
    const ids = query === '' ? summaries.map((s) => s.id) : ['doc-7', 'doc-3'];
    return { total: ids.length, documentIds: ids, facets: noFacets, approximate: false };
  };
  const hit: SearchHit = {
    documentId: 'doc-3',
    documentTitle: null,
    part: { type: 'answer', index: 1 },
    annotationId: null,
    snippet: 'het kabinet zegt',
    marks: [{ start: 4, end: 11 }],
    score: 1,
  };
  return {
    'documents.list': () => ok(summaries),
    'search.browse': ({ query }: { query: string }) => ok(browse(query)),
    'search.query': () => ok([hit]),
    'searches.list': () => ok([]),
    'documents.get': () => Promise.resolve({ ok: false, error: { code: 'not-found', message: 'no', details: {} } }),
  } as unknown as ApiClient;
}

async function setup() {
  const context = createAppContext(fakeApi(), 'web');
  render(LibraryTestHost, { props: { context } });
  await context.library.load();
  await tick();
  return { context, listbox: screen.getByRole('listbox', { name: 'Documenten' }) };
}

describe('DocumentList', () => {
  it('keeps only a window of 30,000 rows in the DOM and reaches the end by keyboard', async () => {
    const { listbox } = await setup();
    const options = () => within(listbox).getAllByRole('option');
    expect(options().length).toBeLessThanOrEqual(2 + 2 * OVERSCAN_ROWS);
    expect(options()[0]!.getAttribute('aria-setsize')).toBe(String(COUNT));
    expect(listbox.getAttribute('aria-activedescendant')).toBe('document-row-0');

    await fireEvent.keyDown(listbox, { key: 'End' });
    const last = document.getElementById(listbox.getAttribute('aria-activedescendant')!);
    expect(last?.getAttribute('aria-posinset')).toBe(String(COUNT));
    expect(last?.getAttribute('aria-selected')).toBe('true');
    expect(last?.textContent).toContain(`onderwerp ${String(COUNT - 1)}`);
    expect(options().length).toBeLessThanOrEqual(3 + 2 * OVERSCAN_ROWS);

    await fireEvent.keyDown(listbox, { key: 'ArrowUp' });
    expect(listbox.getAttribute('aria-activedescendant')).toBe(`document-row-${String(COUNT - 2)}`);
  });

  it('lists a query in browse order with the best hit on its row', async () => {
    const { context, listbox } = await setup();
    await context.library.search('kabinet');
    await tick();
    const rows = within(listbox).getAllByRole('option');
    expect(rows.map((r) => r.getAttribute('aria-posinset'))).toEqual(['1', '2']);
    expect(rows[0]!.textContent).toContain('onderwerp 7');
    expect(rows[1]!.querySelector('mark')?.textContent).toBe('kabinet');
    expect(rows[1]!.textContent).toContain('Antwoord 2');
  });
});
