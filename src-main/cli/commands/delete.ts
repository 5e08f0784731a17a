/**
 * `vraagbaak delete <id>… [--json]`: moves documents to the trash with their annotations, original
 * and themes (`vraagbaak trash --restore <id>` puts them back). An unknown id is a failed run
 * (exit 1) and nothing is deleted.
 */
import type { DeletedDocument } from '../../core/api/types.js';
import { displayTitle } from '../../core/present/title.js';
import type { CliContext } from '../context.js';
import type { DeleteCommand } from '../lifecycle-args.js';
import { withArchive } from '../open-archive.js';
import { EXIT_OK } from '../usage-error.js';

const annotations = (n: number) => (n > 0 ? `  [${n} annotation${n === 1 ? '' : 's'}]` : '');

/** `<id>  <date>  <kind>  <title>  [n annotations]`, as `list` prints a document. */
export function deletedLine(d: DeletedDocument): string {
  return `${d.id}  ${d.date ?? '----------'}  ${d.kind.padEnd(9)}  ${displayTitle(d.summary, 'en')}${annotations(d.annotationCount)}`;
}

/** Runs `delete`: the deleted documents as JSON (DeletedDocument[]) with --json, else a line each and how to undo. */
export async function runDelete(ctx: CliContext, c: DeleteCommand): Promise<number> {
  const deleted = await withArchive(ctx, { archive: c.archive }, (app) => app.lifecycle.delete(c.ids));
  if (c.json) {
    ctx.out(`${JSON.stringify(deleted, null, 2)}\n`);
  } else {
    const lines = [`Moved ${deleted.length === 1 ? '1 document' : `${deleted.length} documents`} to the trash:`, ...deleted.map((d) => `  ${deletedLine(d)}`)];
    lines.push(`Undo with: vraagbaak trash --restore ${deleted.map((d) => d.id).join(' ')}`);
    ctx.out(`${lines.join('\n')}\n`);
  }
  return EXIT_OK;
}
