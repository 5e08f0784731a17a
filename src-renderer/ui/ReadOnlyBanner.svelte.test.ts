// @vitest-environment jsdom
/**
 * The read-only banner: main's code and parameters become a Dutch (or English) sentence with no
 * English in the Dutch one; "restore the newest good backup" calls the API and reloads on success,
 * says so when the archive stays read-only. The API is a small stand-in for main.
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppInfo } from '../../src-main/core/api/types.js';
import { locale } from '../lib/locale.svelte.js';
import ReadOnlyBanner from './ReadOnlyBanner.svelte';

afterEach(() => locale.set('nl'));

const damaged: AppInfo = {
  version: 't', archivePath: '/a', documentCount: 1, shell: 'web', index: { state: 'ready', done: 1, total: 1 },
  readOnly: true,
  readOnlyReason: 'The archive file /a/workspace.json is damaged (it is not valid JSON). The archive was opened read-only so nothing gets overwritten.',
  readOnlyCode: 'file-damaged',
  readOnlyParams: { file: 'workspace.json', backup: 'backups/2026-03-02T09-00-00-000Z/workspace.json', more: 0 },
  canRestoreBackup: true,
};

describe('ReadOnlyBanner', () => {
  it('says in Dutch which file is damaged and which backup is good, without main\'s English', () => {
    render(ReadOnlyBanner, { props: { info: damaged, restoreBackup: () => Promise.resolve({ ok: true, value: { restored: 1, readOnly: false } }) } });
    const text = screen.getByRole('alert').textContent ?? '';
    expect(text).toContain('Het archiefbestand workspace.json is beschadigd');
    expect(text).toContain('backups/2026-03-02T09-00-00-000Z/workspace.json');
    expect(text).not.toMatch(/damaged|read-only|overwritten|backup is/);
    expect(screen.getByRole('button', { name: 'Nieuwste goede reservekopie terugzetten' })).toBeTruthy();
  });

  it('restores through the API and reloads when the archive is writable again; says so when it is not', async () => {
    let reloaded = 0;
    let answer = { restored: 1, readOnly: false };
    render(ReadOnlyBanner, { props: { info: damaged, restoreBackup: () => Promise.resolve({ ok: true, value: answer }), onRestored: () => reloaded++ } });
    await fireEvent.click(screen.getByRole('button'));
    await screen.findByRole('button', { name: 'Nieuwste goede reservekopie terugzetten' });
    expect(reloaded).toBe(1);
    answer = { restored: 1, readOnly: true };
    await fireEvent.click(screen.getByRole('button'));
    expect((await screen.findByText(/nog alleen-lezen/)).textContent).toContain('reservekopie is teruggezet');
    expect(reloaded).toBe(1);
  });

  it('offers no restore when a damaged file has no good backup', () => {
    locale.set('en');
    render(ReadOnlyBanner, { props: { info: { ...damaged, readOnlyCode: 'file-damaged-no-backup', readOnlyParams: { file: 'catalog.json', more: 1 }, canRestoreBackup: false }, restoreBackup: () => Promise.reject(new Error('not called')) } });
    expect(screen.getByRole('alert').textContent).toContain('The archive file catalog.json is damaged and has no good backup');
    expect(screen.queryByRole('button')).toBeNull();
  });
});
