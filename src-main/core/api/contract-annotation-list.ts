/**
 * The API contract's entries for the annotations view: every annotation in the archive, filtered
 * and sorted, and changes to many annotations at once (with restore, which undoes them).
 */
import { z } from 'zod';
import { Annotation, AnchorState, HighlightColor } from '../model/index.js';
import type { AnnotationBulkResult, AnnotationPage } from './types.js';
import { entry, Id } from './contract-base.js';

/** More than an analyst codes in years; keeps one call bounded. */
export const MAX_BULK_ANNOTATIONS = 50_000;
const Ref = z.object({ documentId: Id, id: Id });
const Refs = z.array(Ref).min(1).max(MAX_BULK_ANNOTATIONS);

/** The annotations-view entries of the API contract. */
export const annotationListEntries = {
  /**
   * every annotation matching all given filters: `query` in the library's query language narrows
   * the documents ('' = all); `tagId` includes its sub-themes; `text` is looked for in quote and
   * note (case and accents ignored); `anchorStates` 'anchored' includes annotations never re-anchored.
   * Sorts: 'date' newest annotation first; 'document' newest document first, then title, questions,
   * answers, footnotes and position; 'theme' by the alphabetically first theme name (Dutch), then as
   * 'document'. Errors: 'search-syntax' for a malformed `query`.
   */
  'annotations.query': entry<AnnotationPage>()(
    z.object({
      query: z.string().max(1000).default(''),
      tagId: Id.optional(),
      colors: z.array(HighlightColor).max(10).optional(),
      text: z.string().max(500).default(''),
      anchorStates: z.array(AnchorState).max(3).optional(),
      sort: z.enum(['date', 'document', 'theme']).default('date'),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(1000).default(200),
      /** return every matching ref in `refs` (and no rows) */
      idsOnly: z.boolean().default(false),
      locale: z.enum(['nl', 'en']).default('nl'),
    }),
  ),
  /**
   * adds and removes themes (removes first) and sets the colour of many annotations; returns only
   * those that changed. Errors: 'not-found' with reason 'tag-missing' or 'annotation-missing'
   * (nothing changed)
   */
  'annotations.updateMany': entry<AnnotationBulkResult>()(
    z.object({
      refs: Refs,
      addTagIds: z.array(Id).max(100).default([]),
      removeTagIds: z.array(Id).max(100).default([]),
      color: HighlightColor.optional(),
    }),
  ),
  /** deletes many annotations; `before` (= `changed`) is what restore takes to undo it */
  'annotations.deleteMany': entry<AnnotationBulkResult>()(z.object({ refs: Refs })),
  /**
   * puts annotations back exactly as given (same id, timestamps, target): the undo of a delete, an
   * edit or a bulk change. An annotation that exists is replaced; one that does not is added.
   * Theme ids that no longer exist are dropped. Errors: 'not-found' with reason 'document-missing'
   * when a document is gone (nothing restored)
   */
  'annotations.restore': entry<Annotation[]>()(z.object({ annotations: z.array(Annotation).min(1).max(MAX_BULK_ANNOTATIONS) })),
} as const;
