/**
 * The annotations view's service: every annotation in the archive, filtered and sorted
 * (`annotations.query`), and changes to many at once with their undo (annotation-list-bulk.ts).
 *
 * Speed: the annotations themselves are in memory (the archive keeps every annotation file
 * loaded), document titles and dates come from the catalog summaries, and a query with library
 * fields asks the search index which documents match. Only the part numbers of the documents on
 * the page are read from document files, once each (annotation-list-numbers.ts).
 */
import { annotationMatcher, annotationRow, documentDateOf, sortAnnotations } from '../core/annotation-list/index.js';
import type { ApiParsedInput } from '../core/api/contract.js';
import type { AnnotationBulkResult, AnnotationPage, AnnotationRef } from '../core/api/types.js';
import { tagAndDescendants, type Annotation } from '../core/model/index.js';
import type { Archive } from '../archive/index.js';
import { deleteMany, restoreAnnotations, updateMany, type AnnotationBulkDeps, type UpdateManyInput } from './annotation-list-bulk.js';
import { createPartNumbersCache } from './annotation-list-numbers.js';
import type { SearchService } from './search-service.js';
import type { TagService } from './tag-service.js';

export interface AnnotationListServiceDeps {
  archive: Archive;
  search: SearchService;
  tags: TagService;
  clock?: () => Date;
}

/** The filters, order and page of `annotations.query` (defaults filled in by the contract). */
export type AnnotationQuery = ApiParsedInput<'annotations.query'>;

export interface AnnotationListService {
  /**
   * The annotations matching every filter of `input`, sorted, one page of rows (or, with
   * `idsOnly`, every matching ref and no rows). An unknown `tagId` matches nothing.
   * @throws VraagbaakError('search-syntax') for a malformed `query`; the search index's load error
   */
  query(input: AnnotationQuery): Promise<AnnotationPage>;
  /** See annotation-list-bulk.ts `updateMany`. */
  updateMany(input: UpdateManyInput): Promise<AnnotationBulkResult>;
  /** See annotation-list-bulk.ts `deleteMany`. */
  deleteMany(refs: readonly AnnotationRef[]): Promise<AnnotationBulkResult>;
  /** See annotation-list-bulk.ts `restoreAnnotations`. */
  restore(annotations: readonly Annotation[]): Promise<Annotation[]>;
}

/** Creates the annotations view's service. */
export function createAnnotationListService({ archive, search, tags, clock = () => new Date() }: AnnotationListServiceDeps): AnnotationListService {
  const numbers = createPartNumbersCache(archive);
  const bulk: AnnotationBulkDeps = { archive, search, tags, clock };

  /** Every annotation in a document of `documentIds` (null: all documents) that `matches`. */
  const collect = (documentIds: ReadonlySet<string> | null, matches: (a: Annotation) => boolean): Annotation[] => {
    const out: Annotation[] = [];
    const scan = (id: string): void => {
      for (const a of archive.listAnnotations(id)) if (matches(a)) out.push(a);
    };
    if (documentIds === null) for (const s of archive.listSummaries()) scan(s.id);
    else for (const id of documentIds) scan(id);
    return out;
  };

  return {
    async query(input) {
      const documentIds = input.query.trim() === '' ? null : new Set((await search.browse(input.query, 'date')).documentIds);
      const themeList = tags.list();
      const matches = annotationMatcher({
        documentIds,
        tagIds: input.tagId === undefined ? null : tagAndDescendants(themeList, input.tagId),
        ...(input.colors ? { colors: input.colors } : {}),
        text: input.text,
        ...(input.anchorStates ? { anchorStates: input.anchorStates } : {}),
      });
      const documentDate = (id: string): string | null => {
        const summary = archive.getSummary(id);
        return summary === null ? null : documentDateOf(summary);
      };
      const sorted = sortAnnotations(collect(documentIds, matches), input.sort, { documentDate, tags: themeList });
      if (input.idsOnly) return { total: sorted.length, rows: [], refs: sorted.map((a) => ({ documentId: a.documentId, id: a.id })) };
      const page = sorted.slice(input.offset, input.offset + input.limit);
      const numbering = await numbers.numbersOf(page.map((a) => a.documentId));
      const rows = page.flatMap((a) => {
        const summary = archive.getSummary(a.documentId);
        // a document deleted while its part numbers were read drops out of this page
        return summary === null ? [] : [annotationRow(a, summary, numbering.get(a.documentId) ?? null, input.locale)];
      });
      return { total: sorted.length, rows, refs: [] };
    },
    updateMany: (input) => updateMany(bulk, input),
    deleteMany: (refs) => deleteMany(bulk, refs),
    restore: (annotations) => restoreAnnotations(bulk, annotations),
  };
}
