/** `vraagbaak show <id> [--json]`: one document (QaDocument with --json), as questions with their answers. */
import type { CliContext } from '../context.js';
import { documentText } from '../format.js';
import { withArchive } from '../open-archive.js';
import { EXIT_OK } from '../usage-error.js';

/** Runs `show`. @throws VraagbaakError('not-found') for an unknown id */
export async function runShow(ctx: CliContext, id: string, json: boolean, archive: string | undefined): Promise<number> {
  const { document, annotations } = await withArchive(ctx, { archive }, (app) => app.documents.get(id));
  ctx.out(json ? `${JSON.stringify(document, null, 2)}\n` : `${documentText(document, annotations)}\n`);
  return EXIT_OK;
}
