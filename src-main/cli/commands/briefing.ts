/**
 * `vraagbaak briefing <id>... --title <text> --out <file.pdf>`: the documents with their
 * annotations, notes and tags, printed to one PDF with Chromium.
 */
import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CliContext } from '../context.js';
import { messageOf } from '../messages.js';
import { withArchive } from '../open-archive.js';
import { EXIT_FAILED, EXIT_OK } from '../usage-error.js';

export interface BriefingOptions {
  ids: string[];
  title: string;
  out: string;
  subtitle: string;
  author: string;
  locale: 'nl' | 'en';
  archive?: string | undefined;
}

/** Runs `briefing`. @throws VraagbaakError('not-found') for an unknown id, 'pdf-failed' when Chromium fails */
export async function runBriefing(ctx: CliContext, o: BriefingOptions): Promise<number> {
  const out = path.resolve(ctx.cwd, o.out);
  // fail before the (slow) print when the PDF could not be written anyway
  const folder = await stat(path.dirname(out)).catch(() => null);
  if (!folder?.isDirectory()) {
    ctx.err(`Cannot write the briefing to ${o.out} (option --out): the folder ${path.dirname(out)} does not exist.\n`);
    return EXIT_FAILED;
  }
  const { bytes } = await withArchive(ctx, { archive: o.archive, withFonts: true }, (app) =>
    app.briefings.exportPdf({ title: o.title, subtitle: o.subtitle, author: o.author, documentIds: o.ids, locale: o.locale }),
  );
  try {
    await writeFile(out, bytes);
  } catch (e) {
    ctx.err(`Cannot write the briefing to ${o.out} (option --out): ${messageOf(e)}.\n`);
    return EXIT_FAILED;
  }
  const n = new Set(o.ids).size;
  ctx.out(`Wrote briefing "${o.title}" (${n} document${n === 1 ? '' : 's'}, ${bytes.byteLength} bytes) to ${o.out}\n`);
  return EXIT_OK;
}
