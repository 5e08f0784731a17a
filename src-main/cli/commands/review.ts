/**
 * `vraagbaak review [--json]`: the annotations a re-import of a changed document relocated or
 * orphaned (annotations.review), each with what it was anchored to before and where it is now.
 * Deciding them is done in the app's review queue.
 */
import type { ReviewContext, ReviewItem } from '../../core/api/types.js';
import type { CliContext } from '../context.js';
import { withArchive } from '../open-archive.js';
import { EXIT_OK } from '../usage-error.js';

/** `…before [quote] after…` on one line (line breaks as spaces). */
export function contextLine(c: ReviewContext): string {
  return `…${c.before}[${c.quote}]${c.after}…`.replace(/\s+/g, ' ');
}

/** The lines of one item: document and part, then the old and the new context. */
export function reviewLines(item: ReviewItem): string[] {
  const head = `${item.documentTitle} (${item.annotation.documentId}), ${item.partLabel} — ${item.state}, annotation ${item.annotation.id}`;
  const now = item.current === null ? '  now:    not found in the new text' : `  now:    ${contextLine(item.current)}`;
  return [head, `  before: ${contextLine(item.previous)}`, now];
}

/** Runs `review`: a JSON array of ReviewItem with --json, else two context lines per item. */
export async function runReview(ctx: CliContext, json: boolean, archive: string | undefined): Promise<number> {
  const items = await withArchive(ctx, { archive }, (app) => app.review.list('en'));
  if (json) ctx.out(`${JSON.stringify(items, null, 2)}\n`);
  else if (items.length === 0) ctx.out('No annotations to review.\n');
  else ctx.out(`${items.flatMap(reviewLines).join('\n')}\n${items.length} annotation${items.length === 1 ? '' : 's'} to review.\n`);
  return EXIT_OK;
}
