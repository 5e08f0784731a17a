/**
 * The one API between the renderer and the main process, as data: each entry has a name, a zod
 * input schema (parsed in main at every binding) and an output type. Electron IPC, the HTTP shell
 * and the renderer client are all derived from this table (STYLE: "the contract is data").
 */
import { z } from 'zod';
import {
  AnnotationTarget,
  HighlightColor,
  type Annotation,
  type DocumentSummary,
  type SavedSearch,
  type Tag,
} from '../model/index.js';
import type { AppInfo, BriefingExport, BrowseResult, DocumentWithAnnotations, ImportReport, SearchHit } from './types.js';
import type { ApiName } from './names.js';
import type { Result } from './result.js';

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
  'tags.delete': entry<Tag>()(z.object({ id: Id })),
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
  'briefing.export': entry<BriefingExport>()(
    z.object({
      title: z.string().trim().min(1).max(300),
      subtitle: z.string().max(300).default(''),
      author: z.string().max(200).default(''),
      documentIds: z.array(Id).min(1).max(200),
      locale: z.enum(['nl', 'en']).default('nl'),
    }),
  ),
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
