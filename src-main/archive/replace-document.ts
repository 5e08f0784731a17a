/**
 * Replaces a document with a new version of it (same id, other source bytes): the new original,
 * documents/<id>.json, its annotations re-anchored, and its catalog entry. A journal file in
 * replacing/ is the commit point: written before any stored file changes and removed after the
 * last, and rolled forward at open. So a crash leaves the old version whole (no journal yet) or
 * the new one (the journal finishes it) — never a new text under annotations anchored to the old.
 */
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { reanchorAnnotations, type ReanchorCounts } from '../core/anchoring/index.js';
import { QaDocument, VraagbaakError, type Annotation, type DocumentSummary } from '../core/model/index.js';
import { checkParsedDocument, storeOriginal } from './add-document.js';
import { documentPath } from './archive-layout.js';
import type { ArchiveParts } from './archive-parts.js';
import { isErrnoCode, removeTempFiles, writeFileDurable } from './durable-write.js';
import { fileStemForId, resolveInside } from './file-names.js';
import { annotationTagIdsOf, summarizeDocument } from './summarize.js';

/** The folder of replacement journals, one per document being replaced. */
export const REPLACING = 'replacing';

/** What a journal holds: enough to finish the replacement without the importer. */
const ReplaceJournal = z.object({ documentId: z.string(), importedAt: z.string(), document: QaDocument });
interface ReplaceJournal {
  documentId: string;
  importedAt: string;
  document: QaDocument;
}

/** What one replacement did. */
export interface ReplaceOutcome {
  /** the new catalog entry (same id) */
  summary: DocumentSummary;
  /** the document's annotations by state after re-anchoring */
  counts: ReanchorCounts;
}

function journalPath(dir: string, documentId: string): string {
  return resolveInside(dir, REPLACING, fileStemForId(documentId) + '.json');
}

/**
 * Writes the new version over the old one, from its journal: documents/<id>.json, the annotations
 * re-anchored (in the annotation file's write queue, so edits made meanwhile are re-anchored too),
 * the catalog entry written durably, then the journal removed. Every step may run again.
 */
async function applyJournal(parts: ArchiveParts, journal: ReplaceJournal): Promise<ReplaceOutcome> {
  const { dir, catalog, annotations, workspace } = parts;
  const { documentId: id, document } = journal;
  await writeFileDurable(documentPath(dir, id), JSON.stringify(document, null, 2) + '\n');
  let counts: ReanchorCounts = { anchored: 0, relocated: 0, orphaned: 0 };
  if (annotations.list(id).length > 0) {
    await annotations.update(id, (list) => {
      const result = reanchorAnnotations(list, document);
      counts = result.counts;
      // the same list back means no write (a re-run after a crash that came after this step)
      return result.isChanged ? result.annotations : (list as Annotation[]);
    });
  }
  const list = annotations.list(id);
  const summary = summarizeDocument(document, journal.importedAt, workspace.data.documentTags[id] ?? [], list.length, annotationTagIdsOf(list));
  // durably, not lazily: once the journal is gone nothing else would bring the entry up to date
  await catalog.store.update((c) => ({ ...c, documents: c.documents.map((s) => (s.id === id ? summary : s)) }));
  catalog.reindex(); // the old sha256 must no longer find this document
  await rm(journalPath(dir, id), { force: true });
  return { summary, counts };
}

/**
 * Replaces document `document.id` with this new version: stores the original bytes, writes the
 * journal (the commit point), then the document, the re-anchored annotations and the catalog entry.
 * The caller runs one call at a time (with addDocument), so the checks and the writes agree.
 * @param original the source file as imported; its sha256 must equal `document.source.sha256`
 * @returns the new catalog entry and the annotations' counts per anchor state
 * @throws VraagbaakError('not-found') when the archive has no document with this id;
 *   'invalid-input' when the document is invalid, the bytes do not match its sha256, or these
 *   bytes are already in the archive (the same version, or another document's source)
 * @throws VraagbaakError('archive-read-only'); file-system errors (after the journal is written,
 *   the next open finishes the replacement)
 */
export async function replaceDocument(
  parts: ArchiveParts,
  document: QaDocument,
  original: { fileName: string; bytes: Uint8Array },
): Promise<ReplaceOutcome> {
  const { dir, catalog } = parts;
  const { doc, sha256 } = checkParsedDocument(document, original);
  if (!catalog.get(doc.id)) throw new VraagbaakError('not-found', `The archive has no document "${doc.id}" to replace.`, { documentId: doc.id });
  const holder = catalog.findBySha256(sha256);
  if (holder) {
    throw new VraagbaakError('invalid-input', `The archive already holds ${original.fileName} as document "${holder.id}".`, {
      fileName: original.fileName,
      documentId: holder.id,
    });
  }
  const journal: ReplaceJournal = { documentId: doc.id, importedAt: parts.clock().toISOString(), document: doc };
  const stored = await storeOriginal(dir, sha256, original);
  try {
    await mkdir(join(dir, REPLACING), { recursive: true });
    await writeFileDurable(journalPath(dir, doc.id), JSON.stringify(journal));
  } catch (e) {
    if (stored.isCreated) await rm(stored.file, { force: true });
    throw e;
  }
  // the old original stays in originals/: nothing an analyst imported is thrown away by a replace
  return applyJournal(parts, journal);
}

/**
 * Finishes the replacements a crash interrupted (called at open, once the archive is loaded and
 * writable). A journal whose document is no longer in the catalog is dropped; one that cannot be
 * read is left for inspection and skipped.
 * @returns the ids of the documents whose replacement was finished
 * @throws file-system errors
 */
export async function finishReplacements(parts: ArchiveParts): Promise<string[]> {
  const folder = join(parts.dir, REPLACING);
  let names: string[];
  await removeTempFiles(folder);
  try {
    names = (await readdir(folder)).filter((n) => n.endsWith('.json')).sort();
  } catch (e) {
    if (isErrnoCode(e, 'ENOENT')) return [];
    throw e;
  }
  const finished: string[] = [];
  for (const name of names) {
    let journal: ReplaceJournal;
    try {
      journal = ReplaceJournal.parse(JSON.parse(await readFile(join(folder, name), 'utf8')));
    } catch {
      continue; // written atomically, so only a foreign file fails here
    }
    if (!parts.catalog.get(journal.documentId)) {
      await rm(join(folder, name), { force: true });
      continue;
    }
    await applyJournal(parts, journal);
    finished.push(journal.documentId);
  }
  return finished;
}
