import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_NAMES } from '../core/api/index.js';
import { createChromiumPrinter } from '../pdf/chromium-printer.js';
import { openVraagbaak } from '../services/index.js';
import { boundApiNames } from './api-route.js';
import { CONTENT_SECURITY_POLICY } from './security.js';
import { startWebShell, type WebShell } from './server.js';
import { RENDERER_MISSING_MESSAGE } from './static-files.js';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request (node:http keeps the path as given, so "/../x" reaches the server). */
function send(port: number, method: string, urlPath: string, headers: Record<string, string> = {}, body?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path: urlPath, headers: { Host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (data += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: data }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('startWebShell', () => {
  let root: string;
  let rendererDir: string;
  let shell: WebShell;
  let services: Awaited<ReturnType<typeof openVraagbaak>>;
  const token = 'a'.repeat(64);

  const api = (name: string, input: unknown, extra: Record<string, string> = {}) =>
    send(shell.port, 'POST', `/api/${name}`, { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...extra }, JSON.stringify(input));

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'vraagbaak-web-'));
    rendererDir = path.join(root, 'dist-renderer');
    await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
    await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Vraagbaak</title>');
    await writeFile(path.join(rendererDir, 'assets', 'app-abc123.js'), 'console.log(1);');
    await writeFile(path.join(root, 'secret.txt'), 'outside the renderer');
    services = await openVraagbaak({ archiveDir: path.join(root, 'archive'), printer: createChromiumPrinter(), shell: 'web', version: '0.0.0-test' });
    shell = await startWebShell({ handlers: services.handlers, rendererDir, token });
  });

  afterAll(async () => {
    await shell.close();
    await services.close();
    await rm(root, { recursive: true, force: true });
  });

  it('prints a loopback URL that carries the token in the fragment', () => {
    expect(shell.url).toBe(`http://127.0.0.1:${shell.port}/#token=${token}`);
    expect(shell.port).toBeGreaterThan(0);
  });

  it('answers documents.list with an ok Result', async () => {
    const reply = await api('documents.list', {});
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: [] });
  });

  it('rejects API calls without the token, or with a wrong one, with 401', async () => {
    expect((await send(shell.port, 'POST', '/api/documents.list', {}, '{}')).status).toBe(401);
    expect((await api('documents.list', {}, { Authorization: `Bearer ${'b'.repeat(64)}` })).status).toBe(401);
    expect((await api('documents.list', {}, { Authorization: `Bearer ${token.slice(1)}` })).status).toBe(401);
  });

  it('rejects a foreign Host header (DNS rebinding) and a foreign Origin with 403', async () => {
    expect((await api('documents.list', {}, { Host: `evil.example:${shell.port}` })).status).toBe(403);
    expect((await send(shell.port, 'GET', '/', { Host: 'evil.example' })).status).toBe(403);
    expect((await api('documents.list', {}, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('documents.list', {}, { Host: `localhost:${shell.port}`, Origin: `http://localhost:${shell.port}` })).status).toBe(200);
  });

  it('turns invalid input into { ok: false, error.code: invalid-input }', async () => {
    const reply = await api('documents.get', { id: 42 });
    expect(reply.status).toBe(200);
    const result = JSON.parse(reply.body) as { ok: boolean; error: { code: string } };
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('invalid-input');
    const malformed = await send(shell.port, 'POST', '/api/documents.list', { Authorization: `Bearer ${token}` }, '{not json');
    expect(JSON.parse(malformed.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('binds every contract entry: no API name is unknown over HTTP', async () => {
    expect([...boundApiNames()].sort()).toEqual([...API_NAMES].sort());
    for (const name of API_NAMES) {
      const reply = await api(name, {});
      expect(reply.status, name).toBe(200);
      const result = JSON.parse(reply.body) as { ok: boolean; error?: { message: string } };
      expect(result.error?.message ?? '', name).not.toMatch(/Unknown API call/);
    }
    expect((await api('documents.nope', {})).status).toBe(404);
  });

  it('allows only POST for the API and only GET/HEAD for files (405)', async () => {
    const get = await send(shell.port, 'GET', '/api/documents.list', { Authorization: `Bearer ${token}` });
    expect(get.status).toBe(405);
    expect(get.headers['allow']).toBe('POST');
    expect((await send(shell.port, 'POST', '/index.html', {}, '')).status).toBe(405);
  });

  it('refuses bodies over the limit with 413', async () => {
    const small = await startWebShell({ handlers: services.handlers, rendererDir, token, maxBodyBytes: 64 });
    try {
      const reply = await send(small.port, 'POST', '/api/documents.list', { Authorization: `Bearer ${token}` }, JSON.stringify({ pad: 'x'.repeat(200) }));
      expect(reply.status).toBe(413);
    } finally {
      await small.close();
    }
  });

  it('serves the renderer with content types, caching and the CSP on every response', async () => {
    const index = await send(shell.port, 'GET', '/');
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['cache-control']).toBe('no-cache');
    const asset = await send(shell.port, 'GET', '/assets/app-abc123.js?v=1');
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(asset.headers['cache-control']).toContain('immutable');
    const head = await send(shell.port, 'HEAD', '/assets/app-abc123.js');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    for (const reply of [index, asset, await api('documents.list', {}), await send(shell.port, 'GET', '/nope')]) {
      expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
      expect(reply.headers['referrer-policy']).toBe('no-referrer');
    }
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/%00', '/assets', '/%E0%A4%A'])(
    'answers %s with 404, never a file outside the renderer',
    async (urlPath) => {
      const reply = await send(shell.port, 'GET', urlPath);
      expect(reply.status).toBe(404);
      expect(reply.body).not.toContain('outside the renderer');
    },
  );

  it('explains how to build the renderer when dist-renderer/index.html is missing', async () => {
    const bare = await startWebShell({ handlers: services.handlers, rendererDir: path.join(root, 'not-built'), token });
    try {
      const reply = await send(bare.port, 'GET', '/');
      expect(reply.status).toBe(503);
      expect(reply.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(reply.body).toBe(RENDERER_MISSING_MESSAGE);
      expect(reply.body).toContain('npm run build:renderer');
    } finally {
      await bare.close();
    }
  });
});
