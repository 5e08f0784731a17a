import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './security-policy.js';

type Handler = (request: Request) => Promise<Response>;

// Electron's protocol module, recorded: the handler app-protocol.ts registers is then called with real Requests
const electron = vi.hoisted(() => ({
  schemes: [] as unknown[],
  handlers: new Map<string, Handler>(),
}));
vi.mock('electron', () => ({
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => electron.schemes.push(...schemes),
    handle: (scheme: string, handler: Handler) => electron.handlers.set(scheme, handler),
  },
}));

const { registerAppScheme, serveAppProtocol } = await import('./app-protocol.js');

describe('the app protocol as Electron sees it', () => {
  let dir: string;
  let handler: Handler;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'vraagbaak-app-scheme-'));
    const renderer = path.join(dir, 'dist-renderer');
    await mkdir(path.join(renderer, 'assets'), { recursive: true });
    await writeFile(path.join(renderer, 'index.html'), '<!doctype html><title>Vraagbaak</title>');
    await writeFile(path.join(renderer, 'assets', 'index-abc.js'), 'export {};');
    await writeFile(path.join(dir, 'catalog.json'), '{"secret":true}');
    registerAppScheme();
    serveAppProtocol(renderer);
    const registered = electron.handlers.get('app');
    if (!registered) throw new Error('no handler registered for app:');
    handler = registered;
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('registers app: as a standard, secure scheme', () => {
    expect(electron.schemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
    ]);
  });

  it('serves the renderer files with their type and the CSP', async () => {
    const page = await handler(new Request('app://vraagbaak/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('<title>Vraagbaak</title>');
    const script = await handler(new Request('app://vraagbaak/assets/index-abc.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const head = await handler(new Request('app://vraagbaak/index.html', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('answers 404, with the CSP, for anything outside the renderer and for writes', async () => {
    for (const request of [
      new Request('app://vraagbaak/..%2Fcatalog.json'),
      new Request('app://vraagbaak/assets/..%2F..%2Fcatalog.json'),
      new Request('app://vraagbaak/missing.js'),
      new Request('app://other/index.html'),
      new Request('app://vraagbaak/index.html', { method: 'POST', body: 'x' }),
    ]) {
      const response = await handler(request);
      expect(response.status, `${request.method} ${request.url}`).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(await response.text()).not.toContain('secret');
    }
  });
});
