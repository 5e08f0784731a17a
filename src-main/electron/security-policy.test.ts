import { describe, expect, it } from 'vitest';
import path from 'node:path';
import {
  APP_INDEX_URL,
  CONTENT_SECURITY_POLICY,
  createAppUrlCheck,
  createTrustedSenderCheck,
  isAllowedExternalUrl,
  isAllowedPermission,
  navigationAction,
} from './security-policy.js';

describe('isAllowedExternalUrl', () => {
  it('allows https and mailto only', () => {
    expect(isAllowedExternalUrl('https://www.tweedekamer.nl/kamerstukken')).toBe(true);
    expect(isAllowedExternalUrl('mailto:griffie@tweedekamer.nl')).toBe(true);
    for (const url of [
      'http://example.org/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'smb://host/share',
      'ms-msdt:/id',
      '/relative/path',
      '',
      'https//missing-colon',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });
});

describe('createAppUrlCheck', () => {
  const isAppUrl = createAppUrlCheck({ kind: 'app', rendererDir: path.resolve('/opt/Vraagbaak/resources/app.asar/dist-renderer') });

  it('accepts app://vraagbaak/index.html with any hash or query', () => {
    expect(APP_INDEX_URL).toBe('app://vraagbaak/index.html');
    expect(isAppUrl(APP_INDEX_URL)).toBe(true);
    expect(isAppUrl(`${APP_INDEX_URL}#/documents/abc`)).toBe(true);
    expect(isAppUrl(`${APP_INDEX_URL}?x=1`)).toBe(true);
    expect(isAppUrl('app://VRAAGBAAK/index.html')).toBe(true);
  });

  it('refuses other pages, hosts, schemes and path tricks', () => {
    for (const url of [
      'app://vraagbaak/assets/index.js',
      'app://vraagbaak/',
      'app://other/index.html',
      'app://vraagbaak.evil/index.html',
      'app://vraagbaak/sub/../../index.html/x',
      'file:///opt/Vraagbaak/resources/app.asar/dist-renderer/index.html',
      'https://example.org/index.html',
      'about:blank',
      'not a url',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });

  it('matches the dev server by origin', () => {
    const isDevUrl = createAppUrlCheck({ kind: 'dev', url: 'http://localhost:5173/' });
    expect(isDevUrl('http://localhost:5173/#/reader')).toBe(true);
    expect(isDevUrl('http://localhost:5174/')).toBe(false);
    expect(isDevUrl('http://127.0.0.1:5173/')).toBe(false);
  });
});

describe('navigationAction', () => {
  const isAppUrl = createAppUrlCheck({ kind: 'app', rendererDir: '/app/dist-renderer' });

  it('lets the app page load, sends https/mailto to the OS, refuses the rest', () => {
    expect(navigationAction(`${APP_INDEX_URL}#/library`, isAppUrl)).toBe('allow');
    expect(navigationAction('https://www.tweedekamer.nl/', isAppUrl)).toBe('open-external');
    expect(navigationAction('mailto:griffie@tweedekamer.nl', isAppUrl)).toBe('open-external');
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'http://example.org/', 'app://vraagbaak/assets/x.js', 'app://x/index.html', 'data:text/html,x']) {
      expect(navigationAction(url, isAppUrl), url).toBe('refuse');
    }
  });
});

describe('createTrustedSenderCheck', () => {
  const isTrusted = createTrustedSenderCheck((url) => url === 'file:///app/index.html');

  it('trusts only the top frame on the app URL', () => {
    expect(isTrusted({ url: 'file:///app/index.html', parent: null })).toBe(true);
    expect(isTrusted({ url: 'file:///app/index.html', parent: {} })).toBe(false);
    expect(isTrusted({ url: 'https://example.org/', parent: null })).toBe(false);
    expect(isTrusted(null)).toBe(false);
  });
});

describe('isAllowedPermission', () => {
  const isAppUrl = (url: string): boolean => url === 'file:///app/index.html';

  it('lets only our page write the clipboard, and nothing else', () => {
    expect(isAllowedPermission('clipboard-sanitized-write', 'file:///app/index.html', isAppUrl)).toBe(true);
    expect(isAllowedPermission('clipboard-sanitized-write', 'https://example.org/', isAppUrl)).toBe(false);
    for (const permission of ['clipboard-read', 'notifications', 'media', 'geolocation', 'openExternal', 'unknown']) {
      expect(isAllowedPermission(permission, 'file:///app/index.html', isAppUrl), permission).toBe(false);
    }
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('is the CSP of the meta tag in src-renderer/index.html plus frame-ancestors', async () => {
    const { readFile } = await import('node:fs/promises');
    const html = await readFile(path.resolve(import.meta.dirname, '../../src-renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    // frame-ancestors is ignored in a <meta> CSP, so only the header carries it
    const header = CONTENT_SECURITY_POLICY.replace(" frame-ancestors 'none';", '');
    expect(meta).toBe(header);
  });
});
