/**
 * The list of indexed terms with how many units hold each, for prefix matching by expansion:
 * "mensenrecht" → the indexed terms that start with it, most frequent first. Cheaper than a
 * prefix-tokenised index (perf-anchors §6e) and it lets us cap the fan-out.
 */

export class Vocabulary {
  private readonly counts = new Map<string, number>();
  /** every term ever counted, sorted; terms whose count fell to 0 are dropped at the next merge */
  private sorted: string[] = [];
  private pending: string[] = [];

  /** Counts the distinct terms of one new unit. */
  add(terms: Iterable<string>): void {
    for (const term of terms) {
      const n = this.counts.get(term);
      if (n === undefined) this.pending.push(term);
      this.counts.set(term, (n ?? 0) + 1);
    }
  }

  /** Uncounts the distinct terms of a removed unit. */
  remove(terms: Iterable<string>): void {
    for (const term of terms) {
      const n = this.counts.get(term);
      if (n !== undefined) this.counts.set(term, n - 1);
    }
  }

  /** Number of units holding `term` (0 when unknown). */
  count(term: string): number {
    return this.counts.get(term) ?? 0;
  }

  /**
   * Indexed terms starting with `prefix`, most frequent first.
   * @param prefix a folded, possibly stemmed, word start
   * @param max at most this many terms
   * @param except a term to leave out (the word's own stem, looked up separately)
   */
  expand(prefix: string, max: number, except: string | null = null): string[] {
    this.merge();
    const found: string[] = [];
    for (let i = lowerBound(this.sorted, prefix); i < this.sorted.length; i++) {
      const term = this.sorted[i]!;
      if (!term.startsWith(prefix)) break;
      if (term !== except && this.count(term) > 0) found.push(term);
    }
    return found.sort((a, b) => this.count(b) - this.count(a) || (a < b ? -1 : 1)).slice(0, max);
  }

  /** The counts, for saving: [term, units holding it] for every term still counted, in term order. */
  entries(): [string, number][] {
    return [...this.counts].filter(([, n]) => n > 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }

  /**
   * A vocabulary holding saved counts. Entries in term order (as `entries()` gives them) become the
   * sorted list at once; others are sorted before the first expansion.
   * @param entries from `entries()`
   */
  static fromEntries(entries: Iterable<readonly [string, number]>): Vocabulary {
    const v = new Vocabulary();
    const terms: string[] = [];
    let ordered = true;
    for (const [term, n] of entries) {
      if (terms.length > 0 && !(terms[terms.length - 1]! < term)) ordered = false;
      v.counts.set(term, n);
      terms.push(term);
    }
    // only counted terms (n > 0) are saved, so an ordered list needs no merge
    if (ordered && terms.every((t) => v.count(t) > 0)) v.sorted = terms;
    else v.pending = terms;
    return v;
  }

  /** Folds new terms into the sorted list (and forgets dead ones); runs only before an expansion. */
  private merge(): void {
    if (this.pending.length === 0) return;
    const fresh = this.pending.sort();
    this.pending = [];
    const merged: string[] = [];
    let i = 0;
    let j = 0;
    while (i < this.sorted.length || j < fresh.length) {
      const next = j >= fresh.length || (i < this.sorted.length && this.sorted[i]! < fresh[j]!) ? this.sorted[i++]! : fresh[j++]!;
      if (this.count(next) > 0) merged.push(next);
      else this.counts.delete(next);
    }
    this.sorted = merged;
  }
}

/** Index of the first element ≥ `key` in a sorted array. */
function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
