/**
 * Runs a query plan against the index, per document: AND, OR, exclusions and filters are decided on
 * document keys (one posting list per term and document, not per part), and each positive word or
 * phrase adds points to the documents it hits. Parts are looked at only later, for the top documents.
 */
import { TIER, type PhraseMatcher, type PlanNode, type QueryPlan, type WordMatcher } from './compile.js';
import type { DocumentFacts, FilterWorld } from './doc-facts.js';

export { TIER } from './compile.js';

/** What evaluation needs from the engine. Document keys are small integers. */
export interface IndexView {
  /** documents holding an analysed term anywhere */
  lookup(term: string): readonly number[];
  /** documents holding the term in a heavy place: title, identifiers, tags or the analyst's notes */
  lookupHeavy(term: string): readonly number[];
  /** indexed terms starting with a prefix, most frequent first */
  expand(prefix: string, max: number, except: string): string[];
  allDocs(): Iterable<number>;
  /** every document key is below this number */
  keyLimit(): number;
  facts(doc: number): DocumentFacts;
  readonly world: FilterWorld;
  /** true when the phrase really occurs in one of the document's parts (reads the text) */
  hasPhrase(doc: number, phrase: PhraseMatcher): boolean;
}

/** At most this many indexed terms per prefix, the most frequent (perf-anchors §0). */
export const MAX_EXPANSIONS = 30;
/** A word found in a heavy place counts this much more than one in the body text (units.ts UNIT_WEIGHT). */
export const HEAVY_WEIGHT = 3;

export interface Evaluation {
  /** the matching documents, except that `pending` phrases are still to be checked */
  docs: Set<number>;
  /**
   * document key → summed points of the positive words and phrases it holds; 0 when it has none
   * (matched by filters only). A typed array: a common word gives points to most of the archive.
   */
  scores: Float64Array;
  /**
   * phrases every document must still be checked for before it is shown: required phrases are only
   * checked against the text for the documents the ranker gets to (the index knows the words only)
   */
  pending: PhraseMatcher[];
}

type Docs = Set<number>;

/**
 * Evaluates a plan.
 * @returns the matching documents with their points, and the phrases still to check per document
 */
export function evaluatePlan(plan: QueryPlan, view: IndexView): Evaluation {
  const scores = new Float64Array(view.keyLimit());
  const pending: PhraseMatcher[] = [];

  /**
   * The documents holding a word (its stem, or a term its prefix expands to), in scope, each with the
   * best tier it reached (×HEAVY_WEIGHT in a heavy place). Points go in a typed array by document key:
   * a prefix can expand to 30 terms whose posting lists together name a document many times over.
   */
  const wordDocs = (w: WordMatcher, scope: Docs | null, positive: boolean): Docs => {
    const best = new Float64Array(view.keyLimit());
    const touched: number[] = [];
    const reach = (docs: readonly number[], tier: number): void => {
      for (const d of docs) {
        if (scope !== null && !scope.has(d)) continue;
        const had = best[d]!;
        if (had === 0) touched.push(d);
        if (had < tier) best[d] = tier;
      }
    };
    const collect = (term: string, tier: number): void => {
      reach(view.lookup(term), tier);
      reach(view.lookupHeavy(term), tier * HEAVY_WEIGHT);
    };
    collect(w.stem, TIER.stem);
    if (w.prefix !== null && positive) {
      for (const term of view.expand(w.prefix, MAX_EXPANSIONS, w.stem)) collect(term, TIER.prefix);
    }
    if (positive) for (const d of touched) scores[d] = scores[d]! + best[d]!;
    return new Set(touched);
  };

  /** documents holding every content word of the phrase (anywhere) */
  const phraseCandidates = (contentTerms: readonly string[], scope: Docs | null): Docs => {
    const sets = contentTerms.map((t) => {
      const docs = new Set(view.lookup(t));
      for (const d of view.lookupHeavy(t)) docs.add(d);
      return docs;
    }).sort((a, b) => a.size - b.size);
    let current: Docs = new Set();
    for (const d of sets[0] ?? []) if (scope === null || scope.has(d)) current.add(d);
    for (const set of sets.slice(1)) {
      if (current.size === 0) break;
      current = new Set([...current].filter((d) => set.has(d)));
    }
    return current;
  };

  const universe = (scope: Docs | null): Docs => scope ?? new Set(view.allDocs());

  // words first (index lookups narrow fastest), then phrases and groups, then filters, exclusions last
  const ORDER: Record<PlanNode['kind'], number> = { word: 0, phrase: 1, and: 1, or: 1, filter: 2, not: 3 };

  /** `required`: the node must hold for every result (only ANDs above it), so a phrase may be checked late */
  const run = (node: PlanNode, scope: Docs | null, positive: boolean, required: boolean): Docs => {
    switch (node.kind) {
      case 'word': return wordDocs(node.word, scope, positive);
      case 'phrase': {
        if (node.contentTerms.length === 0) return new Set();
        const candidates = phraseCandidates(node.contentTerms, scope);
        let docs: Docs;
        if (required && positive) {
          pending.push(node.phrase);
          docs = candidates;
        } else {
          docs = new Set([...candidates].filter((d) => view.hasPhrase(d, node.phrase)));
        }
        if (positive) for (const d of docs) scores[d] = scores[d]! + TIER.phrase;
        return docs;
      }
      case 'filter': {
        const docs: Docs = new Set();
        for (const doc of scope ?? view.allDocs()) if (node.test(view.facts(doc), view.world)) docs.add(doc);
        return docs;
      }
      case 'not': {
        const base = universe(scope);
        const excluded = run(node.operand, base, !positive, false);
        const docs: Docs = new Set();
        for (const d of base) if (!excluded.has(d)) docs.add(d);
        return docs;
      }
      case 'or': {
        const docs: Docs = new Set();
        for (const o of node.operands) for (const d of run(o, scope, positive, false)) docs.add(d);
        return docs;
      }
      case 'and': {
        let current = scope;
        for (const o of [...node.operands].sort((a, b) => ORDER[a.kind] - ORDER[b.kind])) {
          current = run(o, current, positive, required);
          if (current.size === 0) break;
        }
        return current ?? universe(null);
      }
    }
  };

  return { docs: run(plan.root, null, true, true), scores, pending };
}
