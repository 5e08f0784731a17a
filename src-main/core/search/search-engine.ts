/**
 * The search engine behind `SearchEngine` (engine.ts): keeps a FlexSearch term index over the units
 * of every document (units.ts), the vocabulary for prefix expansion, and per document the metadata
 * that field filters need, and wires parse → compile → evaluate → rank for each query.
 *
 * Persisting it later (DESIGN §3 `index/`, not built yet): write FlexSearch's `export` chunks
 * (term-index.ts), plus one JSON file with the unit table (unit id → doc key, kind, part,
 * annotationId, order), the document table (id, title, date, facts, unit ids), the vocabulary
 * counts and a format version; replay documents changed since the export on open, and rebuild
 * from documents/ when the version or anything else does not fit. Unit texts would then no longer
 * be kept here: snippets need only the best few units of the top ~20 documents per query, read
 * from documents/<id>.json.
 */
import type { SearchHit } from '../api/types.js';
import { VraagbaakError, type Tag } from '../model/index.js';
import { analyze, analyzeText, type AnalysedText } from './analysis.js';
import { compileQuery } from './compile.js';
import { factsOf, type DocumentFacts } from './doc-facts.js';
import type { IndexableDocument, SearchEngine } from './engine.js';
import { evaluatePlan, type IndexView } from './evaluate.js';
import { parseQuery } from './query.js';
import { rankHits, type DocInfo, type RankView, type UnitInfo } from './rank.js';
import { TermIndex } from './term-index.js';
import { unitsOf, type UnitKind } from './units.js';
import { Vocabulary } from './vocabulary.js';

/** Units that can stand for a whole document in a hit (not its tags, identifiers or notes). */
const BODY_KINDS: ReadonlySet<UnitKind> = new Set(['title', 'question', 'answer', 'footnote']);

/**
 * Analysed unit texts kept for reuse: typing a query re-scans the same best units for every key
 * stroke. About 1,000 units of ~100 words is a few MB.
 */
const ANALYSED_CACHE_SIZE = 1000;

interface DocRecord extends DocInfo {
  facts: DocumentFacts;
  units: number[];
}

/** "2021-02-15" → 20210215; null → 0. */
function dateKeyOf(date: string | null): number {
  return date ? Number(date.replaceAll('-', '')) || 0 : 0;
}

class DutchSearchEngine implements SearchEngine {
  private readonly terms = new TermIndex();
  private readonly vocabulary = new Vocabulary();
  private readonly docKeys = new Map<string, number>();
  private readonly docs = new Map<number, DocRecord>();
  /** unit key → unit; keys only grow, removed units leave a hole */
  private readonly units: (UnitInfo | undefined)[] = [];
  /** unit key → document key (-1 once removed): the hottest lookup of a query */
  private readonly unitDoc: number[] = [];
  private readonly analysedCache = new Map<number, AnalysedText>();
  private nextDoc = 1;

  private readonly view: IndexView & RankView = {
    lookup: (term) => this.terms.lookup(term),
    expand: (prefix, max, except) => this.vocabulary.expand(prefix, max, except),
    docOf: (unit) => this.unitDoc[unit] ?? -1,
    analysed: (unit) => this.analysed(unit),
    allDocs: () => this.docs.keys(),
    facts: (doc) => this.docInfo(doc).facts,
    unit: (unit) => this.unitInfo(unit),
    doc: (doc) => this.docInfo(doc),
  };

  get size(): number {
    return this.docs.size;
  }

  upsert(entry: IndexableDocument, tags: readonly Tag[]): void {
    const doc = entry.document;
    this.remove(doc.id);
    const key = this.nextDoc++;
    const record: DocRecord = {
      documentId: doc.id, title: doc.title, dateKey: dateKeyOf(doc.receivedOn ?? doc.submittedOn),
      firstUnit: null, facts: factsOf(entry, tags), units: [],
    };
    unitsOf(entry, tags).forEach((u, order) => {
      const terms = analyze(u.text);
      if (terms.length === 0) return;
      const id = this.units.length;
      this.units.push({ ...u, doc: key, order });
      this.unitDoc.push(key);
      this.terms.add(id, terms);
      this.vocabulary.add(new Set(terms));
      record.units.push(id);
      if (record.firstUnit === null && BODY_KINDS.has(u.kind)) record.firstUnit = id;
    });
    this.docKeys.set(doc.id, key);
    this.docs.set(key, record);
  }

  remove(documentId: string): void {
    const key = this.docKeys.get(documentId);
    if (key === undefined) return;
    for (const id of this.docInfo(key).units) {
      this.vocabulary.remove(new Set(analyze(this.unitInfo(id).text)));
      this.terms.remove(id);
      this.units[id] = undefined;
      this.unitDoc[id] = -1;
      this.analysedCache.delete(id);
    }
    this.docs.delete(key);
    this.docKeys.delete(documentId);
  }

  search(query: string, limit: number): SearchHit[] {
    const ast = parseQuery(query);
    const max = Math.floor(limit);
    if (ast === null || !(max >= 1)) return [];
    const plan = compileQuery(ast);
    if (plan === null) return [];
    return rankHits(evaluatePlan(plan, this.view), plan, this.view, max);
  }

  private analysed(id: number): AnalysedText {
    const cached = this.analysedCache.get(id);
    if (cached) {
      // re-insert: a Map iterates in insertion order, so the first key is the least recently used
      this.analysedCache.delete(id);
      this.analysedCache.set(id, cached);
      return cached;
    }
    const fresh = analyzeText(this.unitInfo(id).text);
    if (this.analysedCache.size >= ANALYSED_CACHE_SIZE) this.analysedCache.delete(this.analysedCache.keys().next().value!);
    this.analysedCache.set(id, fresh);
    return fresh;
  }

  private unitInfo(id: number): UnitInfo {
    const info = this.units[id];
    if (!info) throw new VraagbaakError('internal', `search index out of step: unit ${id} is missing`);
    return info;
  }

  private docInfo(key: number): DocRecord {
    const record = this.docs.get(key);
    if (!record) throw new VraagbaakError('internal', `search index out of step: document ${key} is missing`);
    return record;
  }
}

/**
 * Creates an empty in-memory search engine with Dutch analysis (DESIGN §5). Fill it with
 * `upsert` per document; it keeps the part texts it needs for snippets.
 */
export function createSearchEngine(): SearchEngine {
  return new DutchSearchEngine();
}
