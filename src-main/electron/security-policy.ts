/**
 * The web-security decisions of the Electron shell as plain functions of strings, so they can be
 * unit-tested without the Electron binary: which URL is "our app", which external links may leave
 * the app, and the Content-Security-Policy. security.ts wires them into Electron.
 */
import { pathToFileURL } from 'node:url';

/**
 * The CSP of the renderer; identical to the browser shell's header and the meta tag in
 * src-renderer/index.html (COMMON "Shared decisions for the shells").
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

/** Schemes `shell.openExternal` may hand to the OS; everything else (file:, smb:, custom handlers) is refused. */
const EXTERNAL_PROTOCOLS: ReadonlySet<string> = new Set(['https:', 'mailto:']);

/**
 * Web permissions our own page may use: writing text to the clipboard ("copy citation" button).
 * Reading the clipboard, notifications, media, geolocation, … are all refused.
 */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

/** Where the renderer is loaded from: a built index.html on disk, or Vite's dev server. */
export type RendererEntry = { kind: 'file'; indexFile: string } | { kind: 'dev'; url: string };

/** Parses `url`, or returns null when it is not an absolute URL. */
function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True when `url` may be opened outside the app: an absolute `https:` or `mailto:` URL.
 * Parsed with `new URL`, so `javascript:`, `file:`, relative and malformed URLs are all refused.
 */
export function isAllowedExternalUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && EXTERNAL_PROTOCOLS.has(parsed.protocol);
}

/**
 * Builds the predicate "is this URL our own renderer page?": for a file entry the same `file:`
 * path as the index (hash and query ignored, so client-side routes pass); for the dev server the
 * same origin. Used both to lock navigation and to trust IPC senders.
 */
export function createAppUrlCheck(entry: RendererEntry): (url: string) => boolean {
  if (entry.kind === 'dev') {
    const origin = new URL(entry.url).origin;
    return (url) => parseUrl(url)?.origin === origin;
  }
  const expected = pathToFileURL(entry.indexFile);
  return (url) => {
    const parsed = parseUrl(url);
    return (
      parsed !== null &&
      parsed.protocol === 'file:' &&
      parsed.host === expected.host &&
      decodeURIComponent(parsed.pathname) === decodeURIComponent(expected.pathname)
    );
  };
}

/** The parts of an IPC sender frame the trust check reads (Electron's WebFrameMain fits). */
export interface SenderFrameLike {
  readonly url: string;
  readonly parent: unknown;
}

/**
 * Builds the IPC sender check (after VS Code's `validateEvent`): the frame must exist, be a top
 * frame (`parent === null`) and show our app's URL.
 */
export function createTrustedSenderCheck(isAppUrl: (url: string) => boolean): (frame: SenderFrameLike | null) => boolean {
  return (frame) => frame !== null && frame.parent === null && isAppUrl(frame.url);
}

/**
 * True when the page at `pageUrl` may have `permission` (an Electron permission name): only our
 * app page, and only the permissions in the allow-list.
 */
export function isAllowedPermission(permission: string, pageUrl: string, isAppUrl: (url: string) => boolean): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isAppUrl(pageUrl);
}
