/**
 * The search engine behind `SearchEngine` (engine.ts). Three FlexSearch term indexes over document
 * keys: the body (questions, answers, footnotes) and the titles (title, identifiers), which change
 * only on import and are saved under index/, and the analyst's marks (tags, notes), which change with
 * every annotation and are re-added at load. Titles and marks are the "heavy" places. Queries are
 * decided per document (evaluate.ts); only the top documents' parts are analysed for scores and
 * snippets (rank.ts).
 */
import { LRUCache } from 'lru-cache';
import type { BrowseResult, BrowseSort, SearchHit } from '../api/types.js';
import { VraagbaakError, type Annotation, type QaDocument, type Tag } from '../model/index.js';
import { analyze, analyzeText, type AnalysedText } from './analysis.js';
import { browseEvaluation, type BrowseView } from './browse.js';
import { compileQuery, type PhraseMatcher } from './compile.js';
import { factsOf, tagNamesWithAncestors, type DocumentFacts, type FilterWorld } from './doc-facts.js';
import type { IndexableDocument, SearchEngine } from './engine.js';
import { evaluatePlan, type Evaluation, type IndexView } from './evaluate.js';
import { tagDisplayNames } from './display-values.js';
import { facetValuesOf } from './facets.js';
import { parseQuery } from './query.js';
import { rankHits, type RankView, type UnitInfo } from './rank.js';
import { packUnits, SAVED_FORMAT, unpackUnits, type DocRecord, type SavedDocument, type SavedIndex } from './saved-index.js';
import { TermIndex } from './term-index.js';
import { encodePostings } from './posting-codec.js';
import { containsPhrase } from './phrase-scan.js';
import { mayMatch } from './unit-filter.js';
import { MARK_KINDS, markUnitsOf, unitsOf, type SearchUnit, type UnitKind } from './units.js';
import { Vocabulary } from './vocabulary.js';

/** Units that can stand for a whole document in a hit (not its tags, identifiers or notes). */
const BODY_KINDS: ReadonlySet<UnitKind> = new Set(['title', 'question', 'answer', 'footnote']);
/** Which term index holds a unit kind's terms. */
type IndexGroup = 'body' | 'titles' | 'marks';
const GROUP_OF: Readonly<Record<UnitKind, IndexGroup>> = {
  question: 'body', answer: 'body', footnote: 'body', title: 'titles', identifiers: 'titles', tags: 'marks', note: 'marks',
};
/** Units indexed in the body index (their texts may be read back from the text source). */
const BODY_INDEX_KINDS: ReadonlySet<UnitKind> = new Set((Object.keys(GROUP_OF) as UnitKind[]).filter((k) => GROUP_OF[k] === 'body'));

/**
 * Documents whose analysed units are kept for reuse: typing a query re-ranks the same top documents
 * for every key stroke. 200 documents of ~1,000 words is a few MB.
 */
const ANALYSED_CACHE_SIZE = 200;
/** Documents whose loaded part texts are kept (the top hits of a few queries). */
const TEXT_CACHE_SIZE = 300;

/** "2021-02-15" → 20210215; null → 0. */
function dateKeyOf(date: string | null): number {
  return date ? Number(date.replaceAll('-', '')) || 0 : 0;
}

/** The analysed terms of the units of one index group, each once. */
function distinctTerms(texts: readonly { kind: UnitKind; text: string }[], group: IndexGroup): string[] {
  const terms = new Set<string>();
  for (const u of texts) if (GROUP_OF[u.kind] === group) for (const t of analyze(u.text)) terms.add(t);
  return [...terms];
}

/** Two [term, count] lists in term order merged into one, counts of a term in both summed. */
function mergeCounts(a: readonly [string, number][], b: readonly [string, number][]): [string, number][] {
  const merged: [string, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && x[0] < y[0])) { merged.push(x!); i++; }
    else if (x === undefined || y[0] < x[0]) { merged.push(y); j++; }
    else { merged.push([x[0], x[1] + y[1]]); i++; j++; }
  }
  return merged;
}

/**
 * Reads a stored document by id, synchronously (the engine asks while it ranks); null when it cannot
 * be read. With a text source the engine keeps no question, answer or footnote text in memory.
 */
export type TextSource = (documentId: string) => QaDocument | null;

export interface SearchEngineOptions {
  /** where part texts come from after indexing; without one they stay in memory (and in the saved index) */
  textSource?: TextSource;
  /** documents whose part texts are kept loaded (default 300) */
  textCacheSize?: number;
}

