/**
 * The one module for web security in the Electron shell: locked-down webPreferences for every
 * window, navigation and window-open lock, external links only for https:/mailto:, every
 * permission denied but clipboard writing by our own page, and the CSP header. The decisions themselves live in security-policy.ts.
 */
import { app, shell, type Session, type WebContents, type WebPreferences } from 'electron';
import { CONTENT_SECURITY_POLICY, isAllowedExternalUrl, isAllowedPermission, navigationAction } from './security-policy.js';

/**
 * The webPreferences every window starts from; callers may add a preload or turn JavaScript off,
 * never loosen isolation (the spread comes first, the locked keys after it).
 */
export function secureWebPreferences(extra: Pick<WebPreferences, 'preload' | 'javascript'> = {}): WebPreferences {
  return {
    ...extra,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
  };
}

/** Opens `url` in the user's browser or mail client when the allow-list permits it; else ignores it. */
function openExternalIfAllowed(url: string): void {
  if (!isAllowedExternalUrl(url)) {
    console.warn(`[security] refused to open external URL ${JSON.stringify(url.slice(0, 200))}`);
    return;
  }
  shell.openExternal(url).catch((e: unknown) => {
    console.warn(`[security] could not open ${url}: ${e instanceof Error ? e.message : String(e)}`);
  });
}

const hardenedSessions = new WeakSet<Session>();

/**
 * Denies every permission outside the allow-list (security-policy.ts) and adds the CSP header to
 * every response of `session` (once per session).
 */
function hardenSession(session: Session, isAppUrl: (url: string) => boolean): void {
  if (hardenedSessions.has(session)) return;
  hardenedSessions.add(session);
  session.setPermissionRequestHandler((contents, permission, callback) =>
    callback(isAllowedPermission(permission, contents.getURL(), isAppUrl)),
  );
  session.setPermissionCheckHandler((contents, permission) =>
    contents !== null && isAllowedPermission(permission, contents.getURL(), isAppUrl),
  );
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
        'X-Content-Type-Options': ['nosniff'],
        'Referrer-Policy': ['no-referrer'],
      },
    });
  });
}

/** Navigation and window-open lock for one webContents (after Zettlr's navigation handlers). */
function hardenWebContents(contents: WebContents, isAppUrl: (url: string) => boolean): void {
  hardenSession(contents.session, isAppUrl);
  // no window is ever created from a page: an allowed external link opens in the OS instead
  contents.setWindowOpenHandler(({ url }) => {
    if (navigationAction(url, isAppUrl) === 'open-external') openExternalIfAllowed(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    const action = navigationAction(url, isAppUrl);
    if (action === 'allow') return;
    event.preventDefault();
    if (action === 'open-external') openExternalIfAllowed(url);
    else console.warn(`[security] refused navigation to ${JSON.stringify(url.slice(0, 200))}`);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * Installs the hardening app-wide: every webContents created from now on (windows, the print
 * window, devtools) gets the navigation lock, and its session the permission and CSP handlers.
 * Call once, before the first window is created.
 * @param isAppUrl true for URLs of our own renderer page (security-policy.ts createAppUrlCheck)
 */
export function installSecurity(isAppUrl: (url: string) => boolean): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, isAppUrl));
}
