/**
 * The one API between the renderer and the main process, as data: each entry has a name, a zod
 * input schema (parsed in main at every binding) and an output type. Electron IPC, the HTTP shell
 * and the renderer client are all derived from this table (STYLE: "the contract is data").
 * Each area's entries live in contract-<area>.ts.
 */
import type { z } from 'zod';
import type { ApiName } from './names.js';
import type { Result } from './result.js';
import type { Entry } from './contract-base.js';
import { annotationListEntries } from './contract-annotation-list.js';
import { annotationsEntries } from './contract-annotations.js';
import { briefingsEntries } from './contract-briefings.js';
import { documentsEntries } from './contract-documents.js';
import { reviewEntries } from './contract-review.js';
import { searchEntries } from './contract-search.js';
import { tagsEntries } from './contract-tags.js';

export { API_NAMES, channelFor, type ApiName } from './names.js';
export type { Entry } from './contract-base.js';
export { MAX_BRIEFING_ITEMS, type NewBriefingItem } from './contract-briefings.js';

export const contract = {
  ...documentsEntries,
  ...annotationsEntries,
  ...annotationListEntries,
  ...reviewEntries,
  ...tagsEntries,
  ...searchEntries,
  ...briefingsEntries,
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

