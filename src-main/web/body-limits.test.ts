/**
 * Request body limits per call kind (issue 11 item 7): a body over its call's limit is answered
 * with 413 and a failed Result (reason 'request-too-large') as soon as its Content-Length says so
 * or the bytes streamed in pass the limit — while the client is still sending, so the server never
 * waits for (or holds) the whole body. No timing: each test waits for the answer, an event.
 */
import { request, type ClientRequest, type IncomingMessage } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_NAMES, type ApiHandlers } from '../core/api/index.js';
import { bodyLimit, BULK_BODY_BYTES, createGate, FILE_BODY_BYTES, ORDINARY_BODY_BYTES } from './body-limits.js';
import { startWebShell, type WebShell } from './server.js';

const token = 'b'.repeat(64);
const called: string[] = [];
/** Every call answers an empty list and records its name: what reached the API. */
const handlers = Object.fromEntries(API_NAMES.map((name) => [name, async () => (called.push(name), [])])) as unknown as ApiHandlers;

let shell: WebShell;
let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'vraagbaak-body-limits-'));
  shell = await startWebShell({ handlers, rendererDir: root, token });
});

afterAll(async () => {
  await shell.close();
  await rm(root, { recursive: true, force: true });
});

interface Answer {
  status: number;
  body: string;
  /** true when the answer came while the request was still open (its body not all sent) */
  beforeBodyEnded: boolean;
}

/**
 * POSTs to `name`, writing `chunks` but ending the request only after the answer (or when `end`).
 * @param headers extra headers (a Content-Length larger than what is sent, say)
 */
function post(name: string, chunks: Buffer[], headers: Record<string, string | number> = {}, end = false): Promise<Answer> {
  return new Promise((resolve, reject) => {
    let ended = false;
    const req: ClientRequest = request(
      { host: '127.0.0.1', port: shell.port, method: 'POST', path: `/api/${name}`, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...headers } },
      (res: IncomingMessage) => {
        const beforeBodyEnded = !ended;
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, body, beforeBodyEnded });
          req.destroy();
        });
      },
    );
    req.on('error', (e) => (ended ? undefined : reject(e)));
    for (const chunk of chunks) req.write(chunk);
    if (end) {
      ended = true;
      req.end();
    }
  });
}

const json = (text: string): Buffer => Buffer.from(text, 'utf8');

describe('bodyLimit', () => {
  it('gives file uploads 100 MiB, bulk calls 32 MiB and every other call 1 MiB; the server option only lowers them', () => {
    expect(bodyLimit('documents.import')).toBe(FILE_BODY_BYTES);
    expect(bodyLimit('annotations.import')).toBe(FILE_BODY_BYTES);
    expect(bodyLimit('annotations.restore')).toBe(BULK_BODY_BYTES);
    expect(bodyLimit('search.query')).toBe(ORDINARY_BODY_BYTES);
    expect(bodyLimit('tags.create')).toBe(ORDINARY_BODY_BYTES);
    expect(bodyLimit('documents.import', 64)).toBe(64);
  });
});

describe('the browser shell refuses a body over its call limit before reading it all', () => {
  it('by its Content-Length: 413 with reason request-too-large, while the body is still being sent', async () => {
    called.length = 0;
    const answer = await post('search.query', [json('{"query":"')], { 'Content-Length': ORDINARY_BODY_BYTES + 1 });
    expect(answer.status).toBe(413);
    expect(answer.beforeBodyEnded).toBe(true);
    expect(JSON.parse(answer.body)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', details: { reason: 'request-too-large', call: 'search.query', limitMegabytes: 1 } },
    });
    expect(called).toEqual([]);
  });

  it('a declared 200 MiB import is refused at once too', async () => {
    const answer = await post('documents.import', [json('{"files":[')], { 'Content-Length': 200 * 1024 * 1024 });
    expect(answer).toMatchObject({ status: 413, beforeBodyEnded: true });
    expect(JSON.parse(answer.body)).toMatchObject({ error: { details: { reason: 'request-too-large', call: 'documents.import', limitMegabytes: 100 } } });
  });

  it('without a Content-Length (chunked), by counting: refused once the bytes pass the limit, before the end', async () => {
    called.length = 0;
    const piece = Buffer.alloc(256 * 1024, 0x20); // JSON white space
    const answer = await post('tags.create', [json('{"name":"x"'), ...Array.from({ length: 5 }, () => piece)]);
    expect(answer).toMatchObject({ status: 413, beforeBodyEnded: true });
    expect(JSON.parse(answer.body)).toMatchObject({ error: { details: { reason: 'request-too-large', call: 'tags.create' } } });
    expect(called).toEqual([]);
  });

  it('lets a body over 1 MiB through for an import, and a small body for any call', async () => {
    called.length = 0;
    const big = json(JSON.stringify({ files: [{ name: 'a.txt', contentBase64: 'A'.repeat(2 * 1024 * 1024) }] }));
    const imported = await post('documents.import', [big], {}, true);
    expect(imported.status).toBe(200);
    const small = await post('documents.list', [json('{}')], {}, true);
    expect(small.status).toBe(200);
    expect(called).toEqual(['documents.import', 'documents.list']);
  });
});

describe('createGate', () => {
  it('runs work one at a time, in order, also after a failure', async () => {
    const gate = createGate();
    const log: string[] = [];
    let release!: () => void;
    const first = gate.run(async () => {
      log.push('first start');
      await new Promise<void>((r) => (release = r));
      log.push('first end');
      throw new Error('first failed');
    });
    const second = gate.run(async () => {
      log.push('second');
      return 2;
    });
    await Promise.resolve();
    expect(log).toEqual(['first start']);
    release();
    await expect(first).rejects.toThrow('first failed');
    await expect(second).resolves.toBe(2);
    expect(log).toEqual(['first start', 'first end', 'second']);
  });
});
