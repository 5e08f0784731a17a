/**
 * The API contract's entries for briefings: saved briefings, adding items and themes, preview and export.
 */
import { z } from 'zod';
import { BriefingItemId, BriefingOptions, IsoDate, PartRef, type Briefing } from '../model/index.js';
import type { AddToBriefingResult, BriefingExport, BriefingSummary, BriefingView } from './types.js';
import { entry, Id } from './contract-base.js';
import { BRIEFING_LINE_MAX } from './limits.js';

const BriefingTitle = z.string().trim().min(1).max(BRIEFING_LINE_MAX);
/** the analyst's own text (text items, intro): at most 50,000 characters */
const BriefingText = z.string().max(50_000);
/** more than a briefing of "two to ten pages" ever needs, small enough to keep the API bounded */
export const MAX_BRIEFING_ITEMS = 2000;
const ItemId = BriefingItemId;
/** A briefing item as the renderer sends it (the same shape as stored, with bounded strings). */
const BriefingItemInput = z.discriminatedUnion('type', [
  z.object({ type: z.literal('document'), id: ItemId, documentId: Id }),
  z.object({
    type: z.literal('annotation'),
    id: ItemId,
    annotationId: Id,
    documentId: Id.nullable().default(null),
    part: PartRef.nullable().default(null),
    quote: z.string().max(20_000).default(''),
  }),
  z.object({ type: z.literal('qa'), id: ItemId, documentId: Id, questionNumber: z.number().int().min(0).max(100_000) }),
  z.object({ type: z.literal('heading'), id: ItemId, text: z.string().max(300), level: z.union([z.literal(1), z.literal(2)]).default(1) }),
  z.object({ type: z.literal('text'), id: ItemId, text: BriefingText }),
]);
/** An item to add: like a stored item without id; `part` is a search hit (becomes its Q&A pair). */
const NewBriefingItem = z.discriminatedUnion('type', [
  z.object({ type: z.literal('document'), documentId: Id }),
  z.object({ type: z.literal('annotation'), documentId: Id, annotationId: Id }),
  z.object({ type: z.literal('qa'), documentId: Id, questionNumber: z.number().int().min(0).max(100_000) }),
  z.object({ type: z.literal('part'), documentId: Id, part: PartRef }),
  z.object({ type: z.literal('heading'), text: z.string().trim().min(1).max(300), level: z.union([z.literal(1), z.literal(2)]).default(1) }),
  z.object({ type: z.literal('text'), text: BriefingText }),
]);
export type NewBriefingItem = z.output<typeof NewBriefingItem>;
/** A whole briefing (undo of delete): as stored, with bounded strings. */
const BriefingInput = z.object({
  id: Id,
  title: BriefingTitle,
  subtitle: z.string().max(BRIEFING_LINE_MAX),
  author: z.string().max(200),
  intro: BriefingText,
  classification: z.string().max(120).default(''),
  date: IsoDate.nullable().default(null),
  items: z.array(BriefingItemInput).max(MAX_BRIEFING_ITEMS),
  options: BriefingOptions.prefault({}),
  createdAt: z.string().max(40),
  updatedAt: z.string().max(40),
});


/** The briefings entries of the API contract. */
export const briefingsEntries = {
  'briefings.list': entry<BriefingSummary[]>()(z.object({})),
  'briefings.get': entry<BriefingView>()(z.object({ id: Id })),
  'briefings.create': entry<Briefing>()(
    z.object({
      title: BriefingTitle,
      subtitle: z.string().max(BRIEFING_LINE_MAX).default(''),
      author: z.string().max(200).default(''),
      locale: z.enum(['nl', 'en']).default('nl'),
    }),
  ),
  /** changes the given fields; `items` replaces the whole list (reorder, edit, remove; undo sends an older list) */
  'briefings.update': entry<Briefing>()(
    z.object({
      id: Id,
      title: BriefingTitle.optional(),
      subtitle: z.string().max(BRIEFING_LINE_MAX).optional(),
      author: z.string().max(200).optional(),
      intro: BriefingText.optional(),
      classification: z.string().max(120).optional(),
      date: IsoDate.nullable().optional(),
      options: BriefingOptions.partial().optional(),
      items: z.array(BriefingItemInput).max(MAX_BRIEFING_ITEMS).optional(),
    }),
  ),
  'briefings.duplicate': entry<Briefing>()(z.object({ id: Id })),
  'briefings.delete': entry<Briefing>()(z.object({ id: Id })),
  /** puts a deleted briefing back (undo of delete), at its old place in the list when it is free */
  'briefings.restore': entry<Briefing>()(z.object({ briefing: BriefingInput })),
  /**
   * adds items at the end of a briefing (or of a new one titled `newTitle`); an excerpt, question
   * or document the briefing already holds is not added again (counted in `duplicates`).
   * `part` items (a search hit) become the question/answer pair they are in.
   */
  'briefings.addItems': entry<AddToBriefingResult>()(
    z
      .object({
        briefingId: Id.optional(),
        newTitle: BriefingTitle.optional(),
        /** the print language of a new briefing (with `newTitle`) */
        locale: z.enum(['nl', 'en']).optional(),
        items: z.array(NewBriefingItem).min(1).max(MAX_BRIEFING_ITEMS),
      })
      .refine((v) => (v.briefingId === undefined) !== (v.newTitle === undefined), 'give either briefingId or newTitle'),
  ),
  /**
   * adds every excerpt tagged with `tagId` (and its sub-themes): a heading for the theme, then one
   * level-2 heading per sub-theme, per document or per date, each with its excerpts in date order
   */
  'briefings.addTheme': entry<AddToBriefingResult>()(
    z
      .object({
        briefingId: Id.optional(),
        newTitle: BriefingTitle.optional(),
        /** the print language of a new briefing (with `newTitle`) */
        locale: z.enum(['nl', 'en']).optional(),
        tagId: Id,
        groupBy: z.enum(['subtheme', 'document', 'date']).default('subtheme'),
      })
      .refine((v) => (v.briefingId === undefined) !== (v.newTitle === undefined), 'give either briefingId or newTitle'),
  ),
  /** the HTML the PDF is printed from (without embedded fonts; the contents show no page numbers) */
  'briefings.preview': entry<{ html: string }>()(z.object({ id: Id })),
  'briefings.export': entry<BriefingExport>()(z.object({ id: Id, format: z.enum(['pdf', 'docx']).default('pdf') })),
} as const;
