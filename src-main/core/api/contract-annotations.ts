/**
 * The API contract's entries for annotations: create, change, delete, export and import.
 */
import { z } from 'zod';
import { AnnotationTarget, HighlightColor, type Annotation } from '../model/index.js';
import type { AnnotationExport, AnnotationImportReport } from './types.js';
import { entry, Id } from './contract-base.js';


/** The annotations entries of the API contract. */
export const annotationsEntries = {
  'annotations.create': entry<Annotation>()(
    z.object({
      documentId: Id,
      target: AnnotationTarget,
      note: z.string().max(20_000).default(''),
      color: HighlightColor.default('yellow'),
      tagIds: z.array(Id).max(100).default([]),
    }),
  ),
  /**
   * changes note, colour and themes (`addTagIds`/`removeTagIds`, removed first) of an annotation
   * based on its revision `baseRevision`; the result has the next revision. Theme changes merge
   * with changes made meanwhile; a note or colour on an old revision is refused with 'conflict'
   * (reason 'annotation-changed', details.annotation = the stored one)
   */
  'annotations.update': entry<Annotation>()(
    z.object({
      documentId: Id,
      id: Id,
      baseRevision: z.number().int().min(1),
      note: z.string().max(20_000).optional(),
      color: HighlightColor.optional(),
      addTagIds: z.array(Id).max(100).default([]),
      removeTagIds: z.array(Id).max(100).default([]),
    }),
  ),
  'annotations.delete': entry<Annotation>()(z.object({ documentId: Id, id: Id })),
  /**
   * the whole archive, one theme with its sub-themes (`tagId`) or a selection (`annotationIds`) as
   * a W3C Web Annotation collection (JSON-LD) or CSV (BOM, CRLF; `locale` words the headers and
   * parts, and picks ";" (nl) or "," (en) between fields)
   */
  'annotations.export': entry<AnnotationExport>()(
    z
      .object({
        format: z.enum(['w3c', 'csv']),
        tagId: Id.optional(),
        annotationIds: z.array(Id).min(1).max(100_000).optional(),
        locale: z.enum(['nl', 'en']).default('nl'),
      })
      .refine((v) => v.tagId === undefined || v.annotationIds === undefined, 'give tagId or annotationIds, not both'),
  ),
  /** imports a W3C Web Annotation file's text: re-anchors each annotation, reports what it could not place */
  'annotations.import': entry<AnnotationImportReport>()(z.object({ text: z.string().min(1).max(100_000_000) })),
} as const;
