/**
 * Documents as the library and the reader see them: the summaries, one document with its
 * annotations, and the tags on a document.
 */
import type { DocumentWithAnnotations } from '../core/api/types.js';
import { relatedDocuments } from '../core/links/related-documents.js';
import { VraagbaakError, type DocumentSummary } from '../core/model/index.js';
import type { Archive } from '../archive/index.js';
import type { SearchService } from './search-service.js';
import type { TagService } from './tag-service.js';

export interface DocumentServiceDeps {
  archive: Archive;
  search: SearchService;
  tags: TagService;
}

export interface DocumentService {
  /** Every document's summary, in import order; `damaged` set on those whose file was found damaged. */
  list(): readonly DocumentSummary[];
  /**
   * One document with its summary, annotations and the other documents of its question set
   * (delay notice, questions, answer; see core/links/related-documents).
   * @throws VraagbaakError('not-found'); 'archive-corrupt' when its file cannot be read
   */
  get(id: string): Promise<DocumentWithAnnotations>;
  /**
   * Replaces the tags on a document (duplicates dropped, order kept).
   * @returns the updated summary
   * @throws VraagbaakError('not-found'); 'invalid-input' for unknown tag ids; 'archive-read-only'
   */
  setTags(documentId: string, tagIds: readonly string[]): Promise<DocumentSummary>;
}

/** Creates the document service. */
export function createDocumentService({ archive, search, tags }: DocumentServiceDeps): DocumentService {
  const summaryOf = (id: string): DocumentSummary => {
    const summary = archive.getSummary(id);
    if (!summary) throw new VraagbaakError('not-found', `The archive has no document "${id}".`, { documentId: id });
    return summary;
  };
  return {
    list: () => {
      const summaries = archive.listSummaries();
      const damaged = archive.damagedDocuments;
      return damaged.size === 0 ? summaries : summaries.map((s) => (damaged.has(s.id) ? { ...s, damaged: true as const } : s));
    },
    async get(id) {
      const summary = summaryOf(id);
      const document = await archive.readDocument(id);
      const related = relatedDocuments(summary, archive.listSummaries());
      return { document, summary, annotations: [...archive.listAnnotations(id)], related };
    },
    async setTags(documentId, tagIds) {
      summaryOf(documentId);
      tags.assertTagIds(tagIds);
      const unique = [...new Set(tagIds)];
      await archive.updateWorkspace((w) => {
        const documentTags = { ...w.documentTags };
        if (unique.length > 0) documentTags[documentId] = unique;
        else delete documentTags[documentId];
        return { ...w, documentTags };
      });
      await search.refreshDocuments([documentId]);
      return summaryOf(documentId);
    },
  };
}
