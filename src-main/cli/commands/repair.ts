/**
 * `vraagbaak repair <id>… [--json]`: rewrites damaged documents/<id>.json files by parsing their
 * originals again (annotations and themes stay). `list` marks the damaged ones; `search` leaves
 * hits in them out and names them with `damagedDocumentsNote`.
 */
import type { DocumentSummary } from '../../core/model/index.js';
import type { CliContext } from '../context.js';
import { summaryLine } from '../format.js';
import type { RepairCommand } from '../lifecycle-args.js';
import { withArchive } from '../open-archive.js';
import { EXIT_OK } from '../usage-error.js';

/** The stderr sentence naming damaged document files and how to repair them. */
export function damagedDocumentsNote(ids: readonly string[]): string {
  const which = ids.length === 1 ? '1 document file is' : `${ids.length} document files are`;
  return `${which} damaged and left out: ${ids.join(', ')}. Repair with: vraagbaak repair ${ids.join(' ')}`;
}

/** Runs `repair`: the repaired summaries as JSON with --json, else a line each. Stops at the first failure (exit 1). */
export async function runRepair(ctx: CliContext, c: RepairCommand): Promise<number> {
  const repaired = await withArchive(ctx, { archive: c.archive }, async (app) => {
    const done: DocumentSummary[] = [];
    for (const id of c.ids) done.push(await app.repair.repair(id));
    return done;
  });
  if (c.json) ctx.out(`${JSON.stringify(repaired, null, 2)}\n`);
  else ctx.out(`${['Repaired from the original:', ...repaired.map((s) => `  ${summaryLine(s)}`)].join('\n')}\n`);
  return EXIT_OK;
}
