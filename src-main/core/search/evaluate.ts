/**
 * Runs a query plan against the index: which documents match (AND, OR and exclusions are decided
 * per document, not per part), and which units matched positive words or phrases, for ranking.
 */
import type { AnalysedText } from './analysis.js';
import type { DocumentFacts } from './doc-facts.js';
import type { PhraseMatcher, PlanNode, QueryPlan, WordMatcher } from './compile.js';
import { phraseOccurrences } from './text-match.js';

/** What evaluation needs from the engine. Document and unit keys are small integers. */
export interface IndexView {
  /** unit keys holding an analysed term */
  lookup(term: string): number[];
  /** indexed terms starting with a prefix, most frequent first */
  expand(prefix: string, max: number, except: string): string[];
  docOf(unit: number): number;
  /** the unit's text, tokenised and analysed (may be cached) */
  analysed(unit: number): AnalysedText;
  allDocs(): Iterable<number>;
  facts(doc: number): DocumentFacts;
}

/** Match strength per leaf: a phrase beats a word, a stem match beats a prefix match. */
export const TIER = { phrase: 1.5, stem: 1, prefix: 0.5 } as const;
/** At most this many indexed terms per prefix, the most frequent (perf-anchors §0). */
export const MAX_EXPANSIONS = 30;

export interface Evaluation {
  docs: Set<number>;
  /**
   * unit → summed tiers of the positive leaves it matched (unweighted); may include units of
   * documents not in `docs`
   */
  units: Map<number, number>;
}

type Docs = Set<number>;
/** unit → tier, for one leaf */
type LeafUnits = Map<number, number>;

/**
 * Evaluates a plan.
 * @returns the matching documents and the units that matched positively, with their points
 */
export function evaluatePlan(plan: QueryPlan, view: IndexView): Evaluation {
  const units = new Map<number, number>();

  const record = (leaf: LeafUnits): void => {
    for (const [unit, tier] of leaf) units.set(unit, (units.get(unit) ?? 0) + tier);
  };

  const docsOf = (leaf: LeafUnits): Docs => {
    const docs: Docs = new Set();
    for (const unit of leaf.keys()) docs.add(view.docOf(unit));
    return docs;
  };

  const addUnits = (into: LeafUnits, found: readonly number[], tier: number, scope: Docs | null): void => {
    const fresh = into.size === 0; // FlexSearch lists hold each unit once: no need to compare tiers
    for (const unit of found) {
      if (scope !== null && !scope.has(view.docOf(unit))) continue;
      if (fresh || (into.get(unit) ?? 0) < tier) into.set(unit, tier);
    }
  };

  const wordUnits = (w: WordMatcher, scope: Docs | null, positive: boolean): LeafUnits => {
    const found: LeafUnits = new Map();
    addUnits(found, view.lookup(w.stem), TIER.stem, scope);
    if (w.prefix !== null && positive) {
      for (const term of view.expand(w.prefix, MAX_EXPANSIONS, w.stem)) addUnits(found, view.lookup(term), TIER.prefix, scope);
    }
    return found;
  };

  const phraseUnits = (p: PhraseMatcher, contentTerms: string[], scope: Docs | null): LeafUnits => {
    const found: LeafUnits = new Map();
    if (contentTerms.length === 0) return found;
    // units holding every content word, rarest list first, then checked against the text
    const lists = contentTerms.map((t) => view.lookup(t)).sort((a, b) => a.length - b.length);
    let candidates = lists[0]!.filter((u) => !scope || scope.has(view.docOf(u)));
    for (const list of lists.slice(1)) {
      if (candidates.length === 0) break;
      const set = new Set(list);
      candidates = candidates.filter((u) => set.has(u));
    }
    for (const unit of candidates) if (phraseOccurrences(view.analysed(unit), p).length > 0) found.set(unit, TIER.phrase);
    return found;
  };

  const universe = (scope: Docs | null): Docs => scope ?? new Set(view.allDocs());

  // words first (index lookups narrow fastest), then phrases and groups (phrases scan text, so they
  // should only see survivors), then filters, exclusions last
  const ORDER: Record<PlanNode['kind'], number> = { word: 0, phrase: 1, and: 1, or: 1, filter: 2, not: 3 };

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
        let current = scope;
        for (const o of [...node.operands].sort((a, b) => ORDER[a.kind] - ORDER[b.kind])) {
          current = run(o, current, positive);
          if (current.size === 0) break;
        }
        return current ?? universe(null);
      }
    }
  };

  return { docs: run(plan.root, null, true), units };
}
