/**
 * `vraagbaak restore-backup [--json]`: for an archive that opens read-only because a catalog,
 * workspace or annotations file is damaged, moves each damaged file aside (damaged/<time>/, never
 * deleted), puts its newest good backup in its place and opens the archive again. Exit 1 when it
 * is still read-only (a damaged file without a good backup).
 */
import { restoreArchiveBackups } from '../../services/archive-restore.js';
import type { CliContext } from '../context.js';
import { archiveLocation } from '../open-archive.js';
import { EXIT_FAILED, EXIT_OK } from '../usage-error.js';

/** Runs `restore-backup`: `{ restored, readOnly }` as JSON with --json, else a line per file. */
export async function runRestoreBackup(ctx: CliContext, json: boolean, flag: string | undefined): Promise<number> {
  const { restored, readOnly, stillDamaged } = await restoreArchiveBackups(archiveLocation(ctx, flag).dir);
  if (json) {
    ctx.out(`${JSON.stringify({ restored, readOnly, stillDamaged }, null, 2)}\n`);
  } else if (restored.length === 0) {
    ctx.out('No damaged file: the archive opens writable, nothing was restored.\n');
  } else {
    const lines = restored.map((r) =>
      r.backup ? `Restored ${r.file} from ${r.backup}; the damaged file is kept as ${r.movedTo}.` : `No good backup of ${r.file}: left as it is.`,
    );
    lines.push(readOnly ? `The archive is still read-only: ${stillDamaged.join(', ')} ${stillDamaged.length === 1 ? 'is' : 'are'} damaged.` : 'The archive opens writable again.');
    ctx.out(`${lines.join('\n')}\n`);
  }
  return readOnly ? EXIT_FAILED : EXIT_OK;
}
