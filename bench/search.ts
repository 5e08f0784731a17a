/**
 * Search bench (issue 4 §6): a synthetic Dutch archive of 30,000 documents (synthetic-archive.ts)
 * stored through the real archive (documents/, originals/, the lazily written catalog) and indexed
 * by the engine as the app runs it (part texts read back from documents/); the same documents in
 * SQLite FTS5 as the baseline, 200 mixed queries against both; the library view (all matches + facet
 * counts); durable annotation saves on that archive against a bare fsync'd write; and the archive
 * opened in a fresh process (open → searchable, RSS).
 */
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { closeSync, fsyncSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Archive } from '../src-main/archive/index.js';
import type { Annotation, QaDocument } from '../src-main/core/model/index.js';
import { createSearchEngine } from '../src-main/core/search/index.js';
import { generateDocuments, loadCorpus, MINISTRIES, PARTIES, prng } from './synthetic-archive.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const DOCS = Number(process.env['BENCH_DOCS'] ?? 30_000);
const QUERIES = 200;
const SAVES = 200;
const LIMIT = 20;

export interface Query { kind: string; ours: string; fts: string; ministry?: string; from?: string; party?: string }

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}
const round = (n: number, digits = 2): number => Math.round(n * 10 ** digits) / 10 ** digits;
const stats = (values: readonly number[]): { p50: number; p95: number } => ({ p50: round(percentile(values, 50), 3), p95: round(percentile(values, 95), 3) });

/** 200 queries in five kinds of 40, each drawn from one random document's own words. */
export function makeQueries(docs: readonly QaDocument[]): Query[] {
  const rand = prng(777);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const wordsOf = (d: QaDocument): string[] => [...(d.questions[0]?.text ?? '').matchAll(/\p{L}{5,}/gu)].map((m) => m[0]);
  const run = (d: QaDocument): string[] => {
    const words = (d.answers[0]?.text ?? d.questions[0]?.text ?? '').split(' ');
    const at = Math.floor(rand() * Math.max(1, words.length - 3));
    return words.slice(at, at + 2 + Math.floor(rand() * 2)).map((w) => w.replace(/[^\p{L}\p{N}]/gu, '')).filter((w) => w.length > 1);
  };
  const q = (w: string): string => `"${w}"`;
  const queries: Query[] = [];
  for (let i = 0; i < QUERIES; i++) {
    const doc = pick(docs);
    const words = wordsOf(doc);
    const w = pick(words).toLowerCase();
    switch (i % 5) {
      case 0: queries.push({ kind: 'word', ours: w, fts: q(w) }); break;
      case 1: { const ws = [w, pick(words).toLowerCase(), ...(rand() < 0.5 ? [pick(words).toLowerCase()] : [])]; queries.push({ kind: 'words', ours: ws.join(' ') + ' ', fts: ws.map(q).join(' ') }); break; }
      case 2: { const ws = run(doc); queries.push({ kind: 'phrase', ours: `"${ws.join(' ')}"`, fts: `"${ws.join(' ')}"` }); break; }
      case 3: { const pre = w.slice(0, Math.max(3, Math.ceil(w.length * 0.6))); queries.push({ kind: 'prefix', ours: pre, fts: `${q(pre)}*` }); break; }
      default: {
        const ministry = pick(MINISTRIES);
        const from = String(2015 + Math.floor(rand() * 8));
        const party = rand() < 0.5 ? pick(PARTIES) : undefined;
        queries.push({ kind: 'fielded', ours: `${w} ministerie:"${ministry}" van:${from}${party ? ` partij:${party}` : ''} `, fts: q(w), ministry, from: `${from}-01-01`, party });
      }
    }
  }
  return queries;
}

function buildFts(file: string, docs: readonly QaDocument[]): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec(`CREATE VIRTUAL TABLE fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4');
    CREATE TABLE meta (id INTEGER PRIMARY KEY, ministry TEXT, party TEXT, date TEXT);
    CREATE INDEX meta_ministry ON meta (ministry, date);`);
  const insert = db.prepare('INSERT INTO fts (rowid, title, body) VALUES (?, ?, ?)');
  const meta = db.prepare('INSERT INTO meta (id, ministry, party, date) VALUES (?, ?, ?, ?)');
  db.transaction(() => {
    docs.forEach((d, i) => {
      insert.run(i + 1, d.title, [...d.questions.map((x) => x.text), ...d.answers.map((x) => x.text)].join('\n'));
      meta.run(i + 1, d.addressedTo[0]?.replace('minister van ', '') ?? null, d.askedBy[0]?.party ?? null, d.receivedOn ?? d.submittedOn);
    });
  })();
  db.exec(`INSERT INTO fts (fts) VALUES ('optimize')`);
  return db;
}

