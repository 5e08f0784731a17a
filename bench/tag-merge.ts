/**
 * Theme rename and merge (issue 10 §Performance): at 30,000 documents with 20,000 annotations
 * (annotation-list-archive.ts), one theme is put on 5,000 annotations (every annotation of
 * consecutive annotated documents, a fifth of them also carrying the merge target), then renamed,
 * merged into another theme and restored (the undo), each durable, through the real tag service on
 * an archive opened as the app opens it. Goal: rename and merge ≤ 1 s, durable (the merge and
 * restore write one journal and the files without fsync, then flush them in the background:
 * archive/annotation-journal.ts). Baselines in the same run: one durable write (temp file + fsync +
 * rename) of each annotation file the merge touches, one after the other and TAG_WRITE_CONCURRENCY
 * at once (as the service wrote them before the journal), and reading + parsing those files. Also
 * the background flush: how long after the merge until its journal is gone. Sizes: BENCH_TAG_DOCS (default 30,000), BENCH_TAG_ANNOTATIONS
 * (default 20,000), BENCH_TAG_USES (default 5,000), BENCH_TAG_ROUNDS (default 5).
 * Only this bench: `npm run bench -- tag-merge`.
 */
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Archive } from '../src-main/archive/index.js';
import { annotationsPath } from '../src-main/archive/archive-layout.js';
import { writeFileDurable } from '../src-main/archive/durable-write.js';
import { forEachLimited } from '../src-main/archive/helpers.js';
import type { Tag } from '../src-main/core/model/index.js';
import { buildAnnotationArchive } from './annotation-list-archive.js';
import { median, round, timed, withTempDirs, withVraagbaak, writeResult } from './bench-kit.js';

const DOCS = Number(process.env['BENCH_TAG_DOCS'] ?? 30_000);
const ANNOTATIONS = Number(process.env['BENCH_TAG_ANNOTATIONS'] ?? 20_000);
const USES = Number(process.env['BENCH_TAG_USES'] ?? 5_000);
const ROUNDS = Number(process.env['BENCH_TAG_ROUNDS'] ?? 5);
const GOAL_MS = 1000;
/** How many of the baseline's durable writes run at once (as the service wrote them before journaling). */
const TAG_WRITE_CONCURRENCY = 8;

const SOURCE: Tag = { id: 'bench-source', name: 'Stikstofbeleid', color: '#047857', parentId: null, description: '' };
const TARGET: Tag = { id: 'bench-target', name: 'Natuur', color: '#1d4ed8', parentId: null, description: '' };

/**
 * Puts SOURCE on the first `uses` annotations (document by document) and TARGET also on every
 * fifth of them, through the archive as the app writes.
 * @returns the documents whose annotation file carries SOURCE
 */
async function tagUses(dir: string, uses: number): Promise<string[]> {
  const archive = await Archive.open(dir);
  try {
    await archive.updateWorkspace((w) => ({ ...w, tags: [...w.tags, SOURCE, TARGET] }));
    const documents: string[] = [];
    let given = 0;
    for (const s of archive.listSummaries()) {
      if (given >= uses) break;
      if (s.annotationCount === 0) continue;
      documents.push(s.id);
      await archive.updateAnnotations(s.id, (list) =>
        list.map((a) => (given >= uses ? a : { ...a, tagIds: [...a.tagIds, SOURCE.id, ...(given++ % 5 === 0 ? [TARGET.id] : [])] })),
      );
    }
    if (given < uses) throw new Error(`only ${String(given)} annotations to tag; raise BENCH_TAG_ANNOTATIONS`);
    return documents;
  } finally {
    await archive.close();
  }
}

