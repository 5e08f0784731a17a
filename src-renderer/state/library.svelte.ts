/**
 * The library: the archive's document summaries and the query over them. A query runs twice in
 * parallel: `search.browse` lists every matching document in the chosen order with facet counts,
 * `search.query` gives the best hits with snippets for the rows that show one. Documents behind
 * visible hits are fetched so a row can say "Antwoord 3–4"; the hit last opened is kept so the
 * reader can mark its words.
 */
import type { ApiClient } from '../../src-main/core/api/contract.js';
import type { ApiError } from '../../src-main/core/api/result.js';
import type { BrowseResult, BrowseSort, FacetCount, FacetName, SearchHit } from '../../src-main/core/api/types.js';
import type { DocumentSummary, QaDocument } from '../../src-main/core/model/document.js';
import { SvelteMap, SvelteSet } from 'svelte/reactivity';
import { bestHitPerDocument, summariesById, summariesInOrder, type DocumentHit } from '../lib/library-rows.js';
import { appendClause, removeClause } from '../lib/query-clauses.js';
import { LibrarySelection } from './library-selection.svelte.js';
import { SavedSearchesState } from './saved-searches.svelte.js';

/** Hits asked for per query: enough for the rows an analyst scrolls through with snippets. */
export const HIT_LIMIT = 200;
/** Milliseconds of quiet typing before the query runs. */
export const TYPING_DEBOUNCE_MS = 150;
/** Full documents kept for labelling hits; the cache starts over beyond this. */
const MAX_LABEL_DOCUMENTS = 300;

/** Which facet value a query clause stands for. */
export interface ClauseFacet {
  facet: FacetName;
  value: string;
}

export type { DocumentHit };

/** True for a failure to reach the main process at all (browser shell: network down, HTTP error). */
function isTransportError(error: ApiError): boolean {
  return error.details['transport'] === true;
}

/** Newest answer first; undated documents last, then by title. */
function byReceivedDesc(a: DocumentSummary, b: DocumentSummary): number {
  const da = a.receivedOn ?? a.submittedOn ?? '';
  const db = b.receivedOn ?? b.submittedOn ?? '';
  if (da !== db) return da < db ? 1 : -1;
  return (a.title ?? '').localeCompare(b.title ?? '', 'nl');
}

export class LibraryState {
  #api: ApiClient;
  #onError: (error: ApiError) => void;
  #summaries = $state.raw<DocumentSummary[]>([]);
  #isLoaded = $state(false);
  /** what the search field holds */
  #input = $state('');
  /** the query the list shows (last run) */
  #query = $state('');
  #sortChoice = $state<BrowseSort | null>(null);
  #browse = $state.raw<{ query: string; result: BrowseResult } | null>(null);
  #hits = $state.raw<SearchHit[] | null>(null);
  #pending = $state(0);
  #searchError = $state.raw<ApiError | null>(null);
  #connectionError = $state.raw<ApiError | null>(null);
  #openedHit = $state.raw<SearchHit | null>(null);
  /** facet clause → its facet and value, remembered from every browse so chips keep their label */
  #clauseFacets = new SvelteMap<string, ClauseFacet>();
  #labelDocuments = new SvelteMap<string, QaDocument>();
  #labelRequests = new SvelteSet<string>();
  #browseSeq = 0;
  #hitSeq = 0;
  #typingTimer: ReturnType<typeof setTimeout> | undefined;
  #byId = $derived(summariesById(this.#summaries));
  #rows = $derived.by(() => this.#computeRows());
  #documentHits = $derived(bestHitPerDocument(this.#hits ?? []));

  /** The workspace's saved searches. */
  readonly saved: SavedSearchesState;
  /** The documents of the list chosen for a batch action (several to delete at once). */
  readonly selection = new LibrarySelection(() => this.rows);

  constructor(api: ApiClient, onError: (error: ApiError) => void) {
    this.#api = api;
    this.#onError = onError;
    this.saved = new SavedSearchesState(api, onError);
  }

  /** Every document in the archive, newest first. */
  get summaries(): readonly DocumentSummary[] {
    return this.#summaries;
  }

  /** The documents the list shows: those matching the query, in the chosen order. */
  get rows(): readonly DocumentSummary[] {
    return this.#rows;
  }

  /** Number of matching documents. */
  get total(): number {
    return this.#currentBrowse()?.total ?? this.#rows.length;
  }

