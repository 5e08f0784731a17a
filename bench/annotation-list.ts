/**
 * Annotations view (issue 10 §Performance): at 30,000 documents with 20,000 annotations
 * (annotation-list-archive.ts), the p95 of the view's first page (sort by date, 200 rows) and of a
 * theme filter (a theme with its 4 sub-themes), through the real service on an archive opened as
 * the app opens it. Goals: ≤ 100 ms p95 each. Baselines in the same run: the library's own query
 * (`search.browse('')`, all documents with facets) and reading + parsing the same annotation files
 * from disk. Also: the first query after open (reads the page's part numbers), other sorts and
 * filters, "select all", and a bulk theme change of 200 annotations with its undo.
 * Sizes: BENCH_ANNOTATION_DOCS (default 30,000), BENCH_ANNOTATIONS (default ⅔ of the documents),
 * BENCH_ANNOTATION_ROUNDS (default 30). Only this bench: `npm run bench -- annotation-list`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnnotationQuery } from '../src-main/services/annotation-list-service.js';
import { openVraagbaak } from '../src-main/services/index.js';
import { buildAnnotationArchive } from './annotation-list-archive.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const DOCS = Number(process.env['BENCH_ANNOTATION_DOCS'] ?? 30_000);
const ANNOTATIONS = Number(process.env['BENCH_ANNOTATIONS'] ?? Math.round((DOCS * 2) / 3));
const ROUNDS = Number(process.env['BENCH_ANNOTATION_ROUNDS'] ?? 30);
/** Reading every annotation file is slow: fewer rounds of it. */
const FILE_ROUNDS = Math.max(3, Math.ceil(ROUNDS / 6));
const GOAL_MS = 100;

const Q: AnnotationQuery = { query: '', text: '', sort: 'date', offset: 0, limit: 200, idsOnly: false, locale: 'nl' };

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}
const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;
const stats = (xs: readonly number[]) => ({ p50: round(percentile(xs, 50)), p95: round(percentile(xs, 95)) });

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** Reads and parses every annotation file, as a list built from disk would (the files baseline). */
async function readAnnotationFiles(dir: string): Promise<number> {
  const folder = path.join(dir, 'annotations');
  let count = 0;
  for (const name of await readdir(folder)) {
    const file = JSON.parse(await readFile(path.join(folder, name), 'utf8')) as { annotations: unknown[] };
    count += file.annotations.length;
  }
  return count;
}