export class DutchSearchEngine implements SearchEngine {
  private body = new TermIndex(false);
  private titles = new TermIndex(false);
  private marks = new TermIndex(true);
  private vocabulary = new Vocabulary();
  private readonly docKeys = new Map<string, number>();
  private readonly docs = new Map<number, DocRecord>();
  /** case number → number of delay notices indexed for it (vertraagd:) */
  private readonly delayNotices = new Map<string, number>();
  /** document → its analysed units, filled as they are needed */
  private readonly analysedCache = new LRUCache<number, (AnalysedText | undefined)[]>({ max: ANALYSED_CACHE_SIZE });
  /** document → its part texts read from the text source, by unit index */
  private readonly textCache: LRUCache<number, string[]>;
  private readonly textSource: TextSource | null;
  private nextDoc = 1;

  constructor(options: SearchEngineOptions = {}) {
    this.textSource = options.textSource ?? null;
    this.textCache = new LRUCache({ max: options.textCacheSize ?? TEXT_CACHE_SIZE });
  }

  private readonly world: FilterWorld = {
    hasDelayNotice: (caseIds) => caseIds.some((id) => (this.delayNotices.get(id) ?? 0) > 0),
  };

  private readonly view: IndexView & RankView & BrowseView = {
    lookup: (term) => this.body.lookup(term),
    lookupHeavy: (term) => {
      const inTitles = this.titles.lookup(term);
      const inMarks = this.marks.lookup(term);
      return inMarks.length === 0 ? inTitles : inTitles.length === 0 ? inMarks : [...inTitles, ...inMarks];
    },
    expand: (prefix, max, except) => this.vocabulary.expand(prefix, max, except),
    allDocs: () => this.docs.keys(),
    keyLimit: () => this.nextDoc,
    facts: (doc) => this.docInfo(doc).facts,
    world: this.world,
    hasPhrase: (doc, phrase) => this.hasPhrase(doc, phrase),
    doc: (doc) => this.docInfo(doc),
    analysed: (doc, unit) => this.analysed(doc, unit),
    text: (doc, unit) => this.textOf(doc, unit),
    dateKey: (doc) => this.dateKeys[doc] ?? 0,
  };
  /** document key → its date as YYYYMMDD: ranking compares it for every match, so no record lookup */
  private readonly dateKeys: number[] = [];

  get size(): number {
    return this.docs.size;
  }

  upsert(entry: IndexableDocument, tags: readonly Tag[]): void {
    const doc = entry.document;
    const full = unitsOf(entry, tags);
    // with a text source, body texts are read back when needed instead of being kept
    const units: UnitInfo[] = full.map(({ kind, part, annotationId, text }) => ({
      kind, part, annotationId, text: this.textSource !== null && BODY_INDEX_KINDS.has(kind) ? null : text,
    }));
    const record: DocRecord = {
      documentId: doc.id, title: doc.title, dateKey: dateKeyOf(doc.receivedOn ?? doc.submittedOn),
      units, firstUnit: units.findIndex((u) => BODY_KINDS.has(u.kind)), facts: factsOf(entry, tags),
      facetValues: facetValuesOf(entry, tags),
    };
    const oldKey = this.docKeys.get(doc.id);
    const old = oldKey === undefined ? undefined : this.docs.get(oldKey);
    if (oldKey !== undefined && old && this.sameBody(oldKey, old, full)) {
      // only notes, tags or metadata changed: the large body index stays as it is, and the titles
      // index (whose removal walks all of it) unless the title or identifiers changed
      if (!this.sameGroupTexts(old, record, 'titles')) {
        this.forget(oldKey, old, 'titles');
        this.index(oldKey, record, 'titles');
      }
      this.forget(oldKey, old, 'marks');
      this.forgetFacts(old.facts);
      this.index(oldKey, record, 'marks');
      this.keep(oldKey, record);
      return;
    }
    this.remove(doc.id);
    const key = this.nextDoc++;
    const bodyTerms = distinctTerms(full, 'body');
    this.body.add(key, bodyTerms);
    this.vocabulary.add(bodyTerms);
    this.index(key, record, 'titles');
    this.index(key, record, 'marks');
    this.keep(key, record);
  }

