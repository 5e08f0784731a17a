/**
 * The API contract's entries for search, the library list and saved searches.
 */
import { z } from 'zod';
import type { SavedSearch } from '../model/index.js';
import type { BrowseResult, SearchHit } from './types.js';
import { entry, Id } from './contract-base.js';


/** The search entries of the API contract. */
export const searchEntries = {
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
} as const;
