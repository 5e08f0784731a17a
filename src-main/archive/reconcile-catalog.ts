/**
 * Repairs the catalog in memory while the archive opens. The catalog is written lazily, after
 * its sources of truth (documents/, workspace.json, annotations/), so after a crash it may lag
 * behind them; these steps bring it back in line before anything else reads it.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isVraagbaakError, type DocumentSummary } from '../core/model/index.js';
import { DOCUMENTS, annotationsPath, listJsonFiles } from './archive-layout.js';
import type { ArchiveParts } from './archive-parts.js';
import { idFromFileStem } from './file-names.js';
import { OPEN_CONCURRENCY, forEachLimited, sameList } from './helpers.js';
import { readDocumentFile } from './read-document-file.js';
import { annotationTagIdsOf, summarizeDocument } from './summarize.js';

/**
 * When catalog.json is missing or damaged, derives the summaries from documents/ so the library
 * can still be listed; unreadable document files are skipped. Call `catalog.reindex()` after.
 * @throws file-system errors other than a damaged document file
 */
export async function rebuildCatalogInMemory(parts: Pick<ArchiveParts, 'dir' | 'catalog'>): Promise<void> {
  const names = await listJsonFiles(parts.dir, DOCUMENTS);
  const summaries: (DocumentSummary | null)[] = new Array<DocumentSummary | null>(names.length).fill(null);
  await forEachLimited(names, OPEN_CONCURRENCY, async (name, i) => {
    summaries[i] = await summarizeDocumentFile(parts.dir, name);
  });
  parts.catalog.replaceInMemory(summaries.filter((s): s is DocumentSummary => s !== null));
}

/**
 * Adds to the catalog the documents whose file was written but whose catalog entry was not (the
 * catalog is written lazily, after the document file; a crash in between leaves such a file).
 * @returns true when any was added
 * @throws file-system errors other than a damaged document file
 */
export async function adoptUncataloguedDocuments(parts: Pick<ArchiveParts, 'dir' | 'catalog'>): Promise<boolean> {
  const { dir, catalog } = parts;
  const missing = (await listJsonFiles(dir, DOCUMENTS)).filter((name) => {
    const id = documentIdOf(name);
    return id !== null && !catalog.get(id);
  });
  const adopted: DocumentSummary[] = [];
  for (const name of missing) {
    const summary = await summarizeDocumentFile(dir, name);
    if (summary && !catalog.findBySha256(summary.source.sha256)) adopted.push(summary);
  }
  if (adopted.length === 0) return false;
  catalog.replaceInMemory([...catalog.documents, ...adopted]);
  catalog.reindex();
  return true;
}

/**
 * Makes the catalog's mirrored fields agree with their sources of truth: `tagIds` with
 * workspace.documentTags, `annotationCount` and `annotationTagIds` with the annotation files
 * (skipping damaged ones).
 * @param workspaceReadable false when workspace.json is damaged or missing: `tagIds` stay as they are
 * @param damagedFiles absolute paths of the damaged files found at open
 * @returns true when anything changed
 * @throws nothing
 */
export function reconcileCatalog(parts: ArchiveParts, workspaceReadable: boolean, damagedFiles: ReadonlySet<string>): boolean {
  let changed = false;
  const documents = parts.catalog.documents.map((s) => {
    const annotations = parts.annotations.list(s.id);
    const annotationsDamaged = damagedFiles.has(annotationsPath(parts.dir, s.id));
    const annotationCount = annotationsDamaged ? s.annotationCount : annotations.length;
    const annotationTagIds = annotationsDamaged ? s.annotationTagIds : annotationTagIdsOf(annotations);
    const tagIds = workspaceReadable ? (parts.workspace.data.documentTags[s.id] ?? []) : s.tagIds;
    if (annotationCount === s.annotationCount && sameList(tagIds, s.tagIds) && sameList(annotationTagIds, s.annotationTagIds)) {
      return s;
    }
    changed = true;
    return { ...s, annotationCount, tagIds: [...tagIds], annotationTagIds };
  });
  if (changed) parts.catalog.replaceInMemory(documents);
  return changed;
}

/** The document id a documents/ file name stands for, or null for a hashed or foreign name. */
function documentIdOf(name: string): string | null {
  return idFromFileStem(name.slice(0, -'.json'.length));
}

/**
 * The summary of documents/<name>, dated by the file's mtime (its import time is not recorded
 * elsewhere); null for a foreign name or a damaged file.
 */
async function summarizeDocumentFile(dir: string, name: string): Promise<DocumentSummary | null> {
  const id = documentIdOf(name);
  if (id === null) return null;
  const path = join(dir, DOCUMENTS, name);
  try {
    const doc = await readDocumentFile(path, id);
    return summarizeDocument(doc, (await stat(path)).mtime.toISOString(), [], 0);
  } catch (e) {
    // a damaged leftover is not an archive document: the next import of its source replaces it
    if (!isVraagbaakError(e, 'archive-corrupt')) throw e;
    return null;
  }
}
