/**
 * Damaged document files (documents/<id>.json that fail to read): which ones the archive has
 * found, and the repair that rewrites one from a fresh parse of its original (originals/).
 * A damaged document file never makes the archive read-only: the catalog still lists it, reads of
 * it fail with 'archive-corrupt', and search goes around it.
 */
import { readFile } from 'node:fs/promises';
import { VraagbaakError, isVraagbaakError, type DocumentSummary, type QaDocument } from '../core/model/index.js';
import { documentPath, originalPath } from './archive-layout.js';
import type { ArchiveParts } from './archive-parts.js';
import { checkParsedDocument } from './add-document.js';
import { writeFileDurable } from './durable-write.js';
import { safeExtension } from './file-names.js';
import { OPEN_CONCURRENCY, forEachLimited } from './helpers.js';
import { readDocumentFile } from './read-document-file.js';

/** The damaged document files found so far: document id → why it cannot be read (English, for logs). */
export class DocumentDamage {
  private readonly found = new Map<string, string>();

  /** Records `id` as damaged when `e` is an 'archive-corrupt' error of its document file. */
  note(id: string, e: unknown): void {
    if (isVraagbaakError(e, 'archive-corrupt')) {
      this.found.set(id, typeof e.details['reason'] === 'string' ? e.details['reason'] : e.message);
    }
  }

  /** Forgets `id` (read fine, repaired, replaced or deleted). */
  clear(id: string): void {
    this.found.delete(id);
  }

  has(id: string): boolean {
    return this.found.has(id);
  }

  /** document id → reason, in the order found */
  get entries(): ReadonlyMap<string, string> {
    return this.found;
  }
}

/**
 * Reads every catalogued document file (a few at a time) and records the ones that fail.
 * @returns the ids of the damaged ones, in catalog order
 * @throws file-system errors other than a missing or unreadable document
 */
export async function checkDocumentFiles(parts: ArchiveParts, damage: DocumentDamage): Promise<string[]> {
  const ids = parts.catalog.documents.map((s) => s.id);
  await forEachLimited(ids, OPEN_CONCURRENCY, async (id) => {
    try {
      await readDocumentFile(documentPath(parts.dir, id), id);
      damage.clear(id);
    } catch (e) {
      if (!isVraagbaakError(e, 'archive-corrupt')) throw e;
      if (parts.catalog.get(id)) damage.note(id, e);
    }
  });
  return ids.filter((id) => damage.has(id));
}

/**
 * Reads the imported source of a catalogued document back from originals/.
 * @throws VraagbaakError('not-found', { reason: 'original-missing' }) when the original is gone
 */
export async function readOriginal(dir: string, summary: DocumentSummary): Promise<{ fileName: string; bytes: Uint8Array }> {
  const file = originalPath(dir, summary.source.sha256, safeExtension(summary.source.fileName));
  try {
    return { fileName: summary.source.fileName, bytes: await readFile(file) };
  } catch (e) {
    throw new VraagbaakError('not-found', `The original of document "${summary.id}" (${file}) cannot be read: ${e instanceof Error ? e.message : String(e)}`, {
      reason: 'original-missing',
      documentId: summary.id,
      file,
    });
  }
}

/**
 * Rewrites documents/<id>.json of a catalogued document from a fresh parse of its own original
 * (same id, same sha256): the catalog entry, annotations and themes stay as they are.
 * @throws VraagbaakError('not-found') for an unknown id; 'invalid-input' when `document` is not the
 *   same source's document; file-system errors
 */
export async function writeRepairedDocument(parts: ArchiveParts, document: QaDocument, original: { fileName: string; bytes: Uint8Array }): Promise<void> {
  const summary = parts.catalog.get(document.id);
  if (!summary) throw new VraagbaakError('not-found', `The archive has no document "${document.id}".`, { documentId: document.id });
  const { doc, sha256 } = checkParsedDocument(document, original);
  if (sha256 !== summary.source.sha256) {
    throw new VraagbaakError('invalid-input', `${original.fileName} is not the source of document "${document.id}".`, { documentId: document.id, fileName: original.fileName });
  }
  await writeFileDurable(documentPath(parts.dir, doc.id), JSON.stringify(doc, null, 2) + '\n');
}
