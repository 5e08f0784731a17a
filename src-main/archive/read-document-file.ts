/**
 * Reads one documents/<id>.json: written once at import, so it carries no schemaVersion of its
 * own; it is validated against the QaDocument contract on every read.
 */
import { readFile } from 'node:fs/promises';
import { QaDocument, VraagbaakError } from '../core/model/index.js';
import { isErrnoCode } from './durable-write.js';

/**
 * Reads and validates a stored document.
 * @throws VraagbaakError('archive-corrupt') naming the file when it is missing, not JSON, or not a QaDocument
 */
export async function readDocumentFile(path: string, documentId: string): Promise<QaDocument> {
  const corrupt = (reason: string) =>
    new VraagbaakError('archive-corrupt', `The document file ${path} cannot be read: ${reason}`, {
      file: path,
      documentId,
      reason,
    });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(path));
  } catch (e) {
    if (isErrnoCode(e, 'ENOENT')) throw corrupt('the file is missing');
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
