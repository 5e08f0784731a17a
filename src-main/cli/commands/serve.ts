/**
 * `vraagbaak serve [--port N] [--sample]`: the browser shell on 127.0.0.1. Prints
 * `Vraagbaak: http://127.0.0.1:<port>/#token=<token>` on stdout, runs until SIGINT/SIGTERM, then
 * stops the server and closes the archive (releasing its lock). The built-in samples are imported
 * into an empty archive only with --sample or on the default archive.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { startWebShell } from '../../web/index.js';
import { PACKAGE_ROOT, type CliContext } from '../context.js';
import { withFileName } from '../messages.js';
import { withArchive } from '../open-archive.js';
import { EXIT_OK } from '../usage-error.js';

/** The built-in sample archive's source files. */
export const SAMPLE_DIR = path.join(PACKAGE_ROOT, 'data', 'samples');
/** The built renderer the shell serves. */
export const RENDERER_DIR = path.join(PACKAGE_ROOT, 'dist-renderer');

export interface ServeOptions {
  port: number;
  sample: boolean;
  archive?: string | undefined;
}

/** Vite's command line in a development checkout (absent in an installed app, which ships dist-renderer). */
const VITE_BIN = path.join(PACKAGE_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');

/**
 * Builds the renderer in a development checkout that has not built it yet (a fresh `npm install`).
 * @returns true when dist-renderer/index.html exists afterwards
 */
function buildRenderer(ctx: CliContext): boolean {
  if (!existsSync(VITE_BIN)) return false;
  ctx.err('Building the user interface (first start, about half a minute)…\n');
  spawnSync(process.execPath, [VITE_BIN, 'build', '--logLevel', 'error'], { cwd: PACKAGE_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  return existsSync(path.join(RENDERER_DIR, 'index.html'));
}

/** Runs `serve` until the shutdown signal. @throws Error when the port cannot be bound */
export async function runServe(ctx: CliContext, o: ServeOptions): Promise<number> {
  await withArchive(
    ctx,
    {
      archive: o.archive,
      shell: 'web',
      withFonts: true,
      // the page opens at once and shows the index loading; progress also goes to stderr
      indexInBackground: true,
      sampleDir: (location) => (o.sample || location.isDefault ? SAMPLE_DIR : undefined),
    },
    async (app, location) => {
      if (app.seedReport) {
        ctx.err(`Imported ${app.seedReport.imported.length} sample document(s) into the new archive.\n`);
        for (const f of app.seedReport.failed) ctx.err(`Sample not imported: ${withFileName(f.fileName, f.reason)}\n`);
      }
      if (!existsSync(path.join(RENDERER_DIR, 'index.html')) && !buildRenderer(ctx)) {
        ctx.err('Warning: the user interface is not built (no dist-renderer/index.html); run `npm run build:renderer`.\n');
      }
      const token = ctx.env['VRAAGBAAK_TOKEN'];
      const shell = await startWebShell({
        handlers: app.handlers,
        rendererDir: RENDERER_DIR,
        port: o.port,
        ...(token ? { token } : {}),
      });
      ctx.err(`Archive: ${location.dir}\nPress Ctrl+C to stop.\n`);
      ctx.out(`Vraagbaak: ${shell.url}\n`);
      try {
        await ctx.waitForShutdown();
      } finally {
        await shell.close();
      }
    },
  );
  return EXIT_OK;
}
