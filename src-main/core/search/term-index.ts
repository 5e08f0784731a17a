/**
 * The one place that talks to FlexSearch (0.8, pinned): an inverted index from analysed terms to
 * document keys. Analysis happens before FlexSearch sees the text (our Dutch analyser, analysis.ts),
 * so FlexSearch's encoder only splits on the single spaces we join terms with.
 * Persistence: `exportChunks()` / `importChunks()` wrap FlexSearch's export/import; in 0.8.212
 * import needs `fastupdate: false` (perf-anchors §9), so an index meant to be saved is built without it.
 */
import { Index } from 'flexsearch';

/** Terms reach FlexSearch already analysed and joined by single spaces. */
function splitTerms(text: string): string[] {
  return text === '' ? [] : text.split(' ');
}

/** Removals between sweeps of emptied posting lists (a sweep walks the whole term map). */
const CLEANUP_EVERY = 2000;

/** One piece of a saved term index: FlexSearch's export key and its string data. */
export interface IndexChunk { key: string; data: string }

export class TermIndex {
  // strict: whole terms only (prefix matching is done by vocabulary expansion, which costs far less
  // memory than tokenize "forward"); fastupdate keeps remove() proportional to the entry's size.
  private readonly index: Index;

  /**
   * @param fastupdate true: fast removal, more memory, cannot be imported into; false: removal walks
   *   the whole index (fine for rare removals), and `importChunks` works
   */
  constructor(fastupdate = true) {
    this.index = new Index({ tokenize: 'strict', fastupdate, encode: splitTerms });
  }

  /**
   * Indexes one entry (a document key).
   * @param id a unit id never used before (or removed first)
   * @param terms analysed terms in text order; duplicates are fine
   */
  add(id: number, terms: readonly string[]): void {
    // FlexSearch keeps one posting per distinct term, so repeated terms only cost time to pass on
    if (terms.length > 0) this.index.add(id, terms.join(' '));
  }

  private removedSinceCleanup = 0;

  /** Removes one entry; an unknown id is ignored. */
  remove(id: number): void {
    this.index.remove(id);
    // fastupdate leaves emptied posting lists behind; sweep them now and then
    if (++this.removedSinceCleanup >= CLEANUP_EVERY) {
      this.index.cleanup();
      this.removedSinceCleanup = 0;
    }
  }

  /**
   * All entries containing `term`, those where it comes earliest first (FlexSearch's position slots).
   * @param term one analysed term (no spaces)
   */
  lookup(term: string): number[] {
    const ids: unknown = this.index.search(term, { limit: Number.MAX_SAFE_INTEGER });
    // 0.8.212 returns undefined (not []) for a term whose units were all removed
    if (!Array.isArray(ids)) return [];
    return ids.filter((id): id is number => typeof id === 'number');
  }

  /**
   * Exports the index as FlexSearch's string chunks (build it with `fastupdate: false` to reload it).
   * @returns chunks in export order (keep the order for `fromChunks`)
   */
  exportChunks(): IndexChunk[] {
    const chunks: IndexChunk[] = [];
    this.index.export((key, data) => { chunks.push({ key: String(key), data: String(data) }); });
    return chunks;
  }

  /**
   * Reads chunks from `exportChunks` into a fresh term index (fastupdate off).
   * @throws Error from FlexSearch when a chunk is malformed
   */
  static fromChunks(chunks: readonly IndexChunk[]): TermIndex {
    const fresh = new TermIndex(false);
    for (const c of chunks) fresh.index.import(c.key, c.data);
    return fresh;
  }
}
