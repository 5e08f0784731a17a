/**
 * `vraagbaak briefing`: exports a saved briefing (--id), every excerpt of a theme (--theme), or
 * whole documents with their annotations (document ids, the original form) as PDF or Word, by the
 * extension of --out. The file is written through a temp file in the same folder, so a failure
 * leaves nothing behind; never over an existing file or link without --force, never inside the
 * archive folder (services/briefing-file.ts); items whose source was deleted are listed on stderr.
 */
import path from 'node:path';
import type { BriefingExportOmission } from '../../core/api/types.js';
import type { Briefing } from '../../core/model/index.js';
import { assertWritablePath, writeExportFile } from '../../services/briefing-file.js';
import type { BriefingFile } from '../../services/briefing-service.js';
import type { Vraagbaak } from '../../services/index.js';
import type { BriefingCommand } from '../briefing-args.js';
import type { CliContext } from '../context.js';
import { outTarget } from '../out-target.js';
import { withArchive } from '../open-archive.js';
import { EXIT_OK } from '../usage-error.js';

const OMIT_REASONS: Record<BriefingExportOmission['reason'], string> = {
  'annotation-deleted': 'the annotation was deleted',
  'document-deleted': 'the document was deleted',
  'question-missing': 'the question is no longer in the document',
};

const plural = (n: number, word: string): string => `${String(n)} ${word}${n === 1 ? '' : 's'}`;

/** The stderr report of the items left out: a line saying how many, then one per item. */
export function omittedReport(omitted: readonly BriefingExportOmission[]): string {
  if (omitted.length === 0) return '';
  const which = omitted.length === 1 ? 'item whose source was' : 'items whose source was';
  const lines = omitted.map((o) => `  - ${o.label} (${OMIT_REASONS[o.reason]})`);
  return `Left out ${String(omitted.length)} ${which} deleted:\n${lines.join('\n')}\n`;
}

/** The briefing the command names: saved (by id), or built for this export and not saved. */
async function briefingFor(app: Vraagbaak, c: BriefingCommand): Promise<Briefing> {
  const fields = { title: c.title, subtitle: c.subtitle, author: c.author, locale: c.locale };
  switch (c.source.kind) {
    case 'saved':
      return (await app.briefings.get(c.source.id)).briefing;
    case 'theme':
      return app.briefings.themeBriefing(fields, c.source.theme, c.source.groupBy);
    case 'documents':
      return app.briefings.documentsBriefing(fields, c.source.ids);
  }
}

/**
 * Runs `briefing`.
 * @throws VraagbaakError('not-found') for an unknown briefing, document or theme; 'invalid-input'
 *   for an empty briefing (reason 'briefing-empty'), an empty theme ('theme-empty'), an --out
 *   path that cannot be written or lies in the archive ('export-path-unwritable') or is taken and
 *   no --force ('export-file-exists'); 'pdf-failed' when Chromium fails
 */
export async function runBriefing(ctx: CliContext, c: BriefingCommand): Promise<number> {
  const out = path.resolve(ctx.cwd, c.out);
  const target = outTarget(ctx, c);
  await assertWritablePath(out, target); // before the (slow) export, which would be wasted
  const { briefing, file } = await withArchive(ctx, { archive: c.archive, withFonts: c.format === 'pdf' }, async (app) => {
    const chosen = await briefingFor(app, c);
    return { briefing: chosen, file: await app.briefings.exportBriefing(chosen, c.format) };
  });
  await writeExportFile(out, file.bytes, target);
  ctx.err(omittedReport(file.omitted));
  ctx.out(`Wrote briefing "${briefing.title}" (${summary(file, briefing.items.length - file.omitted.length)}) to ${c.out}\n`);
  return EXIT_OK;
}

/** "PDF, 3 pages, 5 items, 81234 bytes" / "Word, 5 items, 12034 bytes". */
function summary(file: BriefingFile, items: number): string {
  const parts = file.format === 'pdf' ? ['PDF', plural(file.pageCount ?? 0, 'page')] : ['Word'];
  return [...parts, plural(items, 'item'), plural(file.bytes.byteLength, 'byte')].join(', ');
}
