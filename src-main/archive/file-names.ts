/**
 * Maps document ids (which may hold ':' or '/', e.g. "sha256:ab12…") to file names that are safe
 * on Linux, macOS and Windows, and keeps every path inside the archive folder.
 */
import { createHash } from 'node:crypto';
import { relative, resolve, sep, isAbsolute } from 'node:path';
import { VraagbaakError } from '../core/model/index.js';

/** Longest encoded name kept reversible; longer ids get a hashed name (file systems stop at 255 bytes). */
const MAX_ENCODED_LENGTH = 180;

/**
 * Encodes a document id as a file-name stem: percent-encoding (encodeURIComponent) plus the
 * characters it leaves alone but Windows or a shell dislikes (`. ! ~ * ' ( )`). Reversible with
 * `idFromFileStem` unless the id is very long, in which case the stem ends in `~<sha256 prefix>`;
 * the files themselves always carry their id as well.
 * @throws VraagbaakError('invalid-input') for an empty id
 */
export function fileStemForId(id: string): string {
  if (id.length === 0) throw new VraagbaakError('invalid-input', 'A document id may not be empty');
  const encoded = encodeURIComponent(id).replace(
    /[.!~*'()]/g,
    (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'),
  );
  if (encoded.length <= MAX_ENCODED_LENGTH) return encoded;
  const hash = createHash('sha256').update(id).digest('hex').slice(0, 16);
  return `${encoded.slice(0, MAX_ENCODED_LENGTH - 17)}~${hash}`;
}

/** Decodes a stem made by `fileStemForId`; null for a hashed (too long) or foreign name. */
export function idFromFileStem(stem: string): string | null {
  if (stem.includes('~')) return null;
  try {
    return decodeURIComponent(stem);
  } catch {
    return null;
  }
}

/**
 * Resolves `segments` below `root` and refuses anything that would land outside it.
 * @throws VraagbaakError('invalid-input') when the resolved path escapes `root`
 */
export function resolveInside(root: string, ...segments: string[]): string {
  const target = resolve(root, ...segments);
  const rel = relative(root, target);
  if (rel === '' || rel.startsWith('..' + sep) || rel === '..' || isAbsolute(rel)) {
    throw new VraagbaakError('invalid-input', `Refusing to use a path outside the archive: ${target}`, { root, target });
  }
  return target;
}

/** The lower-case extension of a file name (`"Vragen.TXT"` → `"txt"`), or `"bin"` when it has none usable. */
export function safeExtension(fileName: string): string {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(fileName);
  return match?.[1]?.toLowerCase() ?? 'bin';
}
