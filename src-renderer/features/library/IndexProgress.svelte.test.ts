// @vitest-environment jsdom
/**
 * The search index's progress in the library column after open: the text in both languages with
 * grouped numbers, the progress bar's values for assistive technology, the error when it failed;
 * and the polling of `app.info` until the index is ready. The API is a small stand-in for main.
 */
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../src-main/core/api/contract.js';
import type { AppInfo, IndexStatus } from '../../../src-main/core/api/types.js';
import { locale } from '../../lib/locale.svelte.js';
import { AppState } from '../../state/app.svelte.js';
import IndexProgress from './IndexProgress.svelte';

afterEach(() => locale.set('nl'));

describe('IndexProgress', () => {
  it('shows a rebuild as documents done of all, in Dutch and English, with the bar’s values', () => {
    locale.set('nl');
    const view = render(IndexProgress, { props: { status: { state: 'rebuilding', done: 1234, total: 30000 } } });
    expect(screen.getByRole('status').textContent).toBe('Zoekindex opbouwen: 1.234 van 30.000 documenten');
    const bar = screen.getByRole('progressbar', { name: 'Zoekindex opbouwen: 1.234 van 30.000 documenten' });
    expect(bar.getAttribute('aria-valuenow')).toBe('1234');
    expect(bar.getAttribute('aria-valuemax')).toBe('30000');
    view.unmount();

    locale.set('en');
    render(IndexProgress, { props: { status: { state: 'rebuilding', done: 1234, total: 30000 } } });
    expect(screen.getByRole('status').textContent).toBe('Building the search index: 1,234 of 30,000 documents');
  });

  it('shows loading the saved index without counts (an indeterminate bar), and an error when it failed', () => {
    const view = render(IndexProgress, { props: { status: { state: 'loading', done: 0, total: 0 } } });
    expect(screen.getByRole('status').textContent).toBe('Zoekindex laden…');
    expect(screen.getByRole('progressbar').hasAttribute('aria-valuenow')).toBe(false);
    view.unmount();

    render(IndexProgress, { props: { status: { state: 'failed', done: 10, total: 30000 } } });
    expect(screen.getByRole('alert').textContent).toContain('De zoekindex kon niet worden geladen of opgebouwd');
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});

describe('AppState.waitForIndex', () => {
  it('polls app.info while the index loads and stops when it is ready', async () => {
    const states: IndexStatus[] = [
      { state: 'loading', done: 0, total: 0 },
      { state: 'rebuilding', done: 100, total: 300 },
      { state: 'rebuilding', done: 300, total: 300 },
      { state: 'ready', done: 300, total: 300 },
    ];
    let calls = 0;
    const api = {
      'app.info': () => {
        const index = states[Math.min(calls++, states.length - 1)]!;
        const info: AppInfo = { version: 't', archivePath: '/a', documentCount: 300, readOnly: false, readOnlyReason: null, shell: 'web', index };
        return Promise.resolve({ ok: true, value: info });
      },
    } as unknown as ApiClient;
    const seen: (IndexStatus | null)[] = [];
    const app = new AppState(api, (e) => {
      throw new Error(e.message);
    });
    await app.load();
    expect(app.isIndexing).toBe(true);
    seen.push(app.index);
    await app.waitForIndex(1);
    expect(calls).toBe(4);
    expect(app.isIndexing).toBe(false);
    expect(app.index).toEqual({ state: 'ready', done: 300, total: 300 });
    expect(seen).toEqual([states[0]]);
  });
});
