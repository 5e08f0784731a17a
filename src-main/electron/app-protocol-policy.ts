/**
 * The `app://vraagbaak/` protocol that serves the built renderer in the Electron shell, as plain
 * functions (testable without Electron): which file a request may read, its content type and the
 * response headers. Which URL is the app page is security-policy.ts's; app-protocol.ts wires this
 * into Electron.
 *
 * Why not `file://`: a file: page shares its origin with every other local file, and Chromium gives
 * file: extra privileges. A standard, secure custom scheme gives the app an origin of its own
 * (`app://vraagbaak`), so the CSP's `'self'` means exactly our files.
 */
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY, parseAppUrl } from './security-policy.js';

/**
 * Content types of the files Vite writes to dist-renderer/. Anything else is not served at all:
 * the renderer folder holds nothing else, and an unknown file is not something the page needs.
 */
const RENDERER_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

/**
 * The file a request URL names, relative to the renderer folder, as path segments; null when the
 * URL is not ours or a segment is empty, `.`/`..`, malformed percent-encoding, or (once decoded)
 * holds a slash, backslash, NUL or colon — so no spelling of a path can leave the folder.
 * "/" means index.html.
 */
export function appRequestSegments(url: string): string[] | null {
  const parsed = parseAppUrl(url);
  if (parsed === null) return null;
  const raw = parsed.pathname === '/' ? ['index.html'] : parsed.pathname.slice(1).split('/');
  const segments: string[] = [];
  for (const encoded of raw) {
    let segment: string;
    try {
      segment = decodeURIComponent(encoded);
    } catch {
      return null;
    }
    if (segment === '' || segment === '.' || segment === '..' || /[/\\\0:]/.test(segment)) return null;
    segments.push(segment);
  }
  return segments;
}

/** The content type for a renderer file, by extension; null for a type the renderer never has. */
export function rendererContentType(file: string): string | null {
  return RENDERER_TYPES[path.extname(file).toLowerCase()] ?? null;
}

/** True when `candidate` lies strictly inside the folder `root` (both absolute). */
function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * The absolute path of the regular file `url` names inside the renderer folder, or null (a 404):
 * not ours, a refused segment (appRequestSegments), a type the renderer does not have, missing, not a
 * regular file, or a symlink whose target lies outside the folder.
 * @param rendererDir the built renderer folder (dist-renderer; inside app.asar when packaged)
 */
export async function resolveAppFile(rendererDir: string, url: string): Promise<string | null> {
  const segments = appRequestSegments(url);
  if (segments === null) return null;
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, ...segments);
  if (!isInside(root, file) || rendererContentType(file) === null) return null;
  try {
    const [rootReal, fileReal] = await Promise.all([realpath(root), realpath(file)]);
    if (!isInside(rootReal, fileReal)) return null;
    return (await stat(fileReal)).isFile() ? fileReal : null;
  } catch {
    return null;
  }
}

/**
 * Headers of a served renderer file: its content type, the renderer's CSP (a custom protocol's
 * responses do not pass the session's header hooks, so the handler sets it itself), nosniff, no
 * referrer, and no-cache (the app's files change with every release).
 */
export function appResponseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  };
}