/** Runs the bench: prints a table and writes bench/results/tag-merge.json. */
export async function run(): Promise<void> {
  const loadBefore = os.loadavg()[0] ?? 0;
  await withTempDirs(['vraagbaak-bench-tags-', 'vraagbaak-bench-tags-writes-'], async ([dir = '', scratch = '']) => {
    const built = await buildAnnotationArchive(dir, DOCS, ANNOTATIONS);
    const files = await tagUses(dir, USES);
    console.log(`archive: ${String(built.documents)} documents, ${String(built.annotations)} annotations; the theme is on ${String(USES)} annotations in ${String(files.length)} files`);
    await withVraagbaak(dir, async (v) => {
      const t = { rename: [] as number[], merge: [] as number[], mergeFlushed: [] as number[], restore: [] as number[], restoreFlushed: [] as number[], writes: [] as number[], parallelWrites: [] as number[], reads: [] as number[] };
      const contents = await Promise.all(files.map((id) => readFile(annotationsPath(dir, id), 'utf8')));
      for (let i = 0; i < ROUNDS; i++) {
        t.rename.push(await timed(() => v.tags.update({ id: SOURCE.id, name: i % 2 === 0 ? 'Stikstof en natuur' : SOURCE.name })));
        let undo: Awaited<ReturnType<typeof v.tags.merge>>['undo'] | null = null;
        let start = performance.now();
        t.merge.push(await timed(async () => { undo = (await v.tags.merge(SOURCE.id, TARGET.id)).undo; }));
        // the background flush: every file fsynced and the journal removed
        await v.archive.whenFlushed();
        t.mergeFlushed.push(performance.now() - start);
        if (!undo) throw new Error('the merge returned no undo record');
        const record = undo;
        start = performance.now();
        t.restore.push(await timed(() => v.tags.restore(record)));
        await v.archive.whenFlushed();
        t.restoreFlushed.push(performance.now() - start);
        t.writes.push(await timed(async () => { for (const [k, content] of contents.entries()) await writeFileDurable(path.join(scratch, `${String(k)}.json`), content); }));
        t.parallelWrites.push(await timed(() => forEachLimited([...contents.entries()], TAG_WRITE_CONCURRENCY, ([k, content]) => writeFileDurable(path.join(scratch, `${String(k)}.json`), content))));
        t.reads.push(await timed(async () => { for (const id of files) JSON.parse(await readFile(annotationsPath(dir, id), 'utf8')); }));
      }
      const uses = v.tags.stats().find((s) => s.tagId === SOURCE.id)?.annotations;
      if (uses !== USES) throw new Error(`after the rounds the theme is on ${String(uses)} annotations, not ${String(USES)}`);
      const m = Object.fromEntries(Object.entries(t).map(([k, xs]) => [k, round(median(xs))])) as Record<keyof typeof t, number>;
      const vs = (a: number, b: number): string => `${(a / b).toFixed(2)}×`;
      console.table([
        { case: `rename (${String(USES)} annotations, re-index ${String(files.length)} documents)`, median: m.rename, max: round(Math.max(...t.rename)), '÷ writes': vs(m.rename, m.writes), '÷ writes ∥': vs(m.rename, m.parallelWrites), '÷ reads': vs(m.rename, m.reads), goal: `≤ ${String(GOAL_MS)} ms` },
        { case: `merge (${String(files.length)} annotation files rewritten)`, median: m.merge, max: round(Math.max(...t.merge)), '÷ writes': vs(m.merge, m.writes), '÷ writes ∥': vs(m.merge, m.parallelWrites), '÷ reads': vs(m.merge, m.reads), goal: `≤ ${String(GOAL_MS)} ms` },
        { case: 'merge until its files are flushed and the journal is gone (background)', median: m.mergeFlushed, max: round(Math.max(...t.mergeFlushed)), '÷ writes': vs(m.mergeFlushed, m.writes), '÷ writes ∥': vs(m.mergeFlushed, m.parallelWrites), '÷ reads': vs(m.mergeFlushed, m.reads), goal: '' },
        { case: 'restore (undo of the merge)', median: m.restore, max: round(Math.max(...t.restore)), '÷ writes': vs(m.restore, m.writes), '÷ writes ∥': vs(m.restore, m.parallelWrites), '÷ reads': vs(m.restore, m.reads), goal: '' },
        { case: 'restore until flushed (background)', median: m.restoreFlushed, max: round(Math.max(...t.restoreFlushed)), '÷ writes': vs(m.restoreFlushed, m.writes), '÷ writes ∥': vs(m.restoreFlushed, m.parallelWrites), '÷ reads': vs(m.restoreFlushed, m.reads), goal: '' },
        { case: `baseline: one durable write of each of the ${String(files.length)} files, one after the other`, median: m.writes, max: round(Math.max(...t.writes)), '÷ writes': '', '÷ writes ∥': '', '÷ reads': '', goal: '' },
        { case: `baseline: the same writes, ${String(TAG_WRITE_CONCURRENCY)} at once (∥)`, median: m.parallelWrites, max: round(Math.max(...t.parallelWrites)), '÷ writes': '', '÷ writes ∥': '', '÷ reads': '', goal: '' },
        { case: 'baseline: read + parse each of those files', median: m.reads, max: round(Math.max(...t.reads)), '÷ writes': '', '÷ writes ∥': '', '÷ reads': '', goal: '' },
      ]);
      const goals = { rename: m.rename <= GOAL_MS, merge: m.merge <= GOAL_MS };
      console.log(`goal rename ≤ ${String(GOAL_MS)} ms: ${goals.rename ? 'met' : 'NOT met'}; merge ≤ ${String(GOAL_MS)} ms: ${goals.merge ? 'met' : 'NOT met'}`);
      writeResult('tag-merge', loadBefore, {
        rounds: ROUNDS,
        archive: { documents: built.documents, annotations: built.annotations, uses: USES, filesTouched: files.length },
        medianMs: m, ratios: { renamePerWrites: round(m.rename / m.writes, 2), mergePerWrites: round(m.merge / m.writes, 2), mergePerParallelWrites: round(m.merge / m.parallelWrites, 2), restorePerWrites: round(m.restore / m.writes, 2), restorePerParallelWrites: round(m.restore / m.parallelWrites, 2), mergePerReads: round(m.merge / m.reads, 2), mergeFlushedPerWrites: round(m.mergeFlushed / m.writes, 2), restoreFlushedPerWrites: round(m.restoreFlushed / m.writes, 2) },
        goals, raw: t,
      });
    });
  });
}
