/**
 * The annotations view's list: the filter, the matching annotations loaded page by page as the
 * list scrolls (`annotations.query` with offset/limit), and the selection (click, Shift+click,
 * Ctrl+click, select all). Selected annotations are kept by reference; every (re)load keeps only
 * those still in the result (as a file manager keeps only the visible items), and until that is
 * known the selection counts as unsettled: bulk actions wait (`selectionInResult`) or are disabled.
 */
// maps here are never changed in place: each change stores a new one in a $state.raw field (cheap for
// a 20,000-annotation select-all, unlike a SvelteMap's signal per key); #inFlight is not shown at all
/* eslint-disable svelte/prefer-svelte-reactivity */
import type { ApiClient } from '../../src-main/core/api/contract.js';
import type { ApiError } from '../../src-main/core/api/result.js';
import type { AnnotationRef, AnnotationRow, AnnotationSort } from '../../src-main/core/api/types.js';
import type { AnchorState, HighlightColor } from '../../src-main/core/model/annotation.js';
import type { Locale } from '../lib/i18n.js';

/** What the view shows: all given filters must match ('' / null / [] = no filter). */
export interface AnnotationFilter {
  /** the library's query language, narrowing the documents */
  query: string;
  /** a theme; its sub-themes are included */
  tagId: string | null;
  colors: readonly HighlightColor[];
  /** words in quote or note */
  text: string;
  anchorStates: readonly AnchorState[];
  sort: AnnotationSort;
}

export const NO_FILTER: AnnotationFilter = { query: '', tagId: null, colors: [], text: '', anchorStates: [], sort: 'date' };

/** Rows per `annotations.query` call while scrolling. */
export const PAGE_SIZE = 100;

/** The selection's key of an annotation. */
export function refKey(ref: AnnotationRef): string {
  return `${ref.documentId}\u0000${ref.id}`;
}

export class AnnotationListState {
  #api: ApiClient;
  #onError: (error: ApiError) => void;
  #filter = $state.raw<AnnotationFilter>(NO_FILTER);
  #locale: Locale = 'nl';
  #total = $state(0);
  /** loaded pages by page number */
  #pages = $state.raw<ReadonlyMap<number, readonly AnnotationRow[]>>(new Map());
  /** the list (`#generation`) whose first page `#pages` holds */
  #pagesGeneration = 0;
  /** the pages before a refresh, shown until their fresh copies arrive (no "Laden…" flash) */
  #stalePages = $state.raw<ReadonlyMap<number, readonly AnnotationRow[]>>(new Map());
  /** bumped when a (re)load answered: the view then asks again for the pages it shows */
  #revision = $state(0);
  #isLoaded = $state(false);
  #queryError = $state.raw<ApiError | null>(null);
  #selected = $state.raw<ReadonlyMap<string, AnnotationRef>>(new Map());
  /** the pruning of the selection to the current result, while it runs */
  #settling = $state.raw<Promise<void> | null>(null);
  /** the row a Shift+click extends from */
  #anchor: number | null = null;
  /** bumped by every reload: answers for an older list are dropped */
  #generation = 0;
  #inFlight = new Set<number>();
  #allRefs: Promise<AnnotationRef[] | null> | null = null;

  constructor(api: ApiClient, onError: (error: ApiError) => void) {
    this.#api = api;
    this.#onError = onError;
  }

  get filter(): AnnotationFilter {
    return this.#filter;
  }

  /** Annotations matching the filter (all pages). */
  get total(): number {
    return this.#total;
  }

  /** True once the first page for the current filter has answered. */
  get isLoaded(): boolean {
    return this.#isLoaded;
  }

  /** The error of the last query (a query that does not parse, …), shown next to the filters. */
  get queryError(): ApiError | null {
    return this.#queryError;
  }

  /** Changes with every (re)load that answered: the pages in view must be asked for again. */
  get revision(): number {
    return this.#revision;
  }

