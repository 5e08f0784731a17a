/**
 * `vraagbaak import <file|folder>...`: files as given, folders recursively (only the formats an
 * importer exists for). One file at a time, so memory stays flat for big folders; progress and
 * failures on stderr, the summary line last. Exit 1 when any file failed; the others are kept.
 * Ctrl+C (SIGINT, or SIGTERM) stops after the file being imported: the summary, then "stopped
 * after N of M files" on stderr, the archive closed cleanly (lock released), exit 130.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ImportReport, ReplacedDocument } from '../../core/api/index.js';
import { IMPORTERS } from '../../services/importers/index.js';
import { collectFiles } from '../collect-files.js';
import type { CliContext } from '../context.js';
import { failureSentence, withFileName } from '../messages.js';
import { withArchive } from '../open-archive.js';
import { EXIT_FAILED, EXIT_OK } from '../usage-error.js';

/** Exit code after an import stopped by Ctrl+C: 128 + SIGINT, as shells report it. */
export const EXIT_INTERRUPTED = 130;

const EXTENSIONS = new Set(IMPORTERS.flatMap((i) => i.extensions));

function isImportable(fileName: string): boolean {
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase();
  return extension !== undefined && EXTENSIONS.has(extension);
}

/** "3 imported, 1 duplicate, 0 failed"; with replacements "0 imported, 1 replaced (2 annotations to review: vraagbaak review), …" */
export function summaryLine(report: ImportReport): string {
  const d = report.duplicates.length;
  const replaced = report.replaced ?? [];
  const toReview = replaced.reduce((n, r) => n + r.relocated + r.orphaned, 0);
  const review = toReview === 0 ? '' : ` (${toReview} annotation${toReview === 1 ? '' : 's'} to review: vraagbaak review)`;
  const replacedPart = replaced.length === 0 ? '' : `${replaced.length} replaced${review}, `;
  return `${report.imported.length} imported, ${replacedPart}${d} duplicate${d === 1 ? '' : 's'}, ${report.failed.length} failed`;
}

/** "replaced ah-tk-… with x.txt: annotations 3 anchored, 1 relocated, 2 orphaned" */
export function replacedLine(r: ReplacedDocument, shown: string): string {
  const total = r.anchored + r.relocated + r.orphaned;
  const counts = total === 0 ? 'no annotations' : `annotations ${r.anchored} anchored, ${r.relocated} relocated, ${r.orphaned} orphaned`;
  return `replaced ${r.summary.id} with ${shown}: ${counts}`;
}

/** "brought back ah-tk-… from recently deleted with its 7 annotations" */
export function restoredLine(documentId: string, annotationCount: number): string {
  const annotations = annotationCount === 0 ? 'no annotations' : `its ${annotationCount} annotation${annotationCount === 1 ? '' : 's'}`;
  return `brought back ${documentId} from recently deleted with ${annotations}`;
}

/** Runs `import`. */
export async function runImport(ctx: CliContext, paths: readonly string[], json: boolean, archive: string | undefined): Promise<number> {
  const { files, missing } = await collectFiles(paths, ctx.cwd, isImportable);
  const report: ImportReport = { imported: [], duplicates: [], failed: [], replaced: [] };
  for (const m of missing) {
    report.failed.push({ fileName: m.path, reason: m.reason });
    ctx.err(`${withFileName(m.path, m.reason)}\n`);
  }
  if (files.length === 0 && missing.length === 0) {
    const supported = [...EXTENSIONS].map((e) => `.${e}`).join(', ');
    ctx.err(`No files Vraagbaak can import (${supported}) were found in ${paths.join(', ')}.\n`);
    return EXIT_FAILED;
  }
  let done = 0;
  const stop = { isRequested: false };
  if (files.length > 0) {
    // listening replaces Node's default (die at once): the file being imported finishes first
    void ctx.waitForShutdown().then(() => {
      stop.isRequested = true;
      ctx.err('Stopping after the current file (Ctrl+C again after a second stops at once)…\n');
    });
    await withArchive(ctx, { archive }, async (app, location) => {
      ctx.err(`Importing ${files.length} file${files.length === 1 ? '' : 's'} into ${location.dir}\n`);
      for (const file of files) {
        if (stop.isRequested) break;
        const shown = path.relative(ctx.cwd, file) || file;
        const step = `[${++done}/${files.length}]`;
        let bytes: Uint8Array;
        try {
          bytes = new Uint8Array(await readFile(file));
        } catch (e) {
          report.failed.push({ fileName: shown, reason: failureSentence(shown, e) });
          ctx.err(`${step} failed: ${failureSentence(shown, e)}\n`);
          continue;
        }
        const one = await app.importer.importFiles([{ name: path.basename(file), bytes }]);
        report.imported.push(...one.imported);
        report.duplicates.push(...one.duplicates);
        for (const f of one.failed) {
          report.failed.push({ fileName: shown, reason: f.reason });
          ctx.err(`${step} failed: ${withFileName(shown, f.reason)}\n`);
        }
        for (const r of one.restoredFromTrash ?? []) {
          (report.restoredFromTrash ??= []).push({ ...r, fileName: shown });
          ctx.err(`${step} ${restoredLine(r.documentId, r.annotationCount)}\n`);
        }
        for (const s of one.imported) ctx.err(`${step} imported ${shown} as ${s.id}\n`);
        for (const r of one.replaced ?? []) {
          report.replaced?.push(r);
          ctx.err(`${step} ${replacedLine(r, shown)}\n`);
        }
        for (const dup of one.duplicates) ctx.err(`${step} duplicate ${shown}: already in the archive as ${dup.documentId}\n`);
      }
    });
  }
  if (json) {
    ctx.out(`${JSON.stringify(report, null, 2)}\n`);
    ctx.err(`${summaryLine(report)}\n`);
  } else {
    ctx.out(`${summaryLine(report)}\n`);
  }
  if (stop.isRequested && done < files.length) {
    ctx.err(`Import stopped after ${done} of ${files.length} files; the files imported so far are kept. Import the folder again to add the rest.\n`);
    return EXIT_INTERRUPTED;
  }
  return report.failed.length > 0 ? EXIT_FAILED : EXIT_OK;
}