/** Runs the bench: prints a table and writes bench/results/annotation-list.json. */
export async function run(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vraagbaak-bench-annotations-'));
  const loadBefore = os.loadavg()[0] ?? 0;
  try {
    const built = await buildAnnotationArchive(dir, DOCS, ANNOTATIONS);
    console.log(
      `archive: ${String(built.documents)} documents, ${String(built.annotations)} annotations on ${String(built.annotatedDocuments)} documents ` +
        `(built in ${String(round(built.buildSeconds.documents))} s + ${String(round(built.buildSeconds.annotations))} s annotations + ${String(round(built.buildSeconds.indexSave))} s index save)`,
    );
    let start = performance.now();
    const v = await openVraagbaak({ archiveDir: dir, shell: 'cli', version: 'bench', printer: { print: () => Promise.reject(new Error('no printing')), close: () => Promise.resolve() } });
    const openMs = performance.now() - start;
    try {
      if (v.indexReport.source !== 'saved') throw new Error(`the saved index was not used: ${v.indexReport.rebuildReason ?? ''}`);
      const themes = built.parentThemeIds;
      start = performance.now();
      const firstEver = await v.annotationList.query(Q);
      const coldFirstPageMs = performance.now() - start;
      if (firstEver.total !== built.annotations || firstEver.rows.length !== Math.min(200, built.annotations)) throw new Error(`the first page lists ${String(firstEver.total)} annotations`);
      // warm-up: every theme's first page once (its part numbers read), the library query once
      for (const tagId of themes) await v.annotationList.query({ ...Q, tagId });
      await v.search.browse('', 'date');

      const t = { firstPage: [] as number[], theme: [] as number[], browse: [] as number[], byDocument: [] as number[], byTheme: [] as number[], text: [] as number[], libraryField: [] as number[], selectAll: [] as number[], files: [] as number[] };
      let themeTotal = 0;
      for (let i = 0; i < ROUNDS; i++) {
        const tagId = themes[i % themes.length];
        t.firstPage.push(await timed(() => v.annotationList.query(Q)));
        t.theme.push(await timed(async () => { themeTotal = (await v.annotationList.query({ ...Q, tagId })).total; }));
        t.browse.push(await timed(() => v.search.browse('', 'date')));
        t.byDocument.push(await timed(() => v.annotationList.query({ ...Q, sort: 'document' })));
        t.byTheme.push(await timed(() => v.annotationList.query({ ...Q, sort: 'theme' })));
        t.text.push(await timed(() => v.annotationList.query({ ...Q, text: i % 2 === 0 ? 'kabinet' : 'notitie' })));
        t.libraryField.push(await timed(() => v.annotationList.query({ ...Q, query: 'ministerie:"Financiën"' })));
        t.selectAll.push(await timed(() => v.annotationList.query({ ...Q, tagId, idsOnly: true })));
        if (i < FILE_ROUNDS) t.files.push(await timed(() => readAnnotationFiles(dir)));
      }
      // a bulk change of the first page (200 annotations): add a theme, then undo it
      const refs = firstEver.rows.map((r) => ({ documentId: r.annotation.documentId, id: r.annotation.id }));
      let before: Awaited<ReturnType<typeof v.annotationList.updateMany>>['before'] = [];
      const bulkMs = await timed(async () => { before = (await v.annotationList.updateMany({ refs, addTagIds: [themes[0] ?? ''], removeTagIds: [] })).before; });
      const undoMs = await timed(() => v.annotationList.restore(before));

      const s = Object.fromEntries(Object.entries(t).map(([k, xs]) => [k, stats(xs)])) as Record<keyof typeof t, { p50: number; p95: number }>;
      const vs = (a: number, b: number): string => `${(a / b).toFixed(2)}×`;
      console.table([
        { case: 'first page (sort date, 200 rows)', p50: s.firstPage.p50, p95: s.firstPage.p95, 'p95 ÷ browse': vs(s.firstPage.p95, s.browse.p95), 'p95 ÷ files': vs(s.firstPage.p95, s.files.p95), goal: `≤ ${String(GOAL_MS)} ms` },
        { case: `theme filter (theme + 4 sub-themes, ~${String(themeTotal)} matches)`, p50: s.theme.p50, p95: s.theme.p95, 'p95 ÷ browse': vs(s.theme.p95, s.browse.p95), 'p95 ÷ files': vs(s.theme.p95, s.files.p95), goal: `≤ ${String(GOAL_MS)} ms` },
        { case: "baseline: library query search.browse('')", p50: s.browse.p50, p95: s.browse.p95, 'p95 ÷ browse': '', 'p95 ÷ files': '', goal: '' },
        { case: `baseline: read + parse every annotation file (${String(FILE_ROUNDS)} rounds)`, p50: s.files.p50, p95: s.files.p95, 'p95 ÷ browse': '', 'p95 ÷ files': '', goal: '' },
        { case: 'sort by document', p50: s.byDocument.p50, p95: s.byDocument.p95, 'p95 ÷ browse': vs(s.byDocument.p95, s.browse.p95), 'p95 ÷ files': '', goal: '' },
        { case: 'sort by theme', p50: s.byTheme.p50, p95: s.byTheme.p95, 'p95 ÷ browse': vs(s.byTheme.p95, s.browse.p95), 'p95 ÷ files': '', goal: '' },
        { case: 'text in quote or note', p50: s.text.p50, p95: s.text.p95, 'p95 ÷ browse': vs(s.text.p95, s.browse.p95), 'p95 ÷ files': '', goal: '' },
        { case: 'library field ministerie:"Financiën"', p50: s.libraryField.p50, p95: s.libraryField.p95, 'p95 ÷ browse': vs(s.libraryField.p95, s.browse.p95), 'p95 ÷ files': '', goal: '' },
        { case: 'select all of a theme (idsOnly)', p50: s.selectAll.p50, p95: s.selectAll.p95, 'p95 ÷ browse': vs(s.selectAll.p95, s.browse.p95), 'p95 ÷ files': '', goal: '' },
      ]);
      console.log(`first query after open (reads the part numbers of the page's documents): ${String(round(coldFirstPageMs))} ms; open (saved index): ${String(round(openMs))} ms`);
      console.log(`bulk: add a theme to 200 annotations ${String(round(bulkMs))} ms, undo (restore) ${String(round(undoMs))} ms`);
      const goals = { firstPageP95: s.firstPage.p95 <= GOAL_MS, themeFilterP95: s.theme.p95 <= GOAL_MS };
      console.log(`goal first page p95 ≤ ${String(GOAL_MS)} ms: ${goals.firstPageP95 ? 'met' : 'NOT met'}; theme filter p95 ≤ ${String(GOAL_MS)} ms: ${goals.themeFilterP95 ? 'met' : 'NOT met'}`);
      const load = { before: loadBefore, after: os.loadavg()[0] ?? 0 };
      console.log(`machine: ${String(os.cpus().length)} cores, load average ${load.before.toFixed(1)} → ${load.after.toFixed(1)}`);
      mkdirSync(path.join(here, 'results'), { recursive: true });
      const result = {
        date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, loadAverage: load, rounds: ROUNDS, fileRounds: FILE_ROUNDS,
        archive: built, openMs: round(openMs), coldFirstPageMs: round(coldFirstPageMs), bulkAdd200Ms: round(bulkMs), bulkUndo200Ms: round(undoMs),
        ms: s, ratios: { firstPagePerBrowse: round(s.firstPage.p95 / s.browse.p95, 2), themePerBrowse: round(s.theme.p95 / s.browse.p95, 2), firstPagePerFiles: round(s.firstPage.p95 / s.files.p95, 3), themePerFiles: round(s.theme.p95 / s.files.p95, 3) },
        goals, raw: t,
      };
      writeFileSync(path.join(here, 'results', 'annotation-list.json'), JSON.stringify(result, null, 2) + '\n');
    } finally {
      await v.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
