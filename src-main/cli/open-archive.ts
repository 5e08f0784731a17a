/**
 * Opens the services on the archive a command names, and always closes them again (which
 * releases the archive lock and the Chromium printer), whatever the command does.
 */
import { loadFontCss } from '../pdf/font-css.js';
import { openVraagbaak, type Vraagbaak } from '../services/index.js';
import type { RebuildReport } from '../services/search-service.js';
import { resolveArchiveLocation, type ArchiveLocation } from './archive-location.js';
import { packageVersion, type CliContext } from './context.js';
import { createLazyChromiumPrinter } from './lazy-printer.js';

export interface OpenOptions {
  /** the `--archive` value, if given */
  archive: string | undefined;
  /** the built-in sample folder to seed an empty archive from */
  sampleDir?: (location: ArchiveLocation) => string | undefined;
  /** embed fonts in printed briefings (~3 MB of fonts, read on the first PDF export) */
  withFonts?: boolean;
  shell?: 'web' | 'cli';
  /** load the search index in the background (`serve`: the page opens at once and shows its progress) */
  indexInBackground?: boolean;
}

/** The archive folder a command works on. */
export function archiveLocation(ctx: CliContext, flag: string | undefined): ArchiveLocation {
  return resolveArchiveLocation(flag, ctx.env, ctx.cwd, ctx.platform, ctx.home);
}

/**
 * Runs `work` with the services open on the chosen archive.
 * @throws VraagbaakError('archive-locked') when another process has the archive open; whatever `work` throws
 */
export async function withArchive<T>(ctx: CliContext, options: OpenOptions, work: (app: Vraagbaak, location: ArchiveLocation) => Promise<T>): Promise<T> {
  const location = archiveLocation(ctx, options.archive);
  const sampleDir = options.sampleDir?.(location);
  const app = await openVraagbaak({
    archiveDir: location.dir,
    printer: createLazyChromiumPrinter(),
    shell: options.shell ?? 'cli',
    version: packageVersion(),
    ...(sampleDir === undefined ? {} : { sampleDir }),
    ...(options.withFonts ? { briefingFontCss: () => loadFontCss() } : {}),
    onIndexProgress: (done, total) => {
      // a rebuild happens after an upgrade or when index/ was lost; on a large archive it takes a while
      if (done === total || done % 1000 === 0) ctx.err(`Building the search index: ${done} of ${total} documents\n`);
    },
    ...(options.indexInBackground ? { indexInBackground: true } : {}),
  });
  try {
    const warnSkipped = (report: RebuildReport): void => {
      for (const skipped of report.skipped) ctx.err(`Warning: document ${skipped.documentId} is left out of search: ${skipped.reason}\n`);
    };
    if (options.indexInBackground) {
      void app.indexReady.then(warnSkipped, (e: unknown) => ctx.err(`Warning: the search index could not be built: ${e instanceof Error ? e.message : String(e)}\n`));
    } else {
      warnSkipped(app.indexReport);
    }
    if (app.archive.isReadOnly) ctx.err(`Warning: the archive is open read-only: ${app.archive.readOnlyError?.message ?? ''}\n`);
    return await work(app, location);
  } finally {
    await app.close();
  }
}
