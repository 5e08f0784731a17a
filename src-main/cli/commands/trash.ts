/**
 * `vraagbaak trash [--json]`: the deleted documents, most recently deleted first;
 * `--restore <id>…` puts them back (same annotations, original and themes); `--empty [<id>…]`
 * removes them for good (all when no id is given), saying how many annotations went with them. A
 * document imported anew while deleted is restored by merging (its annotations join the live copy).
 * An id not in the trash is a failed run (exit 1).
 */
import { summaryLine } from '../format.js';
import type { CliContext } from '../context.js';
import type { TrashCommand } from '../lifecycle-args.js';
import { withArchive } from '../open-archive.js';
import { EXIT_OK } from '../usage-error.js';
import { deletedLine } from './delete.js';

const documents = (n: number) => (n === 1 ? '1 document' : `${n} documents`);

/** Runs `trash`: JSON with --json (DeletedDocument[], DocumentSummary[] or the removed ids), else lines. */
export async function runTrash(ctx: CliContext, c: TrashCommand): Promise<number> {
  const print = (json: unknown, text: string) => ctx.out(c.json ? `${JSON.stringify(json, null, 2)}\n` : `${text}\n`);
  await withArchive(ctx, { archive: c.archive }, async (app) => {
    switch (c.action) {
      case 'list': {
        const deleted = app.lifecycle.deleted();
        print(deleted, deleted.length === 0 ? 'The trash is empty.' : deleted.map((d) => `${deletedLine(d)}  (deleted ${d.deletedAt})`).join('\n'));
        return;
      }
      case 'restore': {
        const restored = await app.lifecycle.restore(c.ids);
        print(restored, [`Restored ${documents(restored.length)}:`, ...restored.map((s) => `  ${summaryLine(s)}`)].join('\n'));
        return;
      }
      case 'empty': {
        const chosen = new Set(c.ids);
        // said before they go: emptying removes the annotations of the deleted documents too
        const lost = app.lifecycle.deleted().filter((d) => chosen.size === 0 || chosen.has(d.id)).reduce((n, d) => n + d.annotationCount, 0);
        const removed = await app.lifecycle.purge(c.ids.length > 0 ? c.ids : undefined);
        const withAnnotations = lost === 0 ? '' : ` with ${lost} annotation${lost === 1 ? '' : 's'}`;
        print(removed, removed.length === 0 ? 'The trash was already empty.' : `Removed ${documents(removed.length)}${withAnnotations} for good: ${removed.join(', ')}`);
        return;
      }
    }
  });
  return EXIT_OK;
}