function ftsRunner(db: Database.Database): (q: Query) => unknown[] {
  const plain = db.prepare(`SELECT rowid, title, snippet(fts, 1, '[', ']', '…', 24) AS s FROM fts WHERE fts MATCH ? ORDER BY bm25(fts, 3.0, 1.0) LIMIT ${LIMIT}`);
  const fielded = db.prepare(`SELECT fts.rowid, fts.title, snippet(fts, 1, '[', ']', '…', 24) AS s FROM fts JOIN meta ON meta.id = fts.rowid
    WHERE fts MATCH ? AND meta.ministry = ? AND meta.date >= ? AND (? IS NULL OR meta.party = ?) ORDER BY bm25(fts, 3.0, 1.0) LIMIT ${LIMIT}`);
  return (q) => (q.ministry ? fielded.all(q.fts, q.ministry, q.from, q.party ?? null, q.party ?? null) : plain.all(q.fts));
}

async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** Runs the search bench, prints a table and writes bench/results/latest.json (and search.json). */
export async function run(): Promise<void> {
  const work = mkdtempSync(path.join(tmpdir(), 'vraagbaak-bench-'));
  try {
    const corpus = loadCorpus();
    let start = performance.now();
    // the same documents again for FTS5 and the queries (the generator is deterministic)
    const docs = [...generateDocuments(corpus, DOCS)].map((g) => g.document);
    const generateS = (performance.now() - start) / 1000;
    const mb = docs.reduce((n, d) => n + d.questions.reduce((a, q) => a + q.text.length, 0) + d.answers.reduce((a, q) => a + q.text.length, 0), 0) / 1e6;
    console.log(`generated ${DOCS} documents (${round(mb, 1)} MB of text) in ${round(generateS, 1)} s`);

    // the real archive at full size: documents through Archive.addDocument (original + document file,
    // lazily written catalog) and into the engine, which reads part texts back from documents/
    const archiveDir = path.join(work, 'archive');
    const archive = await Archive.open(archiveDir);
    const engine = createSearchEngine({ textSource: (id) => archive.readDocumentSync(id) });
    let archiveMs = 0;
    let indexMs = 0;
    for (const { document, bytes } of generateDocuments(corpus, DOCS)) {
      archiveMs += await timeAsync(() => archive.addDocument(document, { fileName: document.source.fileName, bytes }));
      indexMs += time(() => engine.upsert({ document, annotations: [], documentTagIds: [] }, []));
    }
    const importPerS = DOCS / ((archiveMs + indexMs) / 1000);
    const indexS = indexMs / 1000;
    console.log(`imported into the archive in ${round(archiveMs / 1000, 1)} s, indexed in ${round(indexS, 1)} s`);

    start = performance.now();
    const db = buildFts(path.join(work, 'fts.sqlite'), docs);
    const ftsBuildS = (performance.now() - start) / 1000;
    console.log(`FTS5 built in ${round(ftsBuildS, 1)} s`);

    const queries = makeQueries(docs);
    const fts = ftsRunner(db);
    for (const q of queries) { engine.search(q.ours, LIMIT); fts(q); } // warm-up
    const ours: number[] = [];
    const base: number[] = [];
    const byKind = new Map<string, { ours: number[]; fts: number[] }>();
    for (const q of queries) {
      const a = time(() => engine.search(q.ours, LIMIT));
      const b = time(() => fts(q));
      ours.push(a);
      base.push(b);
      const k = byKind.get(q.kind) ?? { ours: [], fts: [] };
      k.ours.push(a);
      k.fts.push(b);
      byKind.set(q.kind, k);
    }
    // the library view: every match with facet counts, for the fielded queries and the empty query
    const browse: number[] = [];
    for (const q of [...queries.filter((x) => x.kind === 'fielded'), { ours: '' }]) browse.push(time(() => engine.browse(q.ours, 'relevance')));
    db.close();
    const rssBuilt = process.memoryUsage().rss / 2 ** 20;

    // durable annotation saves on the full archive (annotation file + index retag), as the service does
    const rand = prng(99);
    const saves: number[] = [];
    for (let i = 0; i < SAVES; i++) {
      const id = `bench-${Math.floor(rand() * DOCS)}`;
      const annotation: Annotation = {
        id: `ann-${i}`, documentId: id, target: { part: { type: 'answer', index: 0 }, quote: { exact: 'kabinet', prefix: '', suffix: '' }, position: { start: 0, end: 7 } },
        note: `notitie ${i}`, color: 'yellow', tagIds: [], createdAt: new Date().toISOString(), updatedAt: new Date().toISOString(), revision: 1,
      };
      saves.push(await timeAsync(async () => {
        const list = await archive.updateAnnotations(id, (current) => [...current, annotation]);
        engine.retag(id, list, [], []);
      }));
    }
    const bare: number[] = [];
    const payload = JSON.stringify({ annotations: Array.from({ length: 3 }, (_, i) => ({ id: i, note: 'notitie'.repeat(20) })) });
    mkdirSync(path.join(work, 'bare'), { recursive: true });
    for (let i = 0; i < SAVES; i++) {
      bare.push(time(() => {
        const fd = openSync(path.join(work, 'bare', `f${i % 10}.json`), 'w');
        writeSync(fd, payload);
        fsyncSync(fd);
        closeSync(fd);
      }));
    }

    // persistence: save the index as the app does, close, then open the archive in a fresh process
    start = performance.now();
    await archive.saveSearchIndex(engine.exportIndex());
    const saveIndexS = (performance.now() - start) / 1000;
    await archive.close();
    const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(here, 'search-open.ts'), archiveDir], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (child.status !== 0) throw new Error(`search-open failed: ${child.stderr}`);
    const opened = JSON.parse(child.stdout.trim().split('\n').pop()!) as { open_ms: number; archive_ms: number; rss_mb: number; heap_mb: number; docs: number };
    const archiveOpenMs = opened.archive_ms;

    const s = stats(ours);
    const f = stats(base);
    const save = stats(saves);
    const bareStats = stats(bare);
    const results = {
      generatedAt: new Date().toISOString(),
      documents: DOCS,
      text_mb: round(mb, 1),
      queries: QUERIES,
      search_p50_ms: s.p50, search_p95_ms: s.p95,
      fts5_search_p50_ms: f.p50, fts5_search_p95_ms: f.p95,
      by_kind: Object.fromEntries([...byKind].map(([k, v]) => [k, { ours: stats(v.ours), fts5: stats(v.fts) }])),
      browse_p50_ms: stats(browse).p50, browse_p95_ms: stats(browse).p95,
      save_p50_ms: save.p50, save_p95_ms: save.p95, save_archive_documents: DOCS,
      bare_fsync_write_p50_ms: bareStats.p50, bare_fsync_write_p95_ms: bareStats.p95,
      open_ms: round(opened.open_ms, 0),
      archive_open_ms: round(archiveOpenMs, 0), archive_open_documents: DOCS,
      rss_mb: round(opened.rss_mb, 0), heap_mb: round(opened.heap_mb, 0), rss_bench_process_mb: round(rssBuilt, 0),
      import_docs_per_s: round(importPerS, 1), import_documents: DOCS, import_archive_s: round(archiveMs / 1000, 1),
      index_build_s: round(indexS, 1), index_build_docs_per_s: round(DOCS / indexS, 0), index_save_s: round(saveIndexS, 1),
      fts5_build_s: round(ftsBuildS, 1),
      goals: {
        search_p95_le_half_fts5: s.p95 <= 0.5 * f.p95,
        save_p95_le_5ms: save.p95 <= 5,
        open_le_1500ms: opened.open_ms <= 1500,
        rss_le_600mb: opened.rss_mb <= 600,
      },
    };
    console.table([
      { metric: `search (${QUERIES} mixed queries, top ${LIMIT})`, p50: s.p50, p95: s.p95, goal: `p95 ≤ ${round(0.5 * f.p95, 2)} (½ FTS5)` },
      { metric: 'SQLite FTS5, same queries', p50: f.p50, p95: f.p95, goal: 'baseline' },
      ...[...byKind].map(([k, v]) => ({ metric: `  ${k}: ours / FTS5`, p50: `${stats(v.ours).p50} / ${stats(v.fts).p50}`, p95: `${stats(v.ours).p95} / ${stats(v.fts).p95}`, goal: '' })),
      { metric: `library view: all matches + facets (${browse.length} queries)`, p50: stats(browse).p50, p95: stats(browse).p95, goal: '' },
      { metric: `annotation save (archive of ${DOCS})`, p50: save.p50, p95: save.p95, goal: 'p95 ≤ 5 ms' },
      { metric: 'bare fsync’d file write', p50: bareStats.p50, p95: bareStats.p95, goal: 'baseline' },
      { metric: `open archive → searchable (${DOCS}, fresh process)`, p50: round(opened.open_ms, 0), p95: '', goal: '≤ 1500 ms' },
      { metric: '  of which the archive files (catalog, workspace, annotations, backup)', p50: round(archiveOpenMs, 0), p95: '', goal: '' },
      { metric: 'RSS with the index loaded (MB)', p50: round(opened.rss_mb, 0), p95: '', goal: '≤ 600 MB' },
      { metric: 'import (archive + index), docs/s', p50: round(importPerS, 1), p95: '', goal: '' },
      { metric: `index build ${DOCS} docs (s)`, p50: round(indexS, 1), p95: '', goal: '' },
    ]);
    const resultsDir = path.join(here, 'results');
    mkdirSync(resultsDir, { recursive: true });
    writeFileSync(path.join(resultsDir, 'search.json'), JSON.stringify(results, null, 2) + '\n');
    let latest: Record<string, unknown> = {};
    try { latest = JSON.parse(readFileSync(path.join(resultsDir, 'latest.json'), 'utf8')) as Record<string, unknown>; } catch { /* first run */ }
    writeFileSync(path.join(resultsDir, 'latest.json'), JSON.stringify({ ...latest, ...results }, null, 2) + '\n');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await run();
