/**
 * The one place that talks to FlexSearch (0.8, pinned): an inverted index from analysed terms to
 * document keys. Analysis happens before FlexSearch sees the text (our Dutch analyser, analysis.ts),
 * so FlexSearch's encoder only splits on the single spaces we join terms with.
 * Persistence: `postings()` reads FlexSearch's term map, `fromStored()` goes through its import
 * (which takes the lists as data), one term at a time as the term is first needed; in 0.8.212 import needs `fastupdate: false` (perf-anchors §9), so
 * an index meant to be saved is built without it. Resolution 1: we rank ourselves, so FlexSearch's
 * position slots would only cost memory.
 */
import { Index } from 'flexsearch';
import { decodeListAt, locatePostings } from './posting-codec.js';

/** Terms reach FlexSearch already analysed and joined by single spaces. */
function splitTerms(text: string): string[] {
  return text === '' ? [] : text.split(' ');
}

/** Removals between sweeps of emptied posting lists (a sweep walks the whole term map). */
const CLEANUP_EVERY = 2000;

/**
 * Saved posting lists not yet handed to FlexSearch: a list is decoded when a lookup or an add first
 * needs its term, so opening a 30,000-document archive does not build 13 million array entries.
 */
interface StoredLists {
  bytes: Uint8Array;
  /** term → offset of its list in `bytes`, until the list is handed over */
  offsets: Map<string, number>;
  /** entries removed since the load: left out of lists handed over later */
  removed: Set<number>;
}

export class TermIndex {
  private stored: StoredLists | null = null;

  // strict: whole terms only (prefix matching is done by vocabulary expansion, which costs far less
  // memory than tokenize "forward"); fastupdate keeps remove() proportional to the entry's size.
  private readonly index: Index;

  /**
   * @param fastupdate true: fast removal, more memory, cannot be imported into; false: removal walks
   *   the whole index (fine for rare removals), and `importChunks` works
   */
  constructor(fastupdate = true) {
    this.index = new Index({ tokenize: 'strict', resolution: 1, fastupdate, encode: splitTerms });
  }

  /**
   * Indexes one entry (a document key).
   * @param id a unit id never used before (or removed first)
   * @param terms analysed terms in text order; duplicates are fine
   */
  add(id: number, terms: readonly string[]): void {
    if (terms.length === 0) return;
    // a stored list must be in FlexSearch before FlexSearch starts a list of its own for the term
    if (this.stored) for (const term of terms) this.handOver(term);
    // FlexSearch keeps one posting per distinct term, so repeated terms only cost time to pass on
    this.index.add(id, terms.join(' '));
  }

  private removedSinceCleanup = 0;

  /** Removes one entry; an unknown id is ignored. */
  remove(id: number): void {
    this.index.remove(id);
    this.stored?.removed.add(id);
    // fastupdate leaves emptied posting lists behind; sweep them now and then
    if (++this.removedSinceCleanup >= CLEANUP_EVERY) {
      this.index.cleanup();
      this.removedSinceCleanup = 0;
    }
  }

  /**
   * All entries containing `term` (in no particular order).
   * @param term one analysed term (no spaces)
   */
  lookup(term: string): number[] {
    this.handOver(term);
    const ids: unknown = this.index.search(term, { limit: Number.MAX_SAFE_INTEGER });
    // 0.8.212 returns undefined (not []) for a term whose units were all removed
    if (!Array.isArray(ids)) return [];
    return ids.filter((id): id is number => typeof id === 'number');
  }

  /**
   * Every term with the entries holding it, read from FlexSearch's term map. Its export would give
   * the same lists as JSON text (≈ 90 MB at 30,000 documents, 4–5 s to write and read back, on the
   * thread that answers the UI); the map is read directly instead, which is why FlexSearch is pinned to
   * one version — term-index.test.ts checks the round trip through `fromStored`.
   * @returns [term, entry ids] pairs, empty lists left out; a list may be FlexSearch's own array:
   *   read it before the index changes, never modify it
   * @throws Error when the installed FlexSearch keeps its terms in another shape
   */
  postings(): [string, readonly number[]][] {
    const unknownShape = (): Error => new Error('FlexSearch keeps its term map in an unknown shape (expected 0.8.212)');
    const map = (this.index as unknown as { map?: unknown }).map;
    if (!(map instanceof Map)) throw unknownShape();
    const lists: [string, readonly number[]][] = [];
    for (const [term, slots] of map as Map<unknown, unknown>) {
      if (typeof term !== 'string' || !Array.isArray(slots)) throw unknownShape();
      // resolution 1: one slot, taken as it is (copying 13 million ids at 30,000 documents costs a second)
      const only: unknown = slots.length === 1 ? slots[0] : undefined;
      if (Array.isArray(only)) {
        if (only.length > 0) lists.push([term, only as number[]]);
        continue;
      }
      const ids: number[] = [];
      for (const slot of slots as unknown[]) if (Array.isArray(slot)) for (const id of slot as unknown[]) ids.push(id as number);
      if (ids.length > 0) lists.push([term, ids]);
    }
    // lists still stored are read from their bytes, and stay stored (handing them over would build
    // them all in memory at the first save after a load)
    if (this.stored) for (const term of this.stored.offsets.keys()) {
      const ids = this.storedList(term);
      if (ids.length > 0) lists.push([term, ids]);
    }
    return lists;
  }

  /** A stored list's entries without those removed since the load; [] for a term not stored. */
  private storedList(term: string): number[] {
    const stored = this.stored;
    const offset = stored?.offsets.get(term);
    if (!stored || offset === undefined) return [];
    const ids = decodeListAt(stored.bytes, offset);
    return stored.removed.size > 0 ? ids.filter((id) => !stored.removed.has(id)) : ids;
  }

  /** Moves a stored list into FlexSearch (once; later removals left out). */
  private handOver(term: string): void {
    const stored = this.stored;
    if (!stored?.offsets.has(term)) return;
    const ids = this.storedList(term);
    stored.offsets.delete(term);
    // import takes parsed data as well as JSON text (src/serialize.js: "@param {string|Array<Object>=} data");
    // the typings only name the string. A "map" import sets the term's entry; FlexSearch holds none yet.
    if (ids.length > 0) this.index.import('map', [[term, [ids]]] as unknown as string);
    if (stored.offsets.size === 0) this.stored = null;
  }

  /**
   * A fresh term index (fastupdate off) over saved posting lists (posting-codec.ts). The bytes are
   * checked in full now; each list goes into FlexSearch when first needed.
   * @param ids every entry id in the index (FlexSearch's register, so removal knows them)
   * @param terms the terms of the coded lists, in order
   * @param isKnown false for a key that names no entry: the data is then refused
   * @returns the index, and per term (in `terms` order) the length of its list
   * @throws RangeError for damaged bytes or an unknown key
   */
  static fromStored(ids: readonly number[], terms: readonly string[], bytes: Uint8Array, isKnown: (id: number) => boolean): { index: TermIndex; counts: number[] } {
    const { offsets, counts } = locatePostings(terms, bytes, isKnown);
    const fresh = new TermIndex(false);
    fresh.index.import('reg', [...ids] as unknown as string);
    fresh.stored = offsets.size > 0 ? { bytes, offsets, removed: new Set() } : null;
    return { index: fresh, counts };
  }
}
