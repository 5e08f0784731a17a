/**
 * `vraagbaak export-annotations --format w3c|csv --out F [--tag T]`: every annotation (or those of
 * one theme and its sub-themes) as a W3C Web Annotation collection (JSON-LD) or as CSV, written
 * through a temp file in the same folder so a failure leaves nothing behind; never over an existing
 * file or link without --force, never inside the archive folder.
 */
import path from 'node:path';
import type { ExportAnnotationsCommand } from '../annotation-args.js';
import type { CliContext } from '../context.js';
import { outTarget } from '../out-target.js';
import { withArchive } from '../open-archive.js';
import { EXIT_OK } from '../usage-error.js';

/**
 * Runs `export-annotations`; prints one sentence with the count and the file.
 * @throws VraagbaakError('not-found') reason 'theme-missing' for an unknown --tag;
 *   'invalid-input' reason 'export-path-unwritable' for an --out that cannot be written or lies in
 *   the archive, 'export-file-exists' for one that is taken (no --force)
 */
export async function runExportAnnotations(ctx: CliContext, c: ExportAnnotationsCommand): Promise<number> {
  const out = path.resolve(ctx.cwd, c.out);
  const file = await withArchive(ctx, { archive: c.archive }, (app) => {
    const tagId = c.tag === undefined ? undefined : app.annotationFiles.themeByName(c.tag).id;
    return app.annotationFiles.exportToFile(out, { format: c.format, tagId, locale: c.locale }, { ...outTarget(ctx, c), what: 'the annotations' });
  });
  const what = `${String(file.count)} annotation${file.count === 1 ? '' : 's'}`;
  ctx.out(`Wrote ${what}${c.tag === undefined ? '' : ` with theme "${c.tag}"`} as ${c.format === 'w3c' ? 'W3C Web Annotations (JSON-LD)' : 'CSV'} to ${c.out}\n`);
  return EXIT_OK;
}
