/**
 * Wires the `app://vraagbaak/` protocol (app-protocol-policy.ts) into Electron: the scheme is
 * registered as privileged before 'ready', and once ready every request on it is answered from the
 * built renderer folder only, with the CSP header; anything else is a 404.
 */
import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { appResponseHeaders, rendererContentType, resolveAppFile } from './app-protocol-policy.js';
import { APP_SCHEME } from './security-policy.js';

/**
 * Registers `app:` as a standard, secure scheme with fetch and CORS support (module scripts are
 * fetched in CORS mode). Must run before the app's 'ready' event, once.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
  ]);
}

/** A plain-text 404 that still carries the CSP and nosniff. */
function notFound(): Response {
  return new Response('Not found', { status: 404, headers: appResponseHeaders('text/plain; charset=utf-8') });
}

/**
 * Serves `app://vraagbaak/<path>` from `rendererDir` on the default session (after 'ready'). Only
 * GET/HEAD of a renderer file inside the folder get a 200; traversal, symlinks out of the folder,
 * unknown types and other hosts get a 404 (resolveAppFile).
 * @param rendererDir dist-renderer (inside app.asar when packaged)
 */
export function serveAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return notFound();
    const file = await resolveAppFile(rendererDir, request.url);
    const contentType = file === null ? null : rendererContentType(file);
    if (file === null || contentType === null) return notFound();
    try {
      const body = request.method === 'HEAD' ? null : await readFile(file);
      return new Response(body, { status: 200, headers: appResponseHeaders(contentType) });
    } catch {
      return notFound();
    }
  });
}
