/**
 * `vraagbaak import-annotations F`: imports a W3C Web Annotation file. Each annotation is
 * re-anchored in its document's current text; those already in the archive are skipped. Exit code
 * like `import`: 1 when any annotation could not be placed (the others are kept), listed on stderr.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AnnotationImportReport } from '../../core/api/types.js';
import { VraagbaakError } from '../../core/model/index.js';
import type { ImportAnnotationsCommand } from '../annotation-args.js';
import type { CliContext } from '../context.js';
import { withArchive } from '../open-archive.js';
import { EXIT_FAILED, EXIT_OK } from '../usage-error.js';

const plural = (n: number, word: string): string => `${String(n)} ${word}${n === 1 ? '' : 's'}`;

/** The summary line, then one line per annotation not placed (with its quote and why). */
export function importReportText(file: string, r: AnnotationImportReport): { out: string; err: string } {
  const parts = [`imported ${plural(r.imported.length, 'annotation')}`];
  const relocated = r.imported.filter((i) => i.state === 'relocated').length;
  if (relocated > 0) parts.push(`${String(relocated)} of them relocated (to review)`);
  parts.push(`${plural(r.duplicates.length, 'duplicate')} skipped`, `${String(r.notPlaced.length)} not placed`);
  if (r.createdThemes.length > 0) parts.push(`new theme${r.createdThemes.length === 1 ? '' : 's'}: ${r.createdThemes.join(', ')}`);
  const err = r.notPlaced
    .map((n) => `  - #${String(n.index + 1)}${n.documentId ? ` in ${n.documentId}` : ''}${n.quote ? ` "${n.quote}"` : ''}: ${n.message}`)
    .join('\n');
  return { out: `${file}: ${parts.join(', ')}.\n`, err: err === '' ? '' : `Not placed:\n${err}\n` };
}

/**
 * Runs `import-annotations`: the report as JSON with --json, else a summary line; the annotations
 * not placed on stderr.
 * @returns 0, or 1 when any annotation could not be placed
 * @throws VraagbaakError('invalid-input') when the file cannot be read, is not JSON or not W3C
 */
export async function runImportAnnotations(ctx: CliContext, c: ImportAnnotationsCommand): Promise<number> {
  const file = path.resolve(ctx.cwd, c.file);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'it does not exist' : code === 'EISDIR' ? 'it is a folder' : e instanceof Error ? e.message : String(e);
    throw new VraagbaakError('invalid-input', `Cannot read ${c.file}: ${why}.`, { file: c.file });
  }
  const report = await withArchive(ctx, { archive: c.archive }, async (app) => {
    try {
      return await app.annotationFiles.importW3c(text);
    } catch (e) {
      if (e instanceof VraagbaakError && e.code === 'invalid-input') throw new VraagbaakError(e.code, `${c.file}: ${e.message}`, e.details);
      throw e;
    }
  });
  const { out, err } = importReportText(c.file, report);
  ctx.out(c.json ? `${JSON.stringify(report, null, 2)}\n` : out);
  ctx.err(err);
  return report.notPlaced.length > 0 ? EXIT_FAILED : EXIT_OK;
}
