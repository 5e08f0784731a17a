/**
 * The search engine behind `SearchEngine` (engine.ts). Two FlexSearch term indexes over document
 * keys: the body (questions, answers, footnotes; large, changes only on import) and the heavy places
 * (title, identifiers, tags, notes; small, changes with every annotation). Queries are decided per
 * document (evaluate.ts); only the top documents' parts are analysed for scores and snippets (rank.ts).
 */
import type { SearchHit } from '../api/types.js';
import { VraagbaakError, type Annotation, type Tag } from '../model/index.js';
import { analyze, analyzeText, type AnalysedText } from './analysis.js';
import { compileQuery, type PhraseMatcher } from './compile.js';
import { factsOf, tagNamesWithAncestors, type DocumentFacts, type FilterWorld } from './doc-facts.js';
import type { IndexableDocument, SearchEngine } from './engine.js';
import { evaluatePlan, type IndexView } from './evaluate.js';
import { parseQuery } from './query.js';
import { rankHits, type RankView, type UnitInfo } from './rank.js';
import { SAVED_FORMAT, type DocRecord, type SavedDocument, type SavedIndex } from './saved-index.js';
import { TermIndex } from './term-index.js';
import { phraseOccurrences } from './text-match.js';
import { mayMatch } from './unit-filter.js';
import { MARK_KINDS, markUnitsOf, unitsOf, type UnitKind } from './units.js';
import { Vocabulary } from './vocabulary.js';

/** Units that can stand for a whole document in a hit (not its tags, identifiers or notes). */
const BODY_KINDS: ReadonlySet<UnitKind> = new Set(['title', 'question', 'answer', 'footnote']);
/** Units indexed in the body index; the rest (title, identifiers, tags, notes) go to the heavy one. */
const BODY_INDEX_KINDS: ReadonlySet<UnitKind> = new Set(['question', 'answer', 'footnote']);

/**
 * Documents whose analysed units are kept for reuse: typing a query re-ranks the same top documents
 * for every key stroke. 200 documents of ~1,000 words is a few MB.
 */
const ANALYSED_CACHE_SIZE = 200;

/** "2021-02-15" → 20210215; null → 0. */
function dateKeyOf(date: string | null): number {
  return date ? Number(date.replaceAll('-', '')) || 0 : 0;
}

function distinctTerms(units: readonly UnitInfo[], inBody: boolean): string[] {
  const terms = new Set<string>();
  for (const u of units) if (BODY_INDEX_KINDS.has(u.kind) === inBody) for (const t of analyze(u.text)) terms.add(t);
  return [...terms];
}

function sameBody(a: readonly UnitInfo[], b: readonly UnitInfo[]): boolean {
  const bodyA = a.filter((u) => BODY_INDEX_KINDS.has(u.kind));
  const bodyB = b.filter((u) => BODY_INDEX_KINDS.has(u.kind));
  return bodyA.length === bodyB.length
    && bodyA.every((u, i) => u.kind === bodyB[i]!.kind && u.part.index === bodyB[i]!.part.index && u.text === bodyB[i]!.text);
}

export class DutchSearchEngine implements SearchEngine {
  private body = new TermIndex(false);
  private heavy = new TermIndex(true);
  private vocabulary = new Vocabulary();
  private readonly docKeys = new Map<string, number>();
  private readonly docs = new Map<number, DocRecord>();
  /** case number → number of delay notices indexed for it (vertraagd:) */
  private readonly delayNotices = new Map<string, number>();
  /** document → its analysed units, filled as they are needed */
  private readonly analysedCache = new Map<number, (AnalysedText | undefined)[]>();
  private nextDoc = 1;

  private readonly world: FilterWorld = {
    hasDelayNotice: (caseIds) => caseIds.some((id) => (this.delayNotices.get(id) ?? 0) > 0),
  };

  private readonly view: IndexView & RankView = {
    lookup: (term) => this.body.lookup(term),
    lookupHeavy: (term) => this.heavy.lookup(term),
    expand: (prefix, max, except) => this.vocabulary.expand(prefix, max, except),
    allDocs: () => this.docs.keys(),
    facts: (doc) => this.docInfo(doc).facts,
    world: this.world,
    hasPhrase: (doc, phrase) => this.hasPhrase(doc, phrase),
    doc: (doc) => this.docInfo(doc),
    analysed: (doc, unit) => this.analysed(doc, unit),
  };

  get size(): number {
    return this.docs.size;
  }

  upsert(entry: IndexableDocument, tags: readonly Tag[]): void {
    const doc = entry.document;
    const units: UnitInfo[] = unitsOf(entry, tags).map(({ kind, part, annotationId, text }) => ({ kind, part, annotationId, text }));
    const record: DocRecord = {
      documentId: doc.id, title: doc.title, dateKey: dateKeyOf(doc.receivedOn ?? doc.submittedOn),
      units, firstUnit: units.findIndex((u) => BODY_KINDS.has(u.kind)), facts: factsOf(entry, tags),
    };
    const oldKey = this.docKeys.get(doc.id);
    const old = oldKey === undefined ? undefined : this.docs.get(oldKey);
    if (oldKey !== undefined && old && sameBody(old.units, units)) {
      // only notes, tags or metadata changed: the large body index stays as it is
      this.forgetHeavy(oldKey, old);
      this.forgetFacts(old.facts);
      this.indexHeavy(oldKey, record);
      this.keep(oldKey, record);
      return;
    }
    this.remove(doc.id);
    const key = this.nextDoc++;
    const bodyTerms = distinctTerms(units, true);
    this.body.add(key, bodyTerms);
    this.vocabulary.add(bodyTerms);
    this.indexHeavy(key, record);
    this.keep(key, record);
  }

