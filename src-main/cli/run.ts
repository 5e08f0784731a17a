/**
 * Runs one CLI invocation: parse the arguments, run the command, and map what went wrong to the
 * exit codes of DESIGN §6 — 2 for usage errors (with the usage line), 1 when the work failed
 * (one sentence on stderr). With --json nothing but JSON ever reaches stdout.
 */
import { isVraagbaakError } from '../core/model/index.js';
import { defaultArchiveDir } from './archive-location.js';
import { parseCommandLine, type Command } from './command-args.js';
import { packageVersion, type CliContext } from './context.js';
import { messageOf } from './messages.js';
import { fullUsage, usageLine } from './usage.js';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, UsageError } from './usage-error.js';

// Commands are loaded on demand: `parse` and `--help` need neither the archive nor playwright-core.
async function runCommand(ctx: CliContext, c: Command): Promise<number> {
  switch (c.name) {
    case 'help':
      ctx.out(fullUsage(defaultArchiveDir(ctx.env, ctx.platform, ctx.home)));
      return EXIT_OK;
    case 'version':
      ctx.out(`${packageVersion()}\n`);
      return EXIT_OK;
    case 'parse':
      return (await import('./commands/parse.js')).runParse(ctx, c.files, c.json);
    case 'import':
      return (await import('./commands/import.js')).runImport(ctx, c.paths, c.json, c.archive);
    case 'list':
      return (await import('./commands/list.js')).runList(ctx, c.json, c.archive);
    case 'show':
      return (await import('./commands/show.js')).runShow(ctx, c.id, c.json, c.archive);
    case 'search':
      return (await import('./commands/search.js')).runSearch(ctx, c.query, c.limit, c.json, c.archive);
    case 'annotate':
      return (await import('./commands/annotate.js')).runAnnotate(ctx, c);
    case 'briefing':
      return (await import('./commands/briefing.js')).runBriefing(ctx, c);
    case 'briefings':
      return (await import('./commands/briefings.js')).runBriefingsList(ctx, c.json, c.archive);
    case 'tags':
      return (await import('./commands/tags.js')).runTags(ctx, c.json, c.archive);
    case 'tag':
      return (await import('./commands/tag.js')).runTag(ctx, c);
    case 'delete':
      return (await import('./commands/delete.js')).runDelete(ctx, c);
    case 'repair':
      return (await import('./commands/repair.js')).runRepair(ctx, c);
    case 'trash':
      return (await import('./commands/trash.js')).runTrash(ctx, c);
    case 'review':
      return (await import('./commands/review.js')).runReview(ctx, c.json, c.archive);
    case 'restore-backup':
      return (await import('./commands/restore-backup.js')).runRestoreBackup(ctx, c.json, c.archive);
    case 'annotations':
      return (await import('./commands/annotations.js')).runAnnotations(ctx, c);
    case 'export-annotations':
      return (await import('./commands/export-annotations.js')).runExportAnnotations(ctx, c);
    case 'import-annotations':
      return (await import('./commands/import-annotations.js')).runImportAnnotations(ctx, c);
    case 'serve':
      return (await import('./commands/serve.js')).runServe(ctx, c);
  }
}

/**
 * Runs the CLI with `argv` (the arguments after the script name).
 * @returns the exit code: 0 done, 1 the work failed, 2 usage error. Never throws.
 */
export async function runCli(argv: readonly string[], ctx: CliContext): Promise<number> {
  let command: Command;
  try {
    command = parseCommandLine(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    ctx.err(`${e.message}\n${usageLine(e.command)}\n`);
    return EXIT_USAGE;
  }
  try {
    return await runCommand(ctx, command);
  } catch (e) {
    if (isVraagbaakError(e)) {
      ctx.err(`${e.message}\n`);
    } else {
      const message = messageOf(e);
      ctx.err(`${/[.!?]$/.test(message) ? message : `${message}.`}\n`);
      if (ctx.env['VRAAGBAAK_DEBUG'] && e instanceof Error && e.stack) ctx.err(`${e.stack}\n`);
    }
    return EXIT_FAILED;
  }
}
