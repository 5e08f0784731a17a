/**
 * The search engine behind `SearchEngine` (engine.ts): keeps a FlexSearch term index over the units
 * of every document (units.ts), the vocabulary for prefix expansion, and per document the metadata
 * that field filters need, and wires parse → compile → evaluate → rank for each query.
 */
import type { SearchHit } from '../api/types.js';
import { VraagbaakError, type Tag } from '../model/index.js';
import { analyze } from './analysis.js';
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

interface DocRecord extends DocInfo {
  facts: DocumentFacts;
  units: number[];
}

class DutchSearchEngine implements SearchEngine {
  private readonly terms = new TermIndex();
  private readonly vocabulary = new Vocabulary();
  private readonly docKeys = new Map<string, number>();
  private readonly docs = new Map<number, DocRecord>();
  private readonly units = new Map<number, UnitInfo>();
  private nextDoc = 1;
  private nextUnit = 1;

  private readonly view: IndexView & RankView = {
    lookup: (term) => this.terms.lookup(term),
    expand: (prefix, max, except) => this.vocabulary.expand(prefix, max, except),
    docOf: (unit) => this.unitInfo(unit).doc,
    unitText: (unit) => this.unitInfo(unit).text,
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
      documentId: doc.id, title: doc.title, date: doc.receivedOn ?? doc.submittedOn,
      firstUnit: null, facts: factsOf(entry, tags), units: [],
    };
    unitsOf(entry, tags).forEach((u, order) => {
      const terms = analyze(u.text);
      if (terms.length === 0) return;
      const id = this.nextUnit++;
      this.units.set(id, { ...u, doc: key, order });
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
      this.units.delete(id);
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

  private unitInfo(id: number): UnitInfo {
    const info = this.units.get(id);
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
