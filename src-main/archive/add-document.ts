/**
 * Stores one newly parsed document: its original bytes, its documents/<id>.json and its catalog
 * entry, in that order, so a crash or failure at any step leaves the archive as it was (or
 * recoverable at open).
 */
import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { QaDocument, VraagbaakError, type DocumentSummary } from '../core/model/index.js';
import { documentPath, originalPath } from './archive-layout.js';
import type { ArchiveParts } from './archive-parts.js';
import { writeFileDurable } from './durable-write.js';
import { safeExtension } from './file-names.js';
import { exists } from './helpers.js';
import { summarizeDocument } from './summarize.js';

/**
 * Checks a newly parsed document and the bytes it was read from, before any file is written.
 * @returns the parsed (defaults applied) document and the bytes' sha256 (lower-case hex)
 * @throws VraagbaakError('invalid-input') when the document is invalid or the bytes do not match its sha256
 */
export function checkParsedDocument(document: QaDocument, original: { fileName: string; bytes: Uint8Array }): { doc: QaDocument; sha256: string } {
  const checked = QaDocument.safeParse(document);
  if (!checked.success) {
    throw new VraagbaakError('invalid-input', `The parsed document from ${original.fileName} is not valid: ${checked.error.issues[0]?.message ?? ''}`, {
      fileName: original.fileName,
    });
  }
  const doc = checked.data;
  const sha256 = createHash('sha256').update(original.bytes).digest('hex');
  if (sha256 !== doc.source.sha256) {
    throw new VraagbaakError('invalid-input', `The bytes of ${original.fileName} do not match the document's sha256.`, { fileName: original.fileName });
  }
  return { doc, sha256 };
}

/**
 * Writes originals/<sha256>.<ext> unless it is there already.
 * @returns the path, and whether this call created it (so a failed step can remove it again)
 * @throws file-system errors
 */
export async function storeOriginal(dir: string, sha256: string, original: { fileName: string; bytes: Uint8Array }): Promise<{ file: string; isCreated: boolean }> {
  const file = originalPath(dir, sha256, safeExtension(original.fileName));
  const isCreated = !(await exists(file));
  if (isCreated) await writeFileDurable(file, original.bytes);
  return { file, isCreated };
}

/**
 * Stores a newly parsed document: the original bytes in originals/<sha256>.<ext>, the document
 * in documents/<id>.json, then its summary in the catalog. If a step fails, the files written by
 * this call are removed again, so a failed import leaves the archive as it was. The caller runs
 * one call at a time, so the duplicate checks and the catalog append agree.
 * @param original the source file as imported; its sha256 must equal `document.source.sha256`
 * @returns the new catalog entry
 * @throws VraagbaakError('invalid-input') when the document is invalid, its id or sha256 is already
 *   in the archive, or the bytes do not match its sha256
 * @throws VraagbaakError('archive-read-only'); file-system errors
 */
export async function addDocument(
  parts: ArchiveParts,
  document: QaDocument,
  original: { fileName: string; bytes: Uint8Array },
): Promise<DocumentSummary> {
  const { dir, catalog } = parts;
  const { doc, sha256 } = checkParsedDocument(document, original);
  const existing = catalog.get(doc.id) ?? catalog.findBySha256(sha256);
  if (existing) {
    throw new VraagbaakError('invalid-input', `The archive already holds ${original.fileName} as document "${existing.id}".`, {
      fileName: original.fileName,
      documentId: existing.id,
    });
  }

  const documentFile = documentPath(dir, doc.id);
  let stored: { file: string; isCreated: boolean } | null = null;
  try {
    stored = await storeOriginal(dir, sha256, original);
    // a documents/<id>.json not in the catalog is left from an interrupted import: replace it
    await writeFileDurable(documentFile, JSON.stringify(doc, null, 2) + '\n');
    const summary = summarizeDocument(
      doc,
      parts.clock().toISOString(),
      parts.workspace.data.documentTags[doc.id] ?? [],
      parts.annotations.list(doc.id).length,
    );
    // the document file is the commit point: a catalog entry lost in a crash is re-added at open
    catalog.append(summary);
    return summary;
  } catch (e) {
    if (!catalog.get(doc.id)) {
      await rm(documentFile, { force: true });
      if (stored?.isCreated) await rm(stored.file, { force: true });
    }
    throw e;
  }
}
