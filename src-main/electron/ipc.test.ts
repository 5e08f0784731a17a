import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_NAMES, channelFor } from '../core/api/names.js';
import type { Result } from '../core/api/result.js';
import type { AppInfo } from '../core/api/types.js';
import type { DocumentSummary, Tag } from '../core/model/index.js';
import { createChromiumPrinter } from '../pdf/chromium-printer.js';
import { openVraagbaak, type Vraagbaak } from '../services/index.js';
import { bindIpc, type IpcInvokeEventLike, type IpcMainLike } from './ipc.js';
import { APP_INDEX_URL, createAppUrlCheck, createTrustedSenderCheck, type SenderFrameLike } from './security-policy.js';

const REPO = path.resolve(import.meta.dirname, '../..');
const APP_FRAME: SenderFrameLike = { url: `${APP_INDEX_URL}#/library`, parent: null };

type Listener = (event: IpcInvokeEventLike, ...args: unknown[]) => Promise<unknown>;

/** Stands in for Electron's ipcMain (the one fake here): records handlers, invokes them like a renderer. */
class FakeIpcMain implements IpcMainLike {
  readonly listeners = new Map<string, Listener>();

  handle(channel: string, listener: Listener): void {
    if (this.listeners.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.listeners.set(channel, listener);
  }

  /** Like `ipcRenderer.invoke(channel, input)` from `frame`. */
  invoke<T>(channel: string, input: unknown, frame: SenderFrameLike | null = APP_FRAME): Promise<Result<T>> {
    const listener = this.listeners.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    return listener({ senderFrame: frame }, input) as Promise<Result<T>>;
  }
}

describe('bindIpc on the real services', () => {
  let dir: string;
  let vraagbaak: Vraagbaak;
  const ipcMain = new FakeIpcMain();
  let bound: string[];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'vraagbaak-ipc-'));
    vraagbaak = await openVraagbaak({
      archiveDir: path.join(dir, 'archive'),
      printer: createChromiumPrinter(), // launches a browser only when printing, which no test here does
      shell: 'electron',
      version: '9.9.9-test',
      sampleDir: path.join(REPO, 'data', 'samples'),
    });
    const isAppUrl = createAppUrlCheck({ kind: 'app', rendererDir: path.join(REPO, 'dist-renderer') });
    bound = bindIpc(ipcMain, vraagbaak.handlers, createTrustedSenderCheck(isAppUrl));
  });

  afterAll(async () => {
    await vraagbaak.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('binds every contract entry on its own channel, and nothing else', () => {
    expect(bound).toEqual([...API_NAMES]);
    expect([...ipcMain.listeners.keys()].sort()).toEqual(API_NAMES.map(channelFor).sort());
  });

  it('answers the app window with the services’ results', async () => {
    const info = await ipcMain.invoke<AppInfo>(channelFor('app.info'), {});
    expect(info).toMatchObject({ ok: true, value: { shell: 'electron', version: '9.9.9-test', readOnly: false, index: { state: 'ready' } } });
    const list = await ipcMain.invoke<DocumentSummary[]>(channelFor('documents.list'), undefined);
    expect(list.ok).toBe(true);
    // the built-in samples were seeded into the fresh archive
    if (list.ok) expect(list.value.length).toBeGreaterThan(0);
  });

  it('refuses untrusted senders before any handler runs', async () => {
    const frames: (SenderFrameLike | null)[] = [
      null, // the frame navigated away or was destroyed
      { url: APP_FRAME.url, parent: { url: APP_FRAME.url } }, // an iframe inside our page
      { url: 'https://example.org/', parent: null },
      { url: pathToFileURL(path.join(REPO, 'dist-renderer', 'index.html')).href, parent: null }, // the old file: page
      { url: 'app://vraagbaak/assets/evil.html', parent: null },
    ];
    for (const frame of frames) {
      const result = await ipcMain.invoke<Tag>(channelFor('tags.create'), { name: 'Stikstof' }, frame);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', details: { reason: 'untrusted-sender' } } });
    }
    const tags = await ipcMain.invoke<Tag[]>(channelFor('tags.list'), {});
    expect(tags.ok && tags.value.map((t) => t.name)).toEqual([]);
  });

  it('turns invalid input and service errors into { ok: false } instead of rejecting', async () => {
    const wrongType = await ipcMain.invoke(channelFor('documents.get'), { id: 42 });
    expect(wrongType).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const missing = await ipcMain.invoke(channelFor('tags.create'), {});
    expect(missing).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const notAnObject = await ipcMain.invoke(channelFor('search.query'), 'stikstof');
    expect(notAnObject).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const unknown = await ipcMain.invoke(channelFor('documents.get'), { id: 'no-such-document' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('runs valid calls from the app window end to end', async () => {
    const created = await ipcMain.invoke<Tag>(channelFor('tags.create'), { name: 'Stikstof' });
    expect(created).toMatchObject({ ok: true, value: { name: 'Stikstof' } });
    const tags = await ipcMain.invoke<Tag[]>(channelFor('tags.list'), {});
    expect(tags.ok && tags.value.map((t) => t.name)).toEqual(['Stikstof']);
  });
});
