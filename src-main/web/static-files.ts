/**
 * Serves the built renderer (dist-renderer/) read-only. A request path can only ever name a
 * regular file inside the renderer folder: it is decoded, resolved, and checked against the
 * folder's real path (so neither `..` nor a symlink leads out); everything else is a 404.
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { contentTypeFor } from './content-types.js';
import { sendText } from './responses.js';

/** What to tell a user whose renderer was never built. */
export const RENDERER_MISSING_MESSAGE =
  'Vraagbaak: the user interface has not been built yet.\n\n' +
  'Run `npm run build:renderer` in the repository (it writes dist-renderer/), then reload this page.\n';

/**
 * Resolves a URL path ("/assets/app.js", "/") to a file inside `rootReal`, or null when it is
 * malformed, points outside, or is not a regular file. "/" and paths ending in "/" mean index.html.
 * @param rootReal the renderer folder's real path (symlinks resolved)
 */
export async function resolveStaticFile(rootReal: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const candidate = path.resolve(rootReal, `.${path.posix.normalize(`/${relative}`)}`);
  if (!isInside(rootReal, candidate)) return null;
  try {
    const real = await realpath(candidate);
    if (!isInside(rootReal, real)) return null;
    return (await stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
}

function isInside(root: string, candidate: string): boolean {
  return candidate.startsWith(root + path.sep);
}

/**
 * Answers a GET or HEAD for a static file: 200 with the file, 404 when there is none, and a
 * plain-text "build the renderer first" page (503) when dist-renderer/index.html is missing.
 */
export async function serveStatic(
  res: ServerResponse,
  rendererDir: string,
  urlPath: string,
  isHead: boolean,
): Promise<void> {
  let rootReal: string;
  try {
    rootReal = await realpath(rendererDir);
    if (!(await stat(path.join(rootReal, 'index.html'))).isFile()) throw new Error('no index.html');
  } catch {
    sendText(res, 503, RENDERER_MISSING_MESSAGE, isHead);
    return;
  }
  const file = await resolveStaticFile(rootReal, urlPath);
  if (file === null) {
    sendText(res, 404, 'Not found\n', isHead);
    return;
  }
  const { size } = await stat(file);
  const hashed = file.startsWith(path.join(rootReal, 'assets') + path.sep);
  res.writeHead(200, {
    'Content-Type': contentTypeFor(file),
    'Content-Length': size,
    // Vite puts content hashes in asset names; index.html must always be revalidated
    'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (isHead) {
    res.end();
    return;
  }
  await new Promise<void>((resolve) => {
    const stream = createReadStream(file);
    stream.on('error', () => {
      res.destroy();
      resolve();
    });
    stream.on('end', resolve);
    stream.pipe(res);
  });
}
