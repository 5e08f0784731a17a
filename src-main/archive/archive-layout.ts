/**
 * Where each kind of file lives inside the archive folder (DESIGN §3), so the modules that read
 * and write them agree on names and every path stays inside the folder.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { VraagbaakError } from '../core/model/index.js';
import { fileStemForId, resolveInside } from './file-names.js';

export const CATALOG = 'catalog.json';
export const WORKSPACE = 'workspace.json';
export const DOCUMENTS = 'documents';
export const ANNOTATIONS = 'annotations';
export const ORIGINALS = 'originals';
export const BACKUPS = 'backups';

/**
 * The path of documents/<id>.json in archive `dir`.
 * @throws VraagbaakError('invalid-input') for an empty id or a path outside `dir`
 */
export function documentPath(dir: string, id: string): string {
  return resolveInside(dir, DOCUMENTS, fileStemForId(id) + '.json');
}

/**
 * The path of annotations/<id>.json in archive `dir`.
 * @throws VraagbaakError('invalid-input') for an empty id or a path outside `dir`
 */
export function annotationsPath(dir: string, id: string): string {
  return resolveInside(dir, ANNOTATIONS, fileStemForId(id) + '.json');
}

/**
 * The path of originals/<sha256>.<extension> in archive `dir`.
 * @param sha256 lower-case hex, 64 characters
 * @throws VraagbaakError('invalid-input') when `sha256` is not one, or the path leaves `dir`
 */
export function originalPath(dir: string, sha256: string, extension: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new VraagbaakError('invalid-input', `Not a sha256: ${sha256}`);
  return resolveInside(dir, ORIGINALS, `${sha256}.${extension}`);
}

/**
 * The file names (`<stem>.json`, sorted) in `sub` of archive `dir`.
 * @throws file-system errors (ENOENT when the folder is missing)
 */
export async function listJsonFiles(dir: string, sub: string): Promise<string[]> {
  return (await readdir(join(dir, sub))).filter((n) => n.endsWith('.json')).sort();
}
