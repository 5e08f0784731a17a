/**
 * The arguments of `vraagbaak tags` (the theme tree with counts) and `vraagbaak tag rename|merge|
 * delete` (themes named as the analyst writes them; case, spacing and NFC/NFD do not matter).
 * A missing, extra or unknown argument is a UsageError naming it.
 */
import { ARCHIVE, bool, JSON_FLAG, parseCommand, positionalCount, str } from './parse-helpers.js';
import { UsageError } from './usage-error.js';

export interface TagsCommand {
  name: 'tags';
  json: boolean;
  archive: string | undefined;
}

export type TagAction =
  | { action: 'rename'; tag: string; newName: string }
  | { action: 'merge'; source: string; target: string }
  | { action: 'delete'; tag: string; moveToParent: boolean };

export type TagCommand = { name: 'tag'; json: boolean; archive: string | undefined } & TagAction;

/** Parses the arguments after `tags`. @throws UsageError for any positional argument */
export function parseTagsArgs(args: string[]): TagsCommand | 'help' {
  const command = 'tags';
  const p = parseCommand(command, args, { ...JSON_FLAG, ...ARCHIVE });
  if (p === 'help') return 'help';
  positionalCount(p, command, 0, 0, '');
  return { name: 'tags', json: bool(p, 'json'), archive: str(p, 'archive') };
}

function nonEmpty(value: string, what: string, action: string): string {
  if (value.trim() === '') throw new UsageError(`"vraagbaak tag ${action}" needs ${what}, not an empty name.`, 'tag');
  return value;
}

/**
 * Parses the arguments after `tag`: `rename <name> <new name>`, `merge <source> <target>` or
 * `delete <name> [--move-to-parent]`.
 * @throws UsageError for a missing or unknown action, a wrong number of names, an empty name, or
 *   --move-to-parent with another action
 */
export function parseTagArgs(args: string[]): TagCommand | 'help' {
  const command = 'tag';
  const p = parseCommand(command, args, { ...JSON_FLAG, ...ARCHIVE, 'move-to-parent': { type: 'boolean', default: false } });
  if (p === 'help') return 'help';
  const [action = '', ...names] = p.positionals;
  const base = { name: 'tag' as const, json: bool(p, 'json'), archive: str(p, 'archive') };
  const moveToParent = bool(p, 'move-to-parent');
  if (action === '') throw new UsageError('"vraagbaak tag" needs an action: rename, merge or delete.', command);
  if (moveToParent && action !== 'delete') throw new UsageError('Option --move-to-parent can only be used with "vraagbaak tag delete".', command);
  const exactly = (n: number, what: string): string[] => {
    if (names.length < n) throw new UsageError(`"vraagbaak tag ${action}" needs ${what}.`, command);
    if (names.length > n) {
      throw new UsageError(`Unexpected argument "${names[n] ?? ''}" for "vraagbaak tag ${action}"; put a name with spaces in quotes.`, command);
    }
    return names.map((name) => nonEmpty(name, what, action));
  };
  switch (action) {
    case 'rename': {
      const [tag = '', newName = ''] = exactly(2, 'the theme name and the new name');
      return { ...base, action, tag, newName };
    }
    case 'merge': {
      const [source = '', target = ''] = exactly(2, 'the theme to merge and the theme to merge it into');
      return { ...base, action, source, target };
    }
    case 'delete': {
      const [tag = ''] = exactly(1, 'the name of the theme to delete');
      return { ...base, action, tag, moveToParent };
    }
    default:
      throw new UsageError(`Unknown action "${action}" for "vraagbaak tag"; the actions are rename, merge and delete.`, command);
  }
}
