/** `vraagbaak list [--json]`: the documents in the archive, one summary each. */
import type { CliContext } from '../context.js';
import { summaryLine } from '../format.js';
import { withArchive } from '../open-archive.js';
import { EXIT_OK } from '../usage-error.js';
import { damagedDocumentsNote } from './repair.js';

/** Runs `list`: JSON array of DocumentSummary with --json, else one line per document. */
export async function runList(ctx: CliContext, json: boolean, archive: string | undefined): Promise<number> {
  const summaries = await withArchive(ctx, { archive }, async (app) => {
    // list is where damaged document files show: read each once (the catalog alone cannot tell)
    await app.archive.checkDocuments();
    return [...app.documents.list()];
  });
  const damaged = summaries.filter((s) => s.damaged).map((s) => s.id);
  if (damaged.length > 0) ctx.err(`${damagedDocumentsNote(damaged)}\n`);
  if (json) ctx.out(`${JSON.stringify(summaries, null, 2)}\n`);
  else if (summaries.length === 0) ctx.out('The archive is empty.\n');
  else ctx.out(`${summaries.map(summaryLine).join('\n')}\n`);
  return EXIT_OK;
}
