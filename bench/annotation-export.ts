/**
 * Annotation export (issue 10 §Performance): at 30,000 documents with 20,000 annotations
 * (annotation-list-archive.ts), the W3C Web Annotation (JSON-LD) export of every annotation through
 * the real service (`annotationFiles.export`, and `exportToFile` with its durable write), and the
 * CSV export, on an archive opened as the app opens it. Goal: W3C export ≤ 2 s. Baselines in the
 * same run: reading + parsing every annotation file from disk, and `JSON.stringify(…, null, 2)` of
 * the same annotations as stored (the least any JSON export of them costs).
 * Sizes: BENCH_EXPORT_DOCS (default 30,000), BENCH_EXPORT_ANNOTATIONS (default ⅔ of the
 * documents), BENCH_EXPORT_ROUNDS (default 5). Only this bench: `npm run bench -- annotation-export`.
 */
import { readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Annotation } from '../src-main/core/model/index.js';
import { buildAnnotationArchive } from './annotation-list-archive.js';
import { median, round, timed, withTempDirs, withVraagbaak, writeResult } from './bench-kit.js';

const DOCS = Number(process.env['BENCH_EXPORT_DOCS'] ?? 30_000);
const ANNOTATIONS = Number(process.env['BENCH_EXPORT_ANNOTATIONS'] ?? Math.round((DOCS * 2) / 3));
const ROUNDS = Number(process.env['BENCH_EXPORT_ROUNDS'] ?? 5);
const GOAL_MS = 2000;

/** Reads and parses every annotation file (the files baseline); returns their annotations. */
async function readAnnotationFiles(dir: string): Promise<Annotation[]> {
  const folder = path.join(dir, 'annotations');
  const out: Annotation[] = [];
  for (const name of await readdir(folder)) {
    const file = JSON.parse(await readFile(path.join(folder, name), 'utf8')) as { annotations: Annotation[] };
    out.push(...file.annotations);
  }
  return out;
}

/** Runs the bench: prints a table and writes bench/results/annotation-export.json. */
export async function run(): Promise<void> {
  const loadBefore = os.loadavg()[0] ?? 0;
  await withTempDirs(['vraagbaak-bench-export-', 'vraagbaak-bench-export-out-'], async ([dir = '', out = '']) => {
    const built = await buildAnnotationArchive(dir, DOCS, ANNOTATIONS);
    console.log(`archive: ${String(built.documents)} documents, ${String(built.annotations)} annotations on ${String(built.annotatedDocuments)} documents`);
    await withVraagbaak(dir, async (v) => {
      let start = performance.now();
      const first = await v.annotationFiles.export({ format: 'w3c' });
      const coldW3cMs = performance.now() - start;
      if (first.count !== built.annotations) throw new Error(`the W3C export holds ${String(first.count)} annotations, not ${String(built.annotations)}`);
      start = performance.now();
      const firstCsv = await v.annotationFiles.export({ format: 'csv' });
      const coldCsvMs = performance.now() - start;
      if (firstCsv.count !== built.annotations) throw new Error(`the CSV export holds ${String(firstCsv.count)} annotations`);

      const t = { w3c: [] as number[], w3cFile: [] as number[], csv: [] as number[], files: [] as number[], stringify: [] as number[] };
      let stored: Annotation[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        t.w3c.push(await timed(() => v.annotationFiles.export({ format: 'w3c' })));
        t.w3cFile.push(await timed(() => v.annotationFiles.exportToFile(path.join(out, 'export.jsonld'), { format: 'w3c' })));
        t.csv.push(await timed(() => v.annotationFiles.export({ format: 'csv' })));
        t.files.push(await timed(async () => { stored = await readAnnotationFiles(dir); }));
        t.stringify.push(await timed(() => Promise.resolve(`${JSON.stringify({ annotations: stored }, null, 2)}\n`)));
      }
      if (stored.length !== built.annotations) throw new Error(`the annotation files hold ${String(stored.length)} annotations`);
      const m = Object.fromEntries(Object.entries(t).map(([k, xs]) => [k, round(median(xs))])) as Record<keyof typeof t, number>;
      const vs = (a: number, b: number): string => `${(a / b).toFixed(2)}×`;
      const row = (name: string, k: keyof typeof t, goal = '') => ({ case: name, median: m[k], max: round(Math.max(...t[k])), '÷ files': vs(m[k], m.files), '÷ stringify': vs(m[k], m.stringify), goal });
      const mb = (bytes: number): string => `${(bytes / 1_048_576).toFixed(1)} MB`;
      console.table([
        row(`W3C JSON-LD export, ${String(first.count)} annotations (${mb(first.bytes.byteLength)})`, 'w3c', `≤ ${String(GOAL_MS)} ms`),
        row('W3C export to a file (temp, fsync, rename)', 'w3cFile', `≤ ${String(GOAL_MS)} ms`),
        row(`CSV export (${mb(firstCsv.bytes.byteLength)}, reads ${String(built.annotatedDocuments)} documents)`, 'csv'),
        { ...row(`baseline: read + parse the ${String(built.annotatedDocuments)} annotation files`, 'files'), '÷ files': '', '÷ stringify': '' },
        { ...row('baseline: JSON.stringify(annotations, null, 2) of the same annotations', 'stringify'), '÷ files': '', '÷ stringify': '' },
      ]);
      console.log(`first exports after open: W3C ${String(round(coldW3cMs))} ms, CSV ${String(round(coldCsvMs))} ms`);
      const goals = { w3c: m.w3c <= GOAL_MS, w3cFile: m.w3cFile <= GOAL_MS };
      console.log(`goal W3C export ≤ ${String(GOAL_MS)} ms: ${goals.w3c ? 'met' : 'NOT met'}; to a file: ${goals.w3cFile ? 'met' : 'NOT met'}`);
      writeResult('annotation-export', loadBefore, {
        rounds: ROUNDS,
        archive: { documents: built.documents, annotations: built.annotations, annotatedDocuments: built.annotatedDocuments },
        bytes: { w3c: first.bytes.byteLength, csv: firstCsv.bytes.byteLength },
        coldMs: { w3c: round(coldW3cMs), csv: round(coldCsvMs) },
        medianMs: m,
        ratios: { w3cPerFiles: round(m.w3c / m.files, 2), w3cPerStringify: round(m.w3c / m.stringify, 2), w3cFilePerFiles: round(m.w3cFile / m.files, 2), csvPerFiles: round(m.csv / m.files, 2) },
        goals, raw: t,
      });
    });
  });
}