  remove(documentId: string): void {
    const key = this.docKeys.get(documentId);
    if (key === undefined) return;
    const record = this.docInfo(key);
    this.vocabulary.remove(distinctTerms(record.units, true));
    this.body.remove(key);
    this.forgetHeavy(key, record);
    this.forgetFacts(record.facts);
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

  retag(documentId: string, annotations: readonly Annotation[], documentTagIds: readonly string[], tags: readonly Tag[]): boolean {
    const key = this.docKeys.get(documentId);
    const old = key === undefined ? undefined : this.docs.get(key);
    if (key === undefined || !old) return false;
    const own = old.units.filter((u) => !MARK_KINDS.has(u.kind));
    const marks: UnitInfo[] = markUnitsOf(annotations, documentTagIds, tags).map(({ kind, part, annotationId, text }) => ({ kind, part, annotationId, text }));
    const tagIds = [...documentTagIds, ...annotations.flatMap((a) => a.tagIds)];
    const record: DocRecord = { ...old, units: [...own, ...marks], facts: { ...old.facts, tagNames: tagNamesWithAncestors(tagIds, tags) } };
    this.forgetHeavy(key, old);
    this.forgetFacts(old.facts);
    this.indexHeavy(key, record);
    this.keep(key, record);
    return true;
  }

  exportIndex(): SavedIndex {
    const heavyTerms = new Map<string, number>();
    const docs: SavedDocument[] = [];
    for (const [key, record] of this.docs) {
      for (const t of distinctTerms(record.units, false)) heavyTerms.set(t, (heavyTerms.get(t) ?? 0) + 1);
      docs.push({ key, ...record, units: record.units.filter((u) => !MARK_KINDS.has(u.kind)), facts: { ...record.facts, tagNames: [] } });
    }
    // the heavy index is rebuilt at import, so its terms are not saved in the counts
    const vocabulary = this.vocabulary.entries().flatMap(([t, n]): [string, number][] => {
      const body = n - (heavyTerms.get(t) ?? 0);
      return body > 0 ? [[t, body]] : [];
    });
    return { format: SAVED_FORMAT, body: this.body.exportChunks(), tables: { nextDoc: this.nextDoc, vocabulary, docs } };
  }

  importIndex(saved: SavedIndex): void {
    if (saved.format !== SAVED_FORMAT || !Array.isArray(saved.body) || !Array.isArray(saved.tables.docs) || !Array.isArray(saved.tables.vocabulary)) {
      throw new VraagbaakError('internal', 'The saved search index has an unknown format.');
    }
    const body = TermIndex.fromChunks(saved.body);
    this.body = body;
    this.heavy = new TermIndex(true);
    this.vocabulary = Vocabulary.fromEntries(saved.tables.vocabulary);
    this.docs.clear();
    this.docKeys.clear();
    this.delayNotices.clear();
    this.analysedCache.clear();
    this.nextDoc = saved.tables.nextDoc;
    for (const { key, ...record } of saved.tables.docs) {
      if (typeof key !== 'number' || typeof record.documentId !== 'string' || !Array.isArray(record.units) || !record.facts) {
        throw new VraagbaakError('internal', 'The saved search index has a malformed document record.');
      }
      this.indexHeavy(key, record);
      this.keep(key, record);
    }
  }

  /** Document ids in the index. */
  documentIds(): string[] {
    return [...this.docKeys.keys()];
  }

  private keep(key: number, record: DocRecord): void {
    this.docs.set(key, record);
    this.docKeys.set(record.documentId, key);
    this.analysedCache.delete(key);
    for (const id of record.facts.kind === 'delay-notice' ? record.facts.caseIds : []) {
      this.delayNotices.set(id, (this.delayNotices.get(id) ?? 0) + 1);
    }
  }

  private forgetFacts(facts: DocumentFacts): void {
    if (facts.kind !== 'delay-notice') return;
    for (const id of facts.caseIds) this.delayNotices.set(id, (this.delayNotices.get(id) ?? 1) - 1);
  }

  private indexHeavy(key: number, record: DocRecord): void {
    const terms = distinctTerms(record.units, false);
    this.heavy.add(key, terms);
    this.vocabulary.add(terms);
  }

  private forgetHeavy(key: number, record: DocRecord): void {
    this.vocabulary.remove(distinctTerms(record.units, false));
    this.heavy.remove(key);
    this.analysedCache.delete(key);
  }

  private hasPhrase(doc: number, phrase: PhraseMatcher): boolean {
    // most candidates fail (the index only knows the words are there): rule out parts cheaply first
    return this.docInfo(doc).units.some((u, i) => mayMatch(u.text, phrase.contentTerms, true) && phraseOccurrences(this.analysed(doc, i), phrase).length > 0);
  }

  private analysed(doc: number, unit: number): AnalysedText {
    let units = this.analysedCache.get(doc);
    if (units) {
      // re-insert: a Map iterates in insertion order, so the first key is the least recently used
      this.analysedCache.delete(doc);
    } else {
      units = [];
      if (this.analysedCache.size >= ANALYSED_CACHE_SIZE) this.analysedCache.delete(this.analysedCache.keys().next().value!);
    }
    this.analysedCache.set(doc, units);
    let text = units[unit];
    if (!text) {
      text = analyzeText(this.docInfo(doc).units[unit]!.text);
      units[unit] = text;
    }
    return text;
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
