/**
 * The arguments of `vraagbaak delete <id>…` (documents to the trash) and `vraagbaak trash` (list
 * the trash, `--restore <id>…`, `--empty [<id>…]`). A missing, extra or unknown argument is a
 * UsageError naming it.
 */
import { ARCHIVE, bool, JSON_FLAG, parseCommand, positionalCount, str } from './parse-helpers.js';
import { UsageError } from './usage-error.js';

export interface DeleteCommand {
  name: 'delete';
  ids: string[];
  json: boolean;
  archive: string | undefined;
}

export interface TrashCommand {
  name: 'trash';
  /** list: show the trash; restore: put `ids` back; empty: remove `ids` (all when none) for good */
  action: 'list' | 'restore' | 'empty';
  ids: string[];
  json: boolean;
  archive: string | undefined;
}

/** Parses the arguments after `delete`. @throws UsageError without an id */
export function parseDeleteArgs(args: string[]): DeleteCommand | 'help' {
  const p = parseCommand('delete', args, { ...JSON_FLAG, ...ARCHIVE });
  if (p === 'help') return 'help';
  const ids = positionalCount(p, 'delete', 1, Infinity, 'at least one document id (vraagbaak list shows them)');
  return { name: 'delete', ids, json: bool(p, 'json'), archive: str(p, 'archive') };
}

/** `vraagbaak repair <id>…`: damaged document files parsed again from their originals. */
export interface RepairCommand {
  name: 'repair';
  ids: string[];
  json: boolean;
  archive: string | undefined;
}

/** Parses the arguments after `repair`. @throws UsageError without an id */
export function parseRepairArgs(args: string[]): RepairCommand | 'help' {
  const p = parseCommand('repair', args, { ...JSON_FLAG, ...ARCHIVE });
  if (p === 'help') return 'help';
  const ids = positionalCount(p, 'repair', 1, Infinity, 'at least one document id (vraagbaak list marks the damaged ones)');
  return { name: 'repair', ids, json: bool(p, 'json'), archive: str(p, 'archive') };
}

/**
 * Parses the arguments after `trash`: nothing (list), `--restore <id>…` or `--empty [<id>…]`.
 * @throws UsageError for --restore with --empty, --restore without ids, or ids without either
 */
export function parseTrashArgs(args: string[]): TrashCommand | 'help' {
  const command = 'trash';
  const p = parseCommand(command, args, { ...JSON_FLAG, ...ARCHIVE, restore: { type: 'boolean', default: false }, empty: { type: 'boolean', default: false } });
  if (p === 'help') return 'help';
  const restore = bool(p, 'restore');
  const empty = bool(p, 'empty');
  if (restore && empty) throw new UsageError('Options --restore and --empty cannot be used together.', command);
  const action = restore ? 'restore' : empty ? 'empty' : 'list';
  const ids = action === 'restore' ? positionalCount(p, command, 1, Infinity, '--restore with at least one document id') : p.positionals;
  if (action === 'list' && ids.length > 0) {
    throw new UsageError(`Unexpected argument "${ids[0] ?? ''}" for "vraagbaak trash"; use --restore or --empty with document ids.`, command);
  }
  return { name: 'trash', action, ids, json: bool(p, 'json'), archive: str(p, 'archive') };
}
