/**
 * The web-security decisions of the Electron shell as plain functions of strings, so they can be
 * unit-tested without the Electron binary: which URL is "our app", which external links may leave
 * the app, and the Content-Security-Policy. security.ts wires them into Electron.
 */
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

/** The scheme of the app's own protocol (app-protocol.ts), without the colon. */
export const APP_SCHEME = 'app';
/** The one host the app protocol serves. */
export const APP_HOST = 'vraagbaak';
/** The URL the main window loads: the built renderer's index.html on the app protocol. */
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Where the renderer is loaded from: the built renderer folder, served as `app://vraagbaak/`
 * (app-protocol.ts), or Vite's dev server (development only).
 */
export type RendererEntry = { kind: 'app'; rendererDir: string } | { kind: 'dev'; url: string };

/** Parses `url`, or returns null when it is not an absolute URL. */
function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Parses `url` when it is on the app protocol's scheme and host (host compared case-insensitively,
 * as Chromium lower-cases a standard scheme's host), else null.
 */
export function parseAppUrl(url: string): URL | null {
  const parsed = parseUrl(url);
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host.toLowerCase() === APP_HOST ? parsed : null;
}

/** True when `url` is the app page, `app://vraagbaak/index.html` (any query or hash: client-side routes). */
export function isAppPageUrl(url: string): boolean {
  return parseAppUrl(url)?.pathname === '/index.html';
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
 * Builds the predicate "is this URL our own renderer page?": for the app protocol exactly
 * `app://vraagbaak/index.html` (hash and query ignored, so client-side routes pass); for the dev
 * server the same origin. Used to lock navigation and to trust IPC senders.
 */
export function createAppUrlCheck(entry: RendererEntry): (url: string) => boolean {
  if (entry.kind === 'app') return isAppPageUrl;
  const origin = new URL(entry.url).origin;
  return (url) => parseUrl(url)?.origin === origin;
}

/** What to do with a navigation of the app window: stay (our page), hand the URL to the OS, or drop it. */
export type NavigationAction = 'allow' | 'open-external' | 'refuse';

/**
 * The navigation rule of every webContents: our own page may load (`allow`); an `https:`/`mailto:`
 * link leaves the app through the OS (`open-external`, shell.openExternal); anything else —
 * `file:`, `javascript:`, another `app:` path or host, http — is refused. New windows are never
 * created: a window.open or target=_blank link gets the same decision with `allow` read as `refuse`.
 */
export function navigationAction(url: string, isAppUrl: (url: string) => boolean): NavigationAction {
  if (isAppUrl(url)) return 'allow';
  return isAllowedExternalUrl(url) ? 'open-external' : 'refuse';
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
