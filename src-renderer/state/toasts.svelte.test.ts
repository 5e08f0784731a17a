/**
 * Toasts: the same error (or the same plain message) is shown once while it is still visible, so two
 * failed calls of one search give one "Geen verbinding met Vraagbaak." toast.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiError } from '../../src-main/core/api/result.js';
import { ToastsState } from './toasts.svelte.js';

const offline: ApiError = { code: 'internal', message: 'Failed to fetch', details: { transport: true, status: 0 } };

describe('ToastsState', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows an identical error once while it is visible, and again after it went', () => {
    const toasts = new ToastsState();
    const first = toasts.error(offline);
    expect(toasts.error({ ...offline, message: 'Failed to fetch' })).toBe(first);
    expect(toasts.all).toHaveLength(1);
    expect(toasts.all[0]!.text()).toBe('Geen verbinding met Vraagbaak.');
    vi.advanceTimersByTime(20_001);
    expect(toasts.all).toHaveLength(0);
    toasts.error(offline);
    expect(toasts.all).toHaveLength(1);
  });

  it('keeps different errors and toasts with an action apart', () => {
    const toasts = new ToastsState();
    toasts.error(offline);
    toasts.error({ code: 'not-found', message: '', details: {} });
    toasts.info(() => 'Verwijderd.', { label: () => 'Ongedaan maken', run: () => undefined });
    toasts.info(() => 'Verwijderd.', { label: () => 'Ongedaan maken', run: () => undefined });
    expect(toasts.all).toHaveLength(4);
  });
});