  remove(documentId: string): void {
    const key = this.docKeys.get(documentId);
    if (key === undefined) return;
    const record = this.docInfo(key);
    this.vocabulary.remove(distinctTerms(this.textsOf(key, record), 'body'));
    this.body.remove(key);
    this.forget(key, record, 'titles');
    this.forget(key, record, 'marks');
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

  browse(query: string, sort: BrowseSort): BrowseResult {
    const all = (): Evaluation => ({ docs: new Set(this.docs.keys()), scores: new Float64Array(0), pending: [] });
    let evaluation: Evaluation;
    if (query.trim() === '') {
      evaluation = all();
    } else {
      const ast = parseQuery(query);
      const plan = ast === null ? null : compileQuery(ast);
      // a query of stop words only names nothing to look for: it matches nothing, as in search()
      evaluation = plan === null ? { docs: new Set(), scores: new Float64Array(0), pending: [] } : evaluatePlan(plan, this.view);
    }
    return browseEvaluation(evaluation, this.view, sort);
  }

  retag(documentId: string, annotations: readonly Annotation[], documentTagIds: readonly string[], tags: readonly Tag[]): boolean {
    const key = this.docKeys.get(documentId);
    const old = key === undefined ? undefined : this.docs.get(key);
    if (key === undefined || !old) return false;
    const own = old.units.filter((u) => !MARK_KINDS.has(u.kind));
    const marks: UnitInfo[] = markUnitsOf(annotations, documentTagIds, tags).map(({ kind, part, annotationId, text }) => ({ kind, part, annotationId, text }));
    const tagIds = [...documentTagIds, ...annotations.flatMap((a) => a.tagIds)];
    const record: DocRecord = {
      ...old, units: [...own, ...marks],
      facts: { ...old.facts, tagNames: tagNamesWithAncestors(tagIds, tags) },
      facetValues: { ...old.facetValues, tags: tagDisplayNames(tagIds, tags) },
    };
    this.forget(key, old, 'marks');
    this.forgetFacts(old.facts);
    this.index(key, record, 'marks');
    this.keep(key, record);
    return true;
  }

  exportIndex(): SavedIndex {
    const docs: SavedDocument[] = [];
    for (const [key, record] of this.docs) {
      docs.push({
        key, ...record, units: packUnits(record.units.filter((u) => !MARK_KINDS.has(u.kind))),
        facts: { ...record.facts, tagNames: [] }, facetValues: { ...record.facetValues, tags: [] },
      });
    }
    // in term order, so the vocabulary needs no sort at load
    const inOrder = <T extends [string, unknown]>(lists: T[]): T[] => lists.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const body = encodePostings(inOrder(this.body.postings()));
    const titles = encodePostings(inOrder(this.titles.postings()));
    return {
      format: SAVED_FORMAT, postings: body.bytes, titlePostings: titles.bytes,
      tables: { nextDoc: this.nextDoc, terms: body.terms, titleTerms: titles.terms, docs },
    };
  }

  importIndex(saved: SavedIndex): void {
    if (saved.format !== SAVED_FORMAT || !(saved.postings instanceof Uint8Array) || !(saved.titlePostings instanceof Uint8Array)
      || !Array.isArray(saved.tables.docs) || !Array.isArray(saved.tables.terms) || !Array.isArray(saved.tables.titleTerms)) {
      throw new VraagbaakError('internal', 'The saved search index has an unknown format.');
    }
    const textless = saved.tables.docs.some((d: SavedDocument) => Array.isArray(d.units) && d.units.some((u) => Array.isArray(u) && u[2] === null));
    if (textless && this.textSource === null) {
      throw new VraagbaakError('internal', 'The saved search index keeps no part texts, and this engine has no text source.');
    }
    const known = new Uint8Array(saved.tables.nextDoc);
    for (const d of saved.tables.docs) if (Number.isInteger(d.key) && d.key >= 0 && d.key < known.length) known[d.key] = 1;
    const keys = saved.tables.docs.map((d) => d.key);
    /** one saved term index, checked against the saved documents, with its [term, count] list */
    const load = (terms: string[], bytes: Uint8Array): { index: TermIndex; counts: [string, number][] } => {
      try {
        const { index, counts } = TermIndex.fromStored(keys, terms, bytes, (key) => known[key] === 1);
        return { index, counts: terms.map((t, i) => [t, counts[i]!]) };
      } catch (e) {
        throw new VraagbaakError('internal', `The saved search index is damaged: ${e instanceof Error ? e.message : String(e)}.`);
      }
    };
    const body = load(saved.tables.terms, saved.postings);
    const titles = load(saved.tables.titleTerms, saved.titlePostings);
    this.body = body.index;
    this.titles = titles.index;
    this.marks = new TermIndex(true);
    // a document's terms are counted once per index, so a term's count is the length of its lists
    this.vocabulary = Vocabulary.fromEntries(mergeCounts(body.counts, titles.counts));
    this.docs.clear();
    this.docKeys.clear();
    this.delayNotices.clear();
    this.analysedCache.clear();
    this.textCache.clear();
    this.nextDoc = saved.tables.nextDoc;
    for (const { key, units: savedUnits, ...rest } of saved.tables.docs) {
      if (typeof key !== 'number' || typeof rest.documentId !== 'string' || !Array.isArray(savedUnits) || !rest.facts || !rest.facetValues) {
        throw new VraagbaakError('internal', 'The saved search index has a malformed document record.');
      }
      this.keep(key, { ...rest, units: unpackUnits(savedUnits) });
    }
  }

  /** Document ids in the index. */
  documentIds(): string[] {
    return [...this.docKeys.keys()];
  }

  private keep(key: number, record: DocRecord): void {
    this.docs.set(key, record);
    this.dateKeys[key] = record.dateKey;
    this.docKeys.set(record.documentId, key);
    this.analysedCache.delete(key);
    this.textCache.delete(key);
    for (const id of record.facts.kind === 'delay-notice' ? record.facts.caseIds : []) {
      this.delayNotices.set(id, (this.delayNotices.get(id) ?? 0) + 1);
    }
  }

  private forgetFacts(facts: DocumentFacts): void {
    if (facts.kind !== 'delay-notice') return;
    for (const id of facts.caseIds) this.delayNotices.set(id, (this.delayNotices.get(id) ?? 1) - 1);
  }

  private termIndex(group: 'titles' | 'marks'): TermIndex {
    return group === 'titles' ? this.titles : this.marks;
  }

  /** Adds a record's titles or marks to their index and the vocabulary. */
  private index(key: number, record: DocRecord, group: 'titles' | 'marks'): void {
    const terms = distinctTerms(this.keptTexts(record), group);
    this.termIndex(group).add(key, terms);
    this.vocabulary.add(terms);
  }

  /** Takes a record's titles or marks out of their index and the vocabulary. */
  private forget(key: number, record: DocRecord, group: 'titles' | 'marks'): void {
    this.vocabulary.remove(distinctTerms(this.keptTexts(record), group));
    this.termIndex(group).remove(key);
    this.analysedCache.delete(key);
  }

  private hasPhrase(doc: number, phrase: PhraseMatcher): boolean {
    // most candidates fail (the index only knows the words are there): rule out parts cheaply first
    return this.docInfo(doc).units.some((_, i) => {
      const text = this.textOf(doc, i);
      return mayMatch(text, phrase.contentTerms, true) && containsPhrase(text, phrase);
    });
  }

  private analysed(doc: number, unit: number): AnalysedText {
    let units = this.analysedCache.get(doc);
    if (!units) {
      units = [];
      this.analysedCache.set(doc, units);
    }
    let text = units[unit];
    if (!text) {
      text = analyzeText(this.textOf(doc, unit));
      units[unit] = text;
    }
    return text;
  }

  /** The text of one unit: kept in the record, or read from the text source ('' when unreadable). */
  private textOf(doc: number, unit: number): string {
    const record = this.docInfo(doc);
    const kept = record.units[unit]?.text;
    if (kept !== null && kept !== undefined) return kept;
    let texts = this.textCache.get(doc);
    if (!texts) {
      texts = this.loadTexts(record);
      this.textCache.set(doc, texts);
    }
    return texts[unit] ?? '';
  }

  /** Reads a document's part texts from the source, aligned with its record's units. */
  private loadTexts(record: DocRecord): string[] {
    const document = this.textSource?.(record.documentId) ?? null;
    if (!document) return [];
    const byPart = new Map(unitsOf({ document, annotations: [], documentTagIds: [] }, []).map((u) => [`${u.kind}:${u.part.index}`, u.text]));
    return record.units.map((u) => u.text ?? byPart.get(`${u.kind}:${u.part.index}`) ?? '');
  }

  /** Every unit of a record with its text (body texts read back when not kept). */
  private textsOf(key: number, record: DocRecord): { kind: UnitKind; text: string }[] {
    return record.units.map((u, i) => ({ kind: u.kind, text: u.text ?? this.textOf(key, i) }));
  }

  /** The units outside the body (title, identifiers, tags, notes), whose texts are always kept. */
  private keptTexts(record: DocRecord): { kind: UnitKind; text: string }[] {
    return record.units.flatMap((u) => (BODY_INDEX_KINDS.has(u.kind) || u.text === null ? [] : [{ kind: u.kind, text: u.text }]));
  }

  /** True when two records have the same texts in one index group. */
  private sameGroupTexts(a: DocRecord, b: DocRecord, group: IndexGroup): boolean {
    const texts = (r: DocRecord): string => r.units.filter((u) => GROUP_OF[u.kind] === group).map((u) => `${u.kind}\u0000${u.text ?? ''}`).join('\u0001');
    return texts(a) === texts(b);
  }

  /** True when the indexed document has the same body units (kind, part, text) as `next`. */
  private sameBody(key: number, old: DocRecord, next: readonly SearchUnit[]): boolean {
    const bodyA = this.textsOf(key, old).map((u, i) => ({ ...u, part: old.units[i]!.part })).filter((u) => BODY_INDEX_KINDS.has(u.kind));
    const bodyB = next.filter((u) => BODY_INDEX_KINDS.has(u.kind));
    return bodyA.length === bodyB.length
      && bodyA.every((u, i) => u.kind === bodyB[i]!.kind && u.part.index === bodyB[i]!.part.index && u.text === bodyB[i]!.text);
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
export function createSearchEngine(options: SearchEngineOptions = {}): SearchEngine {
  return new DutchSearchEngine(options);
}