  /** The row at `index`, or null while its page is not loaded. */
  row(index: number): AnnotationRow | null {
    const page = Math.floor(index / PAGE_SIZE);
    return (this.#pages.get(page) ?? this.#stalePages.get(page))?.[index % PAGE_SIZE] ?? null;
  }

  /** Changes the filter and reloads from the first page. */
  async setFilter(patch: Partial<AnnotationFilter>): Promise<void> {
    this.#filter = { ...this.#filter, ...patch };
    this.#anchor = null;
    this.#stalePages = new Map();
    this.#pages = new Map();
    await this.load();
  }

  /** The language of part labels (the next load uses it). */
  useLocale(locale: Locale): void {
    this.#locale = locale;
  }

  /**
   * (Re)loads the first page; other pages load again as they are shown (meanwhile they show as
   * they were). The selection keeps only the annotations in the new result (see `isSelectionSettled`).
   */
  async load(): Promise<void> {
    const generation = ++this.#generation;
    this.#inFlight.clear();
    this.#allRefs = null;
    const settling = this.#selected.size > 0 ? this.#pruneTo(generation) : null;
    this.#settling = settling;
    const page = await this.#query(0);
    if (generation === this.#generation && page) {
      this.#stalePages = new Map([...this.#stalePages, ...this.#pages]);
      this.#pages = new Map([[0, page]]);
      this.#pagesGeneration = generation;
      this.#isLoaded = true;
      this.#revision++;
    }
    await settling;
  }

  /** Loads the pages holding rows `[start, end)` that are not loaded yet. */
  async ensureRange(start: number, end: number): Promise<void> {
    const generation = this.#generation;
    const wanted: number[] = [];
    for (let p = Math.floor(start / PAGE_SIZE); p * PAGE_SIZE < Math.min(end, this.#total); p++) {
      if (!this.#pages.has(p) && !this.#inFlight.has(p)) wanted.push(p);
    }
    await Promise.all(
      wanted.map(async (p) => {
        this.#inFlight.add(p);
        const rows = await this.#query(p);
        if (generation !== this.#generation) return;
        this.#inFlight.delete(p);
        if (rows) this.#pages = new Map([...this.#pages, [p, rows]]);
        if (this.#stalePages.has(p)) this.#stalePages = new Map([...this.#stalePages].filter(([k]) => k !== p));
      }),
    );
  }

  /**
   * Every matching annotation, in list order (`idsOnly`), fetched once per list.
   * @returns null when the query failed (reported)
   */
  allRefs(): Promise<AnnotationRef[] | null> {
    this.#allRefs ??= this.#api['annotations.query']({ ...this.#input(), idsOnly: true }).then((result) => {
      if (result.ok) return result.value.refs;
      // a filter that does not parse matches nothing (its error is shown next to the filters)
      if (isFilterError(result.error)) return [];
      this.#onError(result.error);
      return null;
    });
    return this.#allRefs;
  }

  get selectedCount(): number {
    return this.#selected.size;
  }

  /**
   * The selected annotations (in the order they were selected). While the selection is not settled
   * (`isSelectionSettled`) it may still hold annotations the new filter hides: act on
   * `selectionInResult()` instead.
   */
  get selectedRefs(): AnnotationRef[] {
    return [...this.#selected.values()];
  }

  /** False from a (re)load until the selection is pruned to its result (bulk actions are disabled meanwhile). */
  get isSelectionSettled(): boolean {
    return this.#settling === null;
  }

  /**
   * The selected annotations once the selection is pruned to the current result: exactly what
   * "n geselecteerd" says and what a bulk action may touch.
   */
  async selectionInResult(): Promise<AnnotationRef[]> {
    while (this.#settling) await this.#settling;
    return this.selectedRefs;
  }

  isSelected(ref: AnnotationRef): boolean {
    return this.#selected.has(refKey(ref));
  }

  /** Selects only row `index` (a click); it becomes the anchor of a Shift+click. */
  selectOnly(index: number): void {
    const row = this.row(index);
    if (!row) return;
    this.#anchor = index;
    this.#selected = new Map([[refKey(row.annotation), this.#ref(row)]]);
    this.#settleIfStale(index);
  }

  /** Adds row `index` to the selection or takes it out (Ctrl+click, Space). */
  toggle(index: number): void {
    const row = this.row(index);
    if (!row) return;
    this.#anchor = index;
    const next = new Map(this.#selected);
    const key = refKey(row.annotation);
    if (next.has(key)) next.delete(key);
    else next.set(key, this.#ref(row));
    this.#selected = next;
    this.#settleIfStale(index);
  }

  /**
   * Selects the rows from the anchor to `index`, both included (Shift+click, Shift+↓).
   * @param fallbackAnchor where the range starts when nothing was clicked yet (default `index`)
   */
  async selectRange(index: number, fallbackAnchor = index): Promise<void> {
    this.#anchor ??= fallbackAnchor;
    const from = this.#anchor;
    const [start, end] = from <= index ? [from, index + 1] : [index, from + 1];
    const refs = await this.#refsBetween(start, end);
    if (refs) this.#selected = new Map(refs.map((ref) => [refKey(ref), ref]));
  }

  /** Selects every matching annotation, on every page (Ctrl+A). */
  async selectAll(): Promise<void> {
    const refs = await this.allRefs();
    if (refs) this.#selected = new Map(refs.map((ref) => [refKey(ref), ref]));
  }

  clearSelection(): void {
    this.#selected = new Map();
    this.#anchor = null;
  }

  /**
   * Keeps only the selected annotations in the result of list `generation`; when that result
   * cannot be had (the error is reported) the selection is cleared, since nothing it holds can be
   * shown. An answer for an older list is dropped (the newer load prunes again).
   */
  async #pruneTo(generation: number): Promise<void> {
    const refs = await this.allRefs().catch(() => null);
    if (generation !== this.#generation) return;
    const matching = new Set((refs ?? []).map(refKey));
    const kept = [...this.#selected].filter(([key]) => matching.has(key));
    if (kept.length !== this.#selected.size) this.#selected = new Map(kept);
    if (kept.length === 0) this.#anchor = null;
    this.#settling = null;
  }

  /** The refs of rows `[start, end)`: from the loaded pages when all are fresh, else from `allRefs`. */
  async #refsBetween(start: number, end: number): Promise<AnnotationRef[] | null> {
    const loaded: AnnotationRef[] = [];
    for (let i = start; i < end; i++) {
      const row = this.#isFresh(i) ? this.row(i) : null;
      if (!row) return (await this.allRefs())?.slice(start, end) ?? null;
      loaded.push(this.#ref(row));
    }
    return loaded;
  }

  /**
   * Row `index` was picked from a page shown from before the last reload (it may have left the
   * result): the selection is pruned to the result again.
   */
  #settleIfStale(index: number): void {
    if (this.#isFresh(index) || this.#settling) return;
    this.#settling = this.#pruneTo(this.#generation);
  }

  /** True when row `index` is shown from the current list, not from a page kept from before a reload. */
  #isFresh(index: number): boolean {
    return this.#pagesGeneration === this.#generation && this.#pages.has(Math.floor(index / PAGE_SIZE));
  }

  #ref(row: AnnotationRow): AnnotationRef {
    return { documentId: row.annotation.documentId, id: row.annotation.id };
  }

  #input() {
    const f = this.#filter;
    return {
      query: f.query.trim(),
      tagId: f.tagId ?? undefined,
      colors: f.colors.length > 0 ? [...f.colors] : undefined,
      text: f.text.trim(),
      anchorStates: f.anchorStates.length > 0 ? [...f.anchorStates] : undefined,
      sort: f.sort,
      locale: this.#locale,
    };
  }

  /** One page; errors of the filter are kept for the view (the list empties), others go to the error callback. */
  async #query(page: number): Promise<AnnotationRow[] | null> {
    const generation = this.#generation;
    const result = await this.#api['annotations.query']({ ...this.#input(), offset: page * PAGE_SIZE, limit: PAGE_SIZE });
    if (generation !== this.#generation) return null;
    if (!result.ok) {
      if (isFilterError(result.error)) {
        this.#queryError = result.error;
        this.#total = 0;
        this.#pages = new Map();
        this.#isLoaded = true;
      } else this.#onError(result.error);
      return null;
    }
    this.#queryError = null;
    this.#total = result.value.total;
    return result.value.rows;
  }
}

/** An error of the filter itself (a query that does not parse, an input out of bounds): the list is empty. */
function isFilterError(error: ApiError): boolean {
  return error.code === 'search-syntax' || error.code === 'invalid-input';
}
