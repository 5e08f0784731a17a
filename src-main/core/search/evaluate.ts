/**
 * Runs a query plan against the index: which documents match (AND, OR and exclusions are decided
 * per document, not per part), and which units matched which positive words, for ranking.
 */
import type { DocumentFacts } from './doc-facts.js';
import type { PhraseMatcher, PlanNode, QueryPlan, WordMatcher } from './compile.js';
import { phraseOccurrences, prepareText } from './text-match.js';

/** What evaluation needs from the engine. Document and unit keys are small integers. */
export interface IndexView {
  /** unit keys holding an analysed term, best position first */
  lookup(term: string): number[];
  /** indexed terms starting with a prefix, most frequent first */
  expand(prefix: string, max: number, except: string): string[];
  docOf(unit: number): number;
  unitText(unit: number): string;
  allDocs(): Iterable<number>;
  facts(doc: number): DocumentFacts;
}

/** Match strength per leaf: a phrase beats a word, a stem match beats a prefix match. */
export const TIER = { phrase: 1.5, stem: 1, prefix: 0.5 } as const;
/** At most this many indexed terms per prefix, the most frequent (perf-anchors §0). */
export const MAX_EXPANSIONS = 30;

export interface UnitScore {
  /** summed leaf tiers (unweighted) */
  points: number;
  /** best position of the unit in a leaf's result list (lower is better): a tie-breaker */
  rank: number;
}

export interface Evaluation {
  docs: Set<number>;
  /** units that matched a positive word or phrase; may include units of documents not in `docs` */
  units: Map<number, UnitScore>;
}

type Docs = Set<number>;

/**
 * Evaluates a plan.
 * @returns the matching documents and the scored units that matched positively
 */
export function evaluatePlan(plan: QueryPlan, view: IndexView): Evaluation {
  const units = new Map<number, UnitScore>();

  const record = (leafUnits: Map<number, { tier: number; rank: number }>): void => {
    for (const [unit, { tier, rank }] of leafUnits) {
      const s = units.get(unit);
      if (s) { s.points += tier; s.rank = Math.min(s.rank, rank); } else units.set(unit, { points: tier, rank });
    }
  };

  const docsOf = (leafUnits: Map<number, unknown>): Docs => {
    const docs: Docs = new Set();
    for (const unit of leafUnits.keys()) docs.add(view.docOf(unit));
    return docs;
  };

  const addUnits = (into: Map<number, { tier: number; rank: number }>, found: number[], tier: number, scope: Docs | null): void => {
    found.forEach((unit, rank) => {
      if (scope && !scope.has(view.docOf(unit))) return;
      const had = into.get(unit);
      if (!had || had.tier < tier) into.set(unit, { tier, rank: Math.min(rank, had?.rank ?? rank) });
    });
  };

  const wordUnits = (w: WordMatcher, scope: Docs | null, positive: boolean): Map<number, { tier: number; rank: number }> => {
    const found = new Map<number, { tier: number; rank: number }>();
    addUnits(found, view.lookup(w.stem), TIER.stem, scope);
    if (w.prefix !== null && positive) {
      for (const term of view.expand(w.prefix, MAX_EXPANSIONS, w.stem)) addUnits(found, view.lookup(term), TIER.prefix, scope);
    }
    return found;
  };

  const phraseUnits = (p: PhraseMatcher, contentTerms: string[], scope: Docs | null): Map<number, { tier: number; rank: number }> => {
    const found = new Map<number, { tier: number; rank: number }>();
    if (contentTerms.length === 0) return found;
    // units holding every content word, rarest list first, then checked against the text
    const lists = contentTerms.map((t) => view.lookup(t)).sort((a, b) => a.length - b.length);
    let candidates = lists[0]!.filter((u) => !scope || scope.has(view.docOf(u)));
    for (const list of lists.slice(1)) {
      const set = new Set(list);
      candidates = candidates.filter((u) => set.has(u));
    }
    candidates.forEach((unit, rank) => {
      if (phraseOccurrences(prepareText(view.unitText(unit)), p).length > 0) found.set(unit, { tier: TIER.phrase, rank });
    });
    return found;
  };

  const universe = (scope: Docs | null): Docs => scope ?? new Set(view.allDocs());

  const run = (node: PlanNode, scope: Docs | null, positive: boolean): Docs => {
    switch (node.kind) {
      case 'word': case 'phrase': {
        const found = node.kind === 'word' ? wordUnits(node.word, scope, positive) : phraseUnits(node.phrase, node.contentTerms, scope);
        if (positive) record(found);
        return docsOf(found);
      }
      case 'filter': {
        const docs: Docs = new Set();
        for (const doc of scope ?? view.allDocs()) if (node.test(view.facts(doc))) docs.add(doc);
        return docs;
      }
      case 'not': {
        const base = universe(scope);
        const excluded = run(node.operand, base, !positive);
        return new Set([...base].filter((d) => !excluded.has(d)));
      }
      case 'or': {
        const docs: Docs = new Set();
        for (const o of node.operands) for (const d of run(o, scope, positive)) docs.add(d);
        return docs;
      }
      case 'and': {
        // text first (it narrows fastest), then filters on the survivors, exclusions last
        const order = (n: PlanNode): number => (n.kind === 'not' ? 2 : n.kind === 'filter' ? 1 : 0);
        let current = scope;
        for (const o of [...node.operands].sort((a, b) => order(a) - order(b))) {
          current = run(o, current, positive);
          if (current.size === 0) break;
        }
        return current ?? universe(null);
      }
    }
  };

  return { docs: run(plan.root, null, true), units };
}
