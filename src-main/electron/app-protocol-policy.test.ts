import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRequestSegments, appResponseHeaders, rendererContentType, resolveAppFile } from './app-protocol-policy.js';
import { CONTENT_SECURITY_POLICY } from './security-policy.js';

describe('appRequestSegments', () => {
  it('maps app://vraagbaak/ paths to segments, "/" to index.html', () => {
    expect(appRequestSegments('app://vraagbaak/index.html#/library')).toEqual(['index.html']);
    expect(appRequestSegments('app://vraagbaak/')).toEqual(['index.html']);
    expect(appRequestSegments('app://vraagbaak/assets/index-9Z0lFJwG.js?v=1')).toEqual(['assets', 'index-9Z0lFJwG.js']);
    expect(appRequestSegments('app://vraagbaak/assets/r%C3%A9%C3%BCnie.css')).toEqual(['assets', 'réünie.css']);
  });

  it('refuses other hosts and schemes, and every spelling of a way out', () => {
    for (const url of [
      'app://other/index.html',
      'file:///etc/passwd',
      'https://vraagbaak/index.html',
      'app://vraagbaak/assets/..%2F..%2F..%2Fetc%2Fpasswd',
      'app://vraagbaak/%2e%2e%5c%2e%2e%5cwindows%5cwin.ini',
      'app://vraagbaak/assets/%2Fetc%2Fpasswd',
      'app://vraagbaak/index.html%00.js',
      'app://vraagbaak/C:%5Cwindows%5Cwin.ini',
      'app://vraagbaak/c%3A/windows/win.ini',
      'app://vraagbaak/assets//index.js',
      'app://vraagbaak/assets/%E0%A4%A',
      'not a url',
    ]) {
      expect(appRequestSegments(url), url).toBeNull();
    }
  });

  it('lets the URL parser resolve plain dot segments inside the origin, never above it', () => {
    // new URL() (and Chromium) resolve these before we see them: they can only name files under "/"
    expect(appRequestSegments('app://vraagbaak/../../etc/passwd')).toEqual(['etc', 'passwd']);
    expect(appRequestSegments('app://vraagbaak/assets/%2e%2e/index.html')).toEqual(['index.html']);
  });
});

describe('rendererContentType', () => {
  it('knows the types Vite writes and nothing else', () => {
    expect(rendererContentType('/r/index.html')).toBe('text/html; charset=utf-8');
    expect(rendererContentType('/r/assets/index-abc.JS')).toBe('text/javascript; charset=utf-8');
    expect(rendererContentType('/r/assets/index-abc.css')).toBe('text/css; charset=utf-8');
    expect(rendererContentType('/r/assets/font.woff2')).toBe('font/woff2');
    for (const file of ['/r/app.asar', '/r/secret', '/r/x.exe', '/r/x.map', '/r/x.ts']) expect(rendererContentType(file), file).toBeNull();
  });
});

describe('appResponseHeaders', () => {
  it('carries the content type, the CSP, nosniff and no referrer', () => {
    expect(appResponseHeaders('text/css; charset=utf-8')).toEqual({
      'Content-Type': 'text/css; charset=utf-8',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-cache',
    });
  });
});

describe('resolveAppFile on a real folder', () => {
  let dir: string;
  let renderer: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'vraagbaak-app-protocol-'));
    renderer = path.join(dir, 'dist-renderer');
    await mkdir(path.join(renderer, 'assets', 'folder.js'), { recursive: true });
    await writeFile(path.join(renderer, 'index.html'), '<!doctype html>');
    await writeFile(path.join(renderer, 'assets', 'index.js'), 'export {};');
    await writeFile(path.join(dir, 'secret.js'), 'the archive');
    await writeFile(path.join(dir, 'dist-renderer-evil.js'), 'a sibling with the folder name as prefix');
    await symlink(path.join(dir, 'secret.js'), path.join(renderer, 'assets', 'link-out.js'));
    await symlink(path.join(renderer, 'assets', 'index.js'), path.join(renderer, 'assets', 'link-in.js'));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('serves the files inside the renderer folder', async () => {
    expect(await resolveAppFile(renderer, 'app://vraagbaak/index.html#/x')).toBe(path.join(renderer, 'index.html'));
    expect(await resolveAppFile(renderer, 'app://vraagbaak/')).toBe(path.join(renderer, 'index.html'));
    expect(await resolveAppFile(renderer, 'app://vraagbaak/assets/index.js')).toBe(path.join(renderer, 'assets', 'index.js'));
    expect(await resolveAppFile(renderer, 'app://vraagbaak/assets/link-in.js')).toBe(path.join(renderer, 'assets', 'index.js'));
  });

  it('refuses traversal, symlinks out, folders, missing files and other hosts', async () => {
    for (const url of [
      'app://vraagbaak/../secret.js',
      'app://vraagbaak/..%2Fsecret.js',
      'app://vraagbaak/..%2Fdist-renderer-evil.js',
      'app://vraagbaak/assets/link-out.js',
      'app://vraagbaak/assets/folder.js',
      'app://vraagbaak/assets/missing.js',
      'app://elsewhere/index.html',
      `app://vraagbaak/${encodeURIComponent(path.join(dir, 'secret.js'))}`,
    ]) {
      expect(await resolveAppFile(renderer, url), url).toBeNull();
    }
  });
});
