/**
 * Reads one documents/<id>.json: written once at import, so it carries no schemaVersion of its
 * own; it is validated against the QaDocument contract on every read.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { QaDocument, VraagbaakError } from '../core/model/index.js';
import { isErrnoCode } from './durable-write.js';

/**
 * Reads and validates a stored document.
 * @throws VraagbaakError('archive-corrupt') naming the file when it is missing, not JSON, or not a QaDocument
 */
export async function readDocumentFile(path: string, documentId: string): Promise<QaDocument> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw missingOr(e, path, documentId);
  }
  return decodeDocument(bytes, path, documentId);
}

/**
 * `readDocumentFile` without waiting: for the search engine, which reads part texts back while it
 * ranks (a few small files per query).
 * @throws VraagbaakError('archive-corrupt') as `readDocumentFile`
 */
export function readDocumentFileSync(path: string, documentId: string): QaDocument {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw missingOr(e, path, documentId);
  }
  return decodeDocument(bytes, path, documentId);
}

function corruptError(path: string, documentId: string, reason: string): VraagbaakError {
  return new VraagbaakError('archive-corrupt', `The document file ${path} cannot be read: ${reason}`, { file: path, documentId, reason });
}

function missingOr(e: unknown, path: string, documentId: string): unknown {
  return isErrnoCode(e, 'ENOENT') ? corruptError(path, documentId, 'the file is missing') : e;
}

function decodeDocument(bytes: Uint8Array, path: string, documentId: string): QaDocument {
  const corrupt = (reason: string) => corruptError(path, documentId, reason);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (e) {
    if (e instanceof TypeError) throw corrupt('it is not valid UTF-8');
    throw e;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw corrupt(`it is not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const parsed = QaDocument.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw corrupt(`its content is not a valid document (${issue ? `${issue.path.join('.')}: ${issue.message}` : 'unknown problem'})`);
  }
  if (parsed.data.id !== documentId) throw corrupt(`it holds document ${parsed.data.id}, not ${documentId}`);
  return parsed.data;
}
