/**
 * How the export commands (`briefing`, `export-annotations`) write their --out file: named as the
 * user typed it, never into the archive folder the command works on, and over an existing file or
 * symbolic link only with --force (which replaces the link itself, never the file it points to).
 */
import type { ExportTarget } from '../services/briefing-file.js';
import type { CliContext } from './context.js';
import { archiveLocation } from './open-archive.js';

/**
 * The ExportTarget of a command's --out.
 * @param command the parsed command: its `out` as typed, `force`, and `archive` (the --archive flag)
 */
export function outTarget(ctx: CliContext, command: { out: string; force: boolean; archive: string | undefined }): ExportTarget {
  return {
    shownAs: `${command.out} (option --out)`,
    archiveDir: archiveLocation(ctx, command.archive).dir,
    replace: command.force,
    replaceHint: 'add --force to replace it',
  };
}
