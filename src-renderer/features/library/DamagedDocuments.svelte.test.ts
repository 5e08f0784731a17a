// @vitest-environment jsdom
/**
 * Damaged document files in the library: a "beschadigd" mark on their rows and a count above the
 * list, and one action that repairs each through `documents.repair`, after which the list reloads
 * without the mark. The API is a small stand-in for main.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { expect, it } from 'vitest';
import type { ApiClient } from '../../../src-main/core/api/contract.js';
import type { BrowseResult } from '../../../src-main/core/api/types.js';
import type { DocumentSummary } from '../../../src-main/core/model/document.js';
import { createAppContext } from '../../state/create.js';
import { installResizeObserver, noFacets, ok, testSummary } from './test-library.js';
import LibraryPanelTestHost from './LibraryPanelTestHost.svelte';

installResizeObserver();

it('marks damaged rows, counts them, and repairs them with one action', async () => {
  const damaged = new Set(['doc-2', 'doc-3']);
  const repaired: string[] = [];
  const summaries = (): DocumentSummary[] =>
    [1, 2, 3].map((i) => testSummary(i, 'vragen over stikstof')).map((s) => (damaged.has(s.id) ? { ...s, damaged: true as const } : s));
  const api = {
    'documents.list': () => ok(summaries()),
    'search.browse': (): Promise<unknown> => ok<BrowseResult>({ total: 3, documentIds: ['doc-1', 'doc-2', 'doc-3'], facets: noFacets, approximate: false }),
    'search.query': () => ok([]),
    'searches.list': () => ok([]),
    'documents.repair': ({ id }: { id: string }) => {
      damaged.delete(id);
      repaired.push(id);
      return ok(summaries().find((s) => s.id === id));
    },
  } as unknown as ApiClient;
  const context = createAppContext(api, 'web');
  render(LibraryPanelTestHost, { props: { context } });
  await context.library.load();
  await waitFor(() => expect(screen.getByText('2 documenten zijn beschadigd.')).toBeTruthy());
  const rows = screen.getAllByRole('option');
  expect(rows.filter((row) => within(row).queryByText('beschadigd') !== null)).toHaveLength(2);

  await fireEvent.click(screen.getByRole('button', { name: 'Herstellen uit het origineel' }));
  await waitFor(() => expect(repaired).toEqual(['doc-2', 'doc-3']));
  await waitFor(() => expect(screen.queryByText(/beschadigd/)).toBeNull());
});
