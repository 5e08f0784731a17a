/**
 * Reads what a briefing's items point at — each referenced document once, with its annotations —
 * into the `BriefingSources` the core resolves against. A deleted document is simply absent, so
 * the core reports its items as "bron verwijderd" instead of the export failing.
 */
import type { BriefingSources } from '../core/briefing/content.js';
import { isVraagbaakError, type BriefingItem, type QaDocument } from '../core/model/index.js';
import type { Archive } from '../archive/index.js';

/** Documents read during one call, by id (null: not in the archive), shared over several briefings. */
export type DocumentCache = Map<string, QaDocument | null>;

/**
 * The document `id`, read at most once per cache.
 * @returns null when the archive does not hold it (deleted or never imported)
 * @throws VraagbaakError('archive-corrupt') when its file is damaged
 */
export async function readDocumentOnce(archive: Archive, id: string, cache: DocumentCache): Promise<QaDocument | null> {
  if (cache.has(id)) return cache.get(id) ?? null;
  let document: QaDocument | null = null;
  if (archive.getSummary(id) !== null) {
    try {
      document = await archive.readDocument(id);
    } catch (e) {
      if (!isVraagbaakError(e, 'not-found')) throw e;
    }
  }
  cache.set(id, document);
  return document;
}

/** The document holding annotation `annotationId` (for excerpts saved before they kept their document), or null. */
function documentOfAnnotation(archive: Archive, annotationId: string): string | null {
  for (const summary of archive.listSummaries()) {
    if (summary.annotationCount > 0 && archive.listAnnotations(summary.id).some((a) => a.id === annotationId)) return summary.id;
  }
  return null;
}

/** The ids of the documents `items` refer to, in order of first use. */
function referencedDocumentIds(archive: Archive, items: readonly BriefingItem[]): string[] {
  const ids = new Set<string>();
  for (const item of items) {
    if (item.type === 'heading' || item.type === 'text') continue;
    const id = item.type === 'annotation' && item.documentId === null ? documentOfAnnotation(archive, item.annotationId) : item.documentId;
    if (id !== null) ids.add(id);
  }
  return [...ids];
}

/**
 * The sources of `items`: each referenced document that still exists (read once), the annotations
 * on those documents, the document tags and every tag.
 * @param cache documents already read in this call (filled as it goes)
 * @throws VraagbaakError('archive-corrupt') when a referenced document's file is damaged
 */
export async function gatherSources(archive: Archive, items: readonly BriefingItem[], cache: DocumentCache = new Map()): Promise<BriefingSources> {
  const documents = new Map<string, QaDocument>();
  const annotationsByDocument = new Map<string, ReturnType<Archive['listAnnotations']>>();
  for (const id of referencedDocumentIds(archive, items)) {
    const document = await readDocumentOnce(archive, id, cache);
    if (document === null) continue;
    documents.set(id, document);
    annotationsByDocument.set(id, archive.listAnnotations(id));
  }
  return { documents, annotationsByDocument, documentTags: archive.workspace.documentTags, tags: archive.workspace.tags };
}
