// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { API_NAMES } from '../../src-main/core/api/names.js';
import { createHttpClient, takeTokenFromLocation, TOKEN_STORAGE_KEY } from './api.js';

/** A fetch that records requests and answers with `respond`. */
function recordingFetch(respond: () => Response) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchFn = (url: URL | RequestInfo, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    return Promise.resolve(respond());
  };
  return { calls, fetchFn: fetchFn as typeof fetch };
}

describe('createHttpClient', () => {
  it('has one method per contract name', () => {
    const client = createHttpClient('http://127.0.0.1:1/', 't');
    expect(Object.keys(client).sort()).toEqual([...API_NAMES].sort());
  });

  it('POSTs the input as JSON to /api/<name> with the bearer token and returns the Result body', async () => {
    const { calls, fetchFn } = recordingFetch(() => new Response(JSON.stringify({ ok: true, value: [] }), { status: 200 }));
    const client = createHttpClient('http://127.0.0.1:4000/', 'abc', fetchFn);
    await expect(client['search.query']({ query: 'genocide' })).resolves.toEqual({ ok: true, value: [] });
    expect(calls[0]!.url).toBe('http://127.0.0.1:4000/api/search.query');
    expect(calls[0]!.init.method).toBe('POST');
    expect((calls[0]!.init.headers as Record<string, string>)['Authorization']).toBe('Bearer abc');
    expect(JSON.parse(calls[0]!.init.body as string)).toEqual({ query: 'genocide' });
  });

  it('turns transport errors into failed Results instead of rejecting', async () => {
    const unauthorized = createHttpClient('http://x/', null, recordingFetch(() => new Response('no', { status: 401 })).fetchFn);
    await expect(unauthorized['app.info']({})).resolves.toMatchObject({ ok: false, error: { details: { transport: true, status: 401 } } });
    const offline = createHttpClient('http://x/', 't', (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch);
    await expect(offline['app.info']({})).resolves.toMatchObject({ ok: false, error: { message: 'Failed to fetch', details: { status: 0 } } });
  });
  it('passes on the failed Result of a 413 (a body over its call limit), so its reason is shown', async () => {
    const refusal = { ok: false, error: { code: 'invalid-input', message: 'too large', details: { reason: 'request-too-large', call: 'documents.import', limitMegabytes: 100 } } };
    const tooLarge = createHttpClient('http://x/', 't', recordingFetch(() => new Response(JSON.stringify(refusal), { status: 413 })).fetchFn);
    await expect(tooLarge['documents.import']({ files: [] })).resolves.toEqual(refusal);
    const plain = createHttpClient('http://x/', 't', recordingFetch(() => new Response('too large', { status: 413 })).fetchFn);
    await expect(plain['app.info']({})).resolves.toMatchObject({ ok: false, error: { details: { transport: true, status: 413 } } });
  });
});

describe('takeTokenFromLocation', () => {
  it('moves the token from the hash to sessionStorage and clears the hash', () => {
    window.history.replaceState(null, '', '/#token=0123abcd');
    expect(takeTokenFromLocation(window.location, window.sessionStorage, window.history)).toBe('0123abcd');
    expect(window.location.hash).toBe('');
    expect(window.sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBe('0123abcd');
    // after a reload the hash is gone, the stored token remains
    expect(takeTokenFromLocation(window.location, window.sessionStorage, window.history)).toBe('0123abcd');
  });
});
