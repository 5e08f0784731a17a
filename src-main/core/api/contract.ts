/**
 * The one API between the renderer and the main process, as data: each entry has a name, a zod
 * input schema (parsed in main at every binding) and an output type. Electron IPC, the HTTP shell
 * and the renderer client are all derived from this table (STYLE: "the contract is data").
 */
import { z } from 'zod';
import {
  AnnotationTarget,
  BriefingItemId,
  BriefingOptions,
  HighlightColor,
  IsoDate,
  PartRef,
  type Annotation,
  type Briefing,
  type DocumentSummary,
  type SavedSearch,
  type Tag,
} from '../model/index.js';
import type {
  AddToBriefingResult,
  AnnotationExport,
  AnnotationImportReport,
  AppInfo,
  BriefingExport,
  BriefingSummary,
  BriefingView,
  BrowseResult,
  DocumentWithAnnotations,
  ImportReport,
  SearchHit,
  TagStats,
} from './types.js';
import type { ApiName } from './names.js';
import type { Result } from './result.js';
import { BRIEFING_LINE_MAX } from './limits.js';

export { API_NAMES, channelFor, type ApiName } from './names.js';

/** One contract entry: the input schema, and the output type carried only at the type level. */
export interface Entry<I extends z.ZodType, O> {
  input: I;
  /** phantom: never read at runtime */
  output?: O;
}

function entry<O>() {
  return <I extends z.ZodType>(input: I): Entry<I, O> => ({ input });
}

const Id = z.string().min(1).max(200);
/** Base64 of at most ~60 MB of source bytes. */
const Base64 = z.string().max(80_000_000).regex(/^[A-Za-z0-9+/=\r\n]*$/, 'expected base64');
const TagName = z.string().trim().min(1).max(80);
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

export const contract = {
  'app.info': entry<AppInfo>()(z.object({})),
  'documents.list': entry<DocumentSummary[]>()(z.object({})),
  'documents.get': entry<DocumentWithAnnotations>()(z.object({ id: Id })),
  'documents.import': entry<ImportReport>()(
    z.object({
      files: z
        .array(z.object({ name: z.string().min(1).max(255), contentBase64: Base64 }))
        .min(1)
        .max(500),
    }),
  ),
  'documents.setTags': entry<DocumentSummary>()(
    z.object({ documentId: Id, tagIds: z.array(Id).max(100) }),
  ),
  'annotations.create': entry<Annotation>()(
    z.object({
      documentId: Id,
      target: AnnotationTarget,
      note: z.string().max(20_000).default(''),
      color: HighlightColor.default('yellow'),
      tagIds: z.array(Id).max(100).default([]),
    }),
  ),
  'annotations.update': entry<Annotation>()(
    z.object({
      documentId: Id,
      id: Id,
      note: z.string().max(20_000).optional(),
      color: HighlightColor.optional(),
      tagIds: z.array(Id).max(100).optional(),
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
  'tags.list': entry<Tag[]>()(z.object({})),
  'tags.create': entry<Tag>()(
    z.object({ name: TagName, color: z.string().max(20).optional(), parentId: Id.nullable().optional() }),
  ),
  'tags.update': entry<Tag>()(
    z.object({
      id: Id,
      name: TagName.optional(),
      color: z.string().max(20).optional(),
      parentId: Id.nullable().optional(),
      description: z.string().max(2000).optional(),
    }),
  ),
  /**
   * deletes a theme; its sub-themes move up to its parent. mode 'remove' takes it off every
   * annotation and document, 'move-to-parent' puts its parent there instead (reason 'tag-no-parent'
   * for a top-level theme)
   */
  'tags.delete': entry<Tag>()(z.object({ id: Id, mode: z.enum(['remove', 'move-to-parent']).default('remove') })),
  /**
   * merges theme `sourceId` into `targetId` (whose id stays): annotations and documents carrying
   * the source carry the target (once), the source's sub-themes move under the target, the source goes
   */
  'tags.merge': entry<Tag>()(z.object({ sourceId: Id, targetId: Id })),
  /** per theme: documents and annotations carrying it directly, and with its sub-themes */
  'tags.stats': entry<TagStats[]>()(z.object({})),
  'search.query': entry<SearchHit[]>()(
    z.object({ query: z.string().max(1000), limit: z.number().int().min(1).max(500).default(50) }),
  ),
  'search.browse': entry<BrowseResult>()(
    z.object({ query: z.string().max(1000), sort: z.enum(['relevance', 'date', 'delay']).default('relevance') }),
  ),
  'searches.list': entry<SavedSearch[]>()(z.object({})),
  /** saves a query under a name; a saved search with the same name (any case) is replaced */
  'searches.save': entry<SavedSearch>()(
    z.object({ name: z.string().trim().min(1).max(120), query: z.string().trim().min(1).max(1000) }),
  ),
  'searches.delete': entry<SavedSearch>()(z.object({ id: Id })),
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
} as const satisfies Record<ApiName, Entry<z.ZodType, unknown>>;

export type Contract = typeof contract;
// compile-time check that names.ts and the contract list the same entries
type MissingFromNames = Exclude<keyof Contract, ApiName>;
const namesMatchContract: [MissingFromNames] extends [never] ? true : never = true;
void namesMatchContract;
/** What the caller sends (before defaults are applied). */
export type ApiInput<K extends ApiName> = z.input<Contract[K]['input']>;
/** What the handler receives (after parsing, defaults applied). */
export type ApiParsedInput<K extends ApiName> = z.output<Contract[K]['input']>;
export type ApiOutput<K extends ApiName> = Contract[K] extends Entry<z.ZodType, infer O> ? O : never;


/** A handler table: one async function per contract entry. */
export type ApiHandlers = { [K in ApiName]: (input: ApiParsedInput<K>) => Promise<ApiOutput<K>> };

/** A client: what the renderer calls (unparsed input in, Result out). */
export type ApiClient = { [K in ApiName]: (input: ApiInput<K>) => Promise<Result<ApiOutput<K>>> };
