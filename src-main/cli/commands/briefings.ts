/** `vraagbaak briefings list [--json]`: the saved briefings, most recently changed first. */
import type { BriefingSummary } from '../../core/api/types.js';
import type { CliContext } from '../context.js';
import { withArchive } from '../open-archive.js';
import { EXIT_OK } from '../usage-error.js';

/** One line per briefing: id, day of the last change, items (and how many lost their source), title. */
export function briefingLine(b: BriefingSummary): string {
  const items = `${String(b.itemCount)} item${b.itemCount === 1 ? '' : 's'}`;
  const missing = b.missingCount > 0 ? `, ${String(b.missingCount)} with a deleted source` : '';
  return `${b.id}  ${b.updatedAt.slice(0, 10)}  ${b.title}  [${items}${missing}]`;
}

/** Runs `briefings list`: a JSON array of BriefingSummary with --json, else one line per briefing. */
export async function runBriefingsList(ctx: CliContext, json: boolean, archive: string | undefined): Promise<number> {
  const summaries = await withArchive(ctx, { archive }, (app) => app.briefings.list());
  if (json) ctx.out(`${JSON.stringify(summaries, null, 2)}\n`);
  else if (summaries.length === 0) ctx.out('There are no saved briefings.\n');
  else ctx.out(`${summaries.map(briefingLine).join('\n')}\n`);
  return EXIT_OK;
}
