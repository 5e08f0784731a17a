/**
 * The one place that talks to FlexSearch (0.8, pinned): an inverted index from analysed terms to
 * unit ids. Analysis happens before FlexSearch sees the text (our Dutch analyser, analysis.ts), so
 * FlexSearch's encoder only splits on the single spaces we join terms with.
 *
 * Persistence (later): `Index.export((key, data) => …)` writes string chunks we can store under
 * `index/` (DESIGN §3) next to our own unit table and vocabulary as JSON; `Index.import(key, data)`
 * reads them back. In 0.8.212 import needs `fastupdate: false` (perf-anchors §9), so a loaded
 * index is rebuilt with fastupdate on first change, or removals are queued until the next rebuild.
 */
import { Index } from 'flexsearch';

/** Terms reach FlexSearch already analysed and joined by single spaces. */
function splitTerms(text: string): string[] {
  return text === '' ? [] : text.split(' ');
}

/** Removals between sweeps of emptied posting lists (a sweep walks the whole term map). */
const CLEANUP_EVERY = 2000;

export class TermIndex {
  // strict: whole terms only (prefix matching is done by vocabulary expansion, which costs far less
  // memory than tokenize "forward"); fastupdate keeps remove() proportional to the unit's size.
  private readonly index = new Index({ tokenize: 'strict', fastupdate: true, encode: splitTerms });

  /**
   * Indexes one unit.
   * @param id a unit id never used before (or removed first)
   * @param terms analysed terms in text order; duplicates are fine
   */
  add(id: number, terms: readonly string[]): void {
    if (terms.length > 0) this.index.add(id, terms.join(' '));
  }

  private removedSinceCleanup = 0;

  /** Removes one unit; an unknown id is ignored. */
  remove(id: number): void {
    this.index.remove(id);
    // fastupdate leaves emptied posting lists behind; sweep them now and then
    if (++this.removedSinceCleanup >= CLEANUP_EVERY) {
      this.index.cleanup();
      this.removedSinceCleanup = 0;
    }
  }

  /**
   * All units containing `term`, those where it comes earliest first (FlexSearch's position slots).
   * @param term one analysed term (no spaces)
   */
  lookup(term: string): number[] {
    const ids: unknown = this.index.search(term, { limit: Number.MAX_SAFE_INTEGER });
    // 0.8.212 returns undefined (not []) for a term whose units were all removed
    if (!Array.isArray(ids)) return [];
    return ids.filter((id): id is number => typeof id === 'number');
  }
}
