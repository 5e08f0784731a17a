/**
 * The library: the archive's document summaries, the tag filter over them, and full-text search
 * (query + hits). Documents behind search hits are fetched once so hits can say "Antwoord 3–4".
 */
import type { ApiClient } from '../../src-main/core/api/contract.js';
import type { ApiError } from '../../src-main/core/api/result.js';
import type { SearchHit } from '../../src-main/core/api/types.js';
import type { DocumentSummary, QaDocument } from '../../src-main/core/model/document.js';
import { SvelteMap } from 'svelte/reactivity';

/** Documents fetched per search for labelling hits; more hits fall back to index-based labels. */
const MAX_LABEL_DOCUMENTS = 20;
/** Hits asked for per search. */
const SEARCH_LIMIT = 50;

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
  #tagFilter = $state<string | null>(null);
  #query = $state('');
  #hits = $state.raw<SearchHit[] | null>(null);
  #isSearching = $state(false);
  #searchError = $state.raw<ApiError | null>(null);
  #labelDocuments = new SvelteMap<string, QaDocument>();
  #searchSeq = 0;
  #visible = $derived.by(() => {
    const tagId = this.#tagFilter;
    if (tagId === null) return this.#summaries;
    // a document carries a theme when it is tagged itself or when one of its annotations is
    return this.#summaries.filter((s) => s.tagIds.includes(tagId) || s.annotationTagIds.includes(tagId));
  });

  constructor(api: ApiClient, onError: (error: ApiError) => void) {
    this.#api = api;
    this.#onError = onError;
  }

  /** Every document in the archive, newest first. */
  get summaries(): readonly DocumentSummary[] {
    return this.#summaries;
  }

  /** The documents passing the tag filter. */
  get visible(): readonly DocumentSummary[] {
    return this.#visible;
  }

  get isLoaded(): boolean {
    return this.#isLoaded;
  }

  get tagFilter(): string | null {
    return this.#tagFilter;
  }

  get query(): string {
    return this.#query;
  }

  /** Hits of the last search; null when no search is active. */
  get hits(): readonly SearchHit[] | null {
    return this.#hits;
  }

  get isSearching(): boolean {
    return this.#isSearching;
  }

  /** The syntax error of the last query (code `search-syntax`, `details.position`), shown under the search box. */
  get searchError(): ApiError | null {
    return this.#searchError;
  }

  /** The summary of `id`, if it is in the archive. */
  summary(id: string): DocumentSummary | undefined {
    return this.#summaries.find((s) => s.id === id);
  }

  /** The full document for labelling a hit, once fetched. */
  labelDocument(id: string): QaDocument | null {
    return this.#labelDocuments.get(id) ?? null;
  }

  /** Shows only documents carrying tag `tagId` (on the document or on one of its annotations). */
  setTagFilter(tagId: string | null): void {
    this.#tagFilter = tagId;
  }

  /** Fetches `documents.list` (again); call after anything that changes summaries. */
  async load(): Promise<void> {
    const result = await this.#api['documents.list']({});
    if (!result.ok) {
      this.#onError(result.error);
      return;
    }
    this.#summaries = [...result.value].sort(byReceivedDesc);
    this.#isLoaded = true;
  }

  /** Replaces one summary in place (e.g. after `documents.setTags`). */
  updateSummary(summary: DocumentSummary): void {
    this.#summaries = this.#summaries.map((s) => (s.id === summary.id ? summary : s));
  }

  /**
   * Runs `search.query`; an empty query clears the hits. Only the latest of overlapping searches
   * updates the hits.
   */
  async search(query: string): Promise<void> {
    this.#query = query;
    this.#searchError = null;
    const seq = ++this.#searchSeq;
    if (query.trim() === '') {
      this.#hits = null;
      this.#isSearching = false;
      return;
    }
    this.#isSearching = true;
    const result = await this.#api['search.query']({ query, limit: SEARCH_LIMIT });
    if (seq !== this.#searchSeq) return;
    this.#isSearching = false;
    if (!result.ok) {
      this.#hits = [];
      if (result.error.code === 'search-syntax') this.#searchError = result.error;
      else this.#onError(result.error);
      return;
    }
    this.#hits = result.value;
    await this.#fetchLabelDocuments(result.value);
  }

  /** Forgets the search query and its hits. */
  clearSearch(): void {
    void this.search('');
  }

  async #fetchLabelDocuments(hits: readonly SearchHit[]): Promise<void> {
    const missing = hits
      .map((h) => h.documentId)
      .filter((id, i, all) => all.indexOf(id) === i && !this.#labelDocuments.has(id))
      .slice(0, MAX_LABEL_DOCUMENTS);
    if (missing.length === 0) return;
    const results = await Promise.all(missing.map((id) => this.#api['documents.get']({ id })));
    for (const result of results) if (result.ok) this.#labelDocuments.set(result.value.document.id, result.value.document);
  }

  /** Drops cached documents (after an import replaced one). */
  forgetLabelDocuments(): void {
    this.#labelDocuments.clear();
  }
}
