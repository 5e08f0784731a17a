/**
 * The renderer's only door to the main process: Electron's preload bridge (`window.vraagbaak`) when
 * present, otherwise an HTTP client for the browser shell. Both are `ApiClient`s; the HTTP client is
 * derived from `API_NAMES`, so a new contract entry needs no change here.
 */
import type { ApiClient, ApiName } from '../../src-main/core/api/contract.js';
import type { Result } from '../../src-main/core/api/result.js';
import { API_NAMES } from '../../src-main/core/api/names.js';

/** sessionStorage key that keeps the browser shell's token across reloads of the tab. */
export const TOKEN_STORAGE_KEY = 'vraagbaak.token';

/** Which binding the renderer talks to. */
export type ShellKind = 'electron' | 'web';

/**
 * Reads `#token=<hex>` from the URL hash into sessionStorage and removes it from the address bar,
 * so the token does not linger in history or screenshots.
 * @returns the token from the hash, else the stored one, else null
 */
export function takeTokenFromLocation(loc: Location, storage: Storage, history: History): string | null {
  const params = new URLSearchParams(loc.hash.replace(/^#/, ''));
  const fromHash = params.get('token');
  if (fromHash) {
    storage.setItem(TOKEN_STORAGE_KEY, fromHash);
    history.replaceState(history.state, '', loc.pathname + loc.search);
    return fromHash;
  }
  return storage.getItem(TOKEN_STORAGE_KEY);
}

/** A failed Result for a transport problem (no HTTP 200, network down, non-JSON body). */
function transportFailure(status: number, message: string): Result<never> {
  return { ok: false, error: { code: 'internal', message, details: { transport: true, status } } };
}

/**
 * Builds the browser shell client: `POST <baseUrl>api/<name>` with the JSON input and the bearer
 * token; a 200 response body is the Result. Never rejects: transport errors become `{ ok: false }`
 * with `details.status` (0 when the request did not complete).
 */
export function createHttpClient(baseUrl: string, token: string | null, fetchFn: typeof fetch = fetch): ApiClient {
  const call = async (name: ApiName, input: unknown): Promise<Result<unknown>> => {
    let response: Response;
    try {
      response = await fetchFn(new URL(`api/${name}`, baseUrl), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token ?? ''}` },
        body: JSON.stringify(input ?? {}),
      });
    } catch (e) {
      return transportFailure(0, e instanceof Error ? e.message : String(e));
    }
    // 413: a body over the call's limit, answered with a failed Result (reason 'request-too-large')
    if (response.status !== 200 && response.status !== 413) return transportFailure(response.status, `HTTP ${response.status} for ${name}`);
    try {
      const result = (await response.json()) as Result<unknown>;
      return response.status === 200 || !result.ok ? result : transportFailure(response.status, `HTTP ${response.status} for ${name}`);
    } catch {
      return transportFailure(response.status, `Response for ${name} is not JSON`);
    }
  };
  const entries = API_NAMES.map((name) => [name, (input: unknown) => call(name, input)] as const);
  return Object.fromEntries(entries) as unknown as ApiClient;
}

/** The binding in use, decided once at start-up. */
export function detectShell(win: Window): ShellKind {
  return win.vraagbaak ? 'electron' : 'web';
}

/**
 * The client for this window: the preload bridge in Electron, else the HTTP client against the
 * page's own origin with the token from the URL hash or sessionStorage.
 */
export function createApi(win: Window = window): ApiClient {
  if (win.vraagbaak) return win.vraagbaak;
  const token = takeTokenFromLocation(win.location, win.sessionStorage, win.history);
  return createHttpClient(new URL('/', win.location.href).href, token);
}