  /** True when a quoted phrase was checked only approximately (see `BrowseResult.approximate`). */
  get isApproximate(): boolean {
    return this.#currentBrowse()?.approximate ?? false;
  }

  /** Facet counts over the matching documents; null until the first browse answered. */
  get facets(): Record<FacetName, BrowseResult['facets'][FacetName]> | null {
    return this.#browse?.result.facets ?? null;
  }

  /** The facet and value of every facet clause seen so far (for the chips' labels). */
  get clauseFacets(): ReadonlyMap<string, ClauseFacet> {
    return this.#clauseFacets;
  }

  get isLoaded(): boolean {
    return this.#isLoaded;
  }

  /** The search field's text; setting it runs the query after a short pause in typing. */
  get input(): string {
    return this.#input;
  }

  set input(value: string) {
    this.#input = value;
    clearTimeout(this.#typingTimer);
    this.#typingTimer = setTimeout(() => void this.search(value), TYPING_DEBOUNCE_MS);
  }

  /** The query the list shows. */
  get query(): string {
    return this.#query;
  }

  /** The order in use: the one chosen, else relevance with a query and date without. */
  get sort(): BrowseSort {
    const hasQuery = this.#query.trim() !== '';
    const choice = this.#sortChoice;
    if (choice === null || (choice === 'relevance' && !hasQuery)) return hasQuery ? 'relevance' : 'date';
    return choice;
  }

  /** Hits of the last query; null when no query is active. */
  get hits(): readonly SearchHit[] | null {
    return this.#hits;
  }

  /** The best hit of document `id` for the current query, if it is among the first hits. */
  documentHit(id: string): DocumentHit | null {
    return this.#documentHits.get(id) ?? null;
  }

  get isSearching(): boolean {
    return this.#pending > 0;
  }

  /** The syntax error of the last query (code `search-syntax`, `details.position`), shown under the search box. */
  get searchError(): ApiError | null {
    return this.#searchError;
  }

  /**
   * The transport error (`details.transport`, e.g. the server stopped) of the last browse, until a
   * browse succeeds again: the list then still shows the last results, marked as stale.
   */
  get connectionError(): ApiError | null {
    return this.#connectionError;
  }

  /** True when the list shows the results of an earlier query (syntax error or no connection). */
  get isStale(): boolean {
    return this.#searchError !== null || this.#connectionError !== null;
  }

  /** The hit the reader was opened on, while its query is active; the reader marks its words. */
  get openedHit(): SearchHit | null {
    return this.#openedHit;
  }

  /** The summary of `id`, if it is in the archive. */
  summary(id: string): DocumentSummary | undefined {
    return this.#byId.get(id);
  }

  /** The full document for labelling a hit, once fetched. */
  labelDocument(id: string): QaDocument | null {
    return this.#labelDocuments.get(id) ?? null;
  }

  /** Fetches `documents.list` (again) and refreshes the list; call after anything that changes summaries. */
  async load(): Promise<void> {
    const [result] = await Promise.all([this.#api['documents.list']({}), this.saved.load()]);
    if (!result.ok) {
      this.#onError(result.error);
      return;
    }
    this.#summaries = [...result.value].sort(byReceivedDesc);
    this.#isLoaded = true;
    await this.#runBrowse(this.#query);
  }

  /** Replaces one summary in place (e.g. after `documents.setTags`) and recounts the facets. */
  updateSummary(summary: DocumentSummary): void {
    this.#summaries = this.#summaries.map((s) => (s.id === summary.id ? summary : s));
    void this.#runBrowse(this.#query);
  }

  /**
   * Runs `query` now (the search field shows it too): the browse list with facets and the hits.
   * Only the latest of overlapping queries updates the list.
   */
  async search(query: string): Promise<void> {
    clearTimeout(this.#typingTimer);
    this.#input = query;
    this.#query = query;
    this.#searchError = null;
    if (query.trim() === '') this.#openedHit = null;
    await Promise.all([this.#runBrowse(query), this.#runHits(query)]);
  }

  /** Forgets the query, its hits and the marks in the reader. */
  clearSearch(): void {
    void this.search('');
  }

  /** Adds a facet value's clause to the query and runs it. */
  addClause(clause: string, facet: FacetName, value: string): void {
    this.#clauseFacets.set(clause, { facet, value });
    void this.search(appendClause(this.#query, clause));
  }

  /** Removes a clause (as it stands in the query) and runs the rest. */
  removeClause(clause: string): void {
    void this.search(removeClause(this.#query, clause));
  }

  /** Chooses the order of the list and fetches it again. */
  setSort(sort: BrowseSort): void {
    this.#sortChoice = sort;
    void this.#runBrowse(this.#query);
  }

  /** Remembers the hit the reader is being opened on (null: a plain document open). */
  markOpenedHit(hit: SearchHit | null): void {
    this.#openedHit = hit;
  }

  /**
   * Up to `limit` hits of the query the list shows (`search.query`), for "Alle treffers aan
   * briefing toevoegen". @returns [] without a query; null on failure (reported)
   */
  async allHits(limit = 500): Promise<SearchHit[] | null> {
    if (this.#query.trim() === '') return [];
    const result = await this.#api['search.query']({ query: this.#query, limit });
    if (result.ok) return result.value;
    this.#onError(result.error);
    return null;
  }

  /** Fetches the documents of `ids` not yet at hand, for part labels such as "Antwoord 3–4". */
  async fetchLabelDocuments(ids: readonly string[]): Promise<void> {
    const missing = ids.filter((id) => !this.#labelDocuments.has(id) && !this.#labelRequests.has(id));
    if (missing.length === 0) return;
    if (this.#labelDocuments.size + missing.length > MAX_LABEL_DOCUMENTS) this.#labelDocuments.clear();
    missing.forEach((id) => this.#labelRequests.add(id));
    const results = await Promise.all(missing.map((id) => this.#api['documents.get']({ id })));
    missing.forEach((id) => this.#labelRequests.delete(id));
    for (const result of results) if (result.ok) this.#labelDocuments.set(result.value.document.id, result.value.document);
  }

  /** Drops cached documents (after an import replaced one). */
  forgetLabelDocuments(): void {
    this.#labelDocuments.clear();
  }

  #currentBrowse(): BrowseResult | null {
    const browse = this.#browse;
    return browse && browse.query === this.#query ? browse.result : null;
  }

  #computeRows(): DocumentSummary[] {
    const browse = this.#browse;
    const hasQuery = this.#query.trim() !== '';
    // while a new query runs, the last list stays (no flicker); no query shows every document at once
    if (browse && (browse.query === this.#query || hasQuery)) return summariesInOrder(browse.result.documentIds, this.#byId);
    // without search.browse (an error) a query lists the documents of its hits, best first
    return hasQuery ? summariesInOrder([...this.#documentHits.keys()], this.#byId) : this.#summaries;
  }

  async #runBrowse(query: string): Promise<void> {
    const seq = ++this.#browseSeq;
    this.#pending += 1;
    const result = await this.#api['search.browse']({ query, sort: this.sort });
    this.#pending -= 1;
    if (seq !== this.#browseSeq) return;
    if (!result.ok) {
      this.#report(result.error, query);
      // a bad query or a lost connection keeps the last list; otherwise the list falls back to the hits
      if (isTransportError(result.error)) this.#connectionError = result.error;
      else if (result.error.code !== 'search-syntax') this.#browse = null;
      return;
    }
    this.#connectionError = null;
    for (const [facet, values] of Object.entries(result.value.facets) as [FacetName, FacetCount[]][]) {
      for (const v of values) this.#clauseFacets.set(v.filter, { facet, value: v.value });
    }
    this.#browse = { query, result: result.value };
  }

  async #runHits(query: string): Promise<void> {
    const seq = ++this.#hitSeq;
    if (query.trim() === '') {
      this.#hits = null;
      return;
    }
    this.#pending += 1;
    const result = await this.#api['search.query']({ query, limit: HIT_LIMIT });
    this.#pending -= 1;
    if (seq !== this.#hitSeq) return;
    if (!result.ok) {
      // without a connection the last hits stay with the last list
      if (!isTransportError(result.error)) this.#hits = [];
      this.#report(result.error, query);
      return;
    }
    this.#hits = result.value;
  }

  /** A syntax error goes under the search box (once per query); anything else to the error toasts. */
  #report(error: ApiError, query: string): void {
    if (error.code !== 'search-syntax') this.#onError(error);
    else if (query === this.#query) this.#searchError = error;
  }
}
