/**
 * Bulk changes of the annotations view (issue 10 §Performance): at 30,000 documents with 20,000
 * annotations (annotation-list-archive.ts), a theme is added to 5,000 annotations at once
 * (`annotations.updateMany`: the first 5,000 by document, every annotation of ~1,700 documents),
 * then undone (`annotations.restore` of its `before`), and the same annotations are deleted
 * (`annotations.deleteMany`) and put back, each durable, through the real service on an archive
 * opened as the app opens it. Also: how long after the theme add until its files are flushed in the
 * background (archive.whenFlushed). Baselines in the same run: one durable write (temp file + fsync
 * + rename) of each annotation file the change touches, one after the other (what one fsync per
 * file costs) and BULK_WRITE_CONCURRENCY at once, and reading + parsing those files.
 * Sizes: BENCH_BULK_DOCS (default 30,000), BENCH_BULK_ANNOTATIONS (default 20,000),
 * BENCH_BULK_CHANGED (default 5,000), BENCH_BULK_ROUNDS (default 3).
 * Only this bench: `npm run bench -- annotation-bulk`.
 */
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { annotationsPath } from '../src-main/archive/archive-layout.js';
import { writeFileDurable } from '../src-main/archive/durable-write.js';
import { forEachLimited } from '../src-main/archive/helpers.js';
import type { Annotation } from '../src-main/core/model/index.js';
import type { AnnotationQuery } from '../src-main/services/annotation-list-service.js';
import { buildAnnotationArchive } from './annotation-list-archive.js';
import { median, round, timed, withTempDirs, withVraagbaak, writeResult } from './bench-kit.js';

const DOCS = Number(process.env['BENCH_BULK_DOCS'] ?? 30_000);
const ANNOTATIONS = Number(process.env['BENCH_BULK_ANNOTATIONS'] ?? 20_000);
const CHANGED = Number(process.env['BENCH_BULK_CHANGED'] ?? 5_000);
const ROUNDS = Number(process.env['BENCH_BULK_ROUNDS'] ?? 3);
/** How many of the baseline's durable writes run at once (as the service wrote them one file at a time). */
const BULK_WRITE_CONCURRENCY = 4;

const ALL: AnnotationQuery = { query: '', text: '', sort: 'document', offset: 0, limit: 200, idsOnly: true, locale: 'nl' };

/** Runs the bench: prints a table and writes bench/results/annotation-bulk.json. */
export async function run(): Promise<void> {
  const loadBefore = os.loadavg()[0] ?? 0;
  await withTempDirs(['vraagbaak-bench-bulk-', 'vraagbaak-bench-bulk-writes-'], async ([dir = '', scratch = '']) => {
    const built = await buildAnnotationArchive(dir, DOCS, ANNOTATIONS);
    await withVraagbaak(dir, async (v) => {
      const theme = await v.tags.create({ name: 'Bulkthema' });
      const refs = (await v.annotationList.query(ALL)).refs.slice(0, CHANGED);
      if (refs.length < CHANGED) throw new Error(`only ${String(refs.length)} annotations; raise BENCH_BULK_ANNOTATIONS`);
      const files = [...new Set(refs.map((r) => r.documentId))];
      console.log(`archive: ${String(built.documents)} documents, ${String(built.annotations)} annotations; the bulk change is ${String(CHANGED)} annotations in ${String(files.length)} files`);
      const contents = await Promise.all(files.map((id) => readFile(annotationsPath(dir, id), 'utf8')));
      const t = { add: [] as number[], addFlushed: [] as number[], undo: [] as number[], remove: [] as number[], putBack: [] as number[], writes: [] as number[], parallelWrites: [] as number[], reads: [] as number[] };
      for (let i = 0; i < ROUNDS; i++) {
        let before: Annotation[] = [];
        let changed = 0;
        const start = performance.now();
        t.add.push(await timed(async () => { const r = await v.annotationList.updateMany({ refs, addTagIds: [theme.id], removeTagIds: [] }); before = r.before; changed = r.changed.length; }));
        await v.archive.whenFlushed();
        t.addFlushed.push(performance.now() - start);
        if (changed !== CHANGED) throw new Error(`the theme add changed ${String(changed)} annotations, not ${String(CHANGED)}`);
        t.undo.push(await timed(() => v.annotationList.restore(before)));
        await v.archive.whenFlushed();
        let deleted: Annotation[] = [];
        t.remove.push(await timed(async () => { deleted = (await v.annotationList.deleteMany(refs)).before; }));
        await v.archive.whenFlushed();
        t.putBack.push(await timed(() => v.annotationList.restore(deleted)));
        await v.archive.whenFlushed();
        t.writes.push(await timed(async () => { for (const [k, content] of contents.entries()) await writeFileDurable(path.join(scratch, `${String(k)}.json`), content); }));
        t.parallelWrites.push(await timed(() => forEachLimited([...contents.entries()], BULK_WRITE_CONCURRENCY, ([k, content]) => writeFileDurable(path.join(scratch, `${String(k)}.json`), content))));
        t.reads.push(await timed(async () => { for (const id of files) JSON.parse(await readFile(annotationsPath(dir, id), 'utf8')); }));
      }
      const uses = v.tags.stats().find((s) => s.tagId === theme.id)?.annotations ?? 0;
      if (uses !== 0) throw new Error(`after the rounds the theme is still on ${String(uses)} annotations`);
      const m = Object.fromEntries(Object.entries(t).map(([k, xs]) => [k, round(median(xs))])) as Record<keyof typeof t, number>;
      const vs = (a: number, b: number): string => `${(a / b).toFixed(2)}×`;
      const row = (name: string, key: keyof typeof t) => ({ case: name, median: m[key], max: round(Math.max(...t[key])), '÷ writes': vs(m[key], m.writes), '÷ writes ∥': vs(m[key], m.parallelWrites), '÷ reads': vs(m[key], m.reads) });
      const baseline = (name: string, key: keyof typeof t) => ({ case: name, median: m[key], max: round(Math.max(...t[key])), '÷ writes': '', '÷ writes ∥': '', '÷ reads': '' });
      console.table([
        row(`bulk theme add (${String(CHANGED)} annotations, ${String(files.length)} files)`, 'add'),
        row('bulk theme add until its files are flushed (background)', 'addFlushed'),
        row('undo of the theme add (restore)', 'undo'),
        row(`bulk delete (${String(CHANGED)} annotations)`, 'remove'),
        row('undo of the delete (restore)', 'putBack'),
        baseline(`baseline: one durable write of each of the ${String(files.length)} files, one after the other`, 'writes'),
        baseline(`baseline: the same writes, ${String(BULK_WRITE_CONCURRENCY)} at once (∥)`, 'parallelWrites'),
        baseline('baseline: read + parse each of those files', 'reads'),
      ]);
      writeResult('annotation-bulk', loadBefore, {
        rounds: ROUNDS,
        archive: { documents: built.documents, annotations: built.annotations, changed: CHANGED, filesTouched: files.length },
        medianMs: m,
        ratios: Object.fromEntries((['add', 'addFlushed', 'undo', 'remove', 'putBack'] as const).flatMap((k) => [[`${k}PerWrites`, round(m[k] / m.writes, 2)], [`${k}PerParallelWrites`, round(m[k] / m.parallelWrites, 2)]])),
        raw: t,
      });
    });
  });
}
