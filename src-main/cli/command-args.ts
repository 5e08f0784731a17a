/**
 * Turns `argv` into one typed command (DESIGN §6) with node:util parseArgs, strictly: an unknown
 * command or flag, a missing argument or a malformed value is a UsageError (exit 2) that names it.
 */
import { HIGHLIGHT_COLORS, type HighlightColor } from '../core/model/index.js';
import { parseAnnotationFileArgs, type AnnotationFileCommand } from './annotation-args.js';
import { parseBriefingArgs, parseBriefingsArgs, type BriefingCommand, type BriefingsCommand } from './briefing-args.js';
import { parseTagArgs, parseTagsArgs, type TagCommand, type TagsCommand } from './tag-args.js';
import { parseDeleteArgs, parseRepairArgs, parseTrashArgs, type DeleteCommand, type RepairCommand, type TrashCommand } from './lifecycle-args.js';
import { COMMAND_USAGE } from './usage.js';
import { ARCHIVE, bool, integer, JSON_FLAG, parseCommand, positionalCount, required, str } from './parse-helpers.js';
import { UsageError } from './usage-error.js';
import type { AnnotateOptions } from './commands/annotate.js';
import { parsePartSpec } from './part-spec.js';

export { parsePartSpec, type PartSpec } from './part-spec.js';

export type Command =
  | { name: 'help' }
  | { name: 'version' }
  | { name: 'parse'; files: string[]; json: boolean }
  | { name: 'import'; paths: string[]; json: boolean; archive?: string }
  | { name: 'list'; json: boolean; archive?: string }
  | { name: 'show'; id: string; json: boolean; archive?: string }
  | { name: 'search'; query: string; json: boolean; limit: number; archive?: string }
  | ({ name: 'annotate' } & AnnotateOptions)
  | BriefingCommand
  | BriefingsCommand
  | AnnotationFileCommand
  | TagsCommand
  | TagCommand
  | DeleteCommand
  | TrashCommand
  | RepairCommand
  | { name: 'review'; json: boolean; archive?: string }
  | { name: 'restore-backup'; json: boolean; archive?: string }
  | { name: 'serve'; port: number; sample: boolean; archive?: string };

/** Search results returned when --limit is not given (the API's own default). */
export const DEFAULT_SEARCH_LIMIT = 50;

function color(value: string | undefined): HighlightColor {
  if (value === undefined) return 'yellow';
  if ((HIGHLIGHT_COLORS as readonly string[]).includes(value)) return value as HighlightColor;
  throw new UsageError(`Option --color must be one of ${HIGHLIGHT_COLORS.join(', ')}, not "${value}".`, 'annotate');
}

/**
 * Parses the whole argument list (without `node` and the script).
 * @throws UsageError naming the unknown command, flag or missing argument
 */
export function parseCommandLine(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') return { name: 'help' };
  if (command === '--version' || command === '-v' || command === 'version') return { name: 'version' };
  if (!Object.hasOwn(COMMAND_USAGE, command)) {
    throw new UsageError(
      command.startsWith('-') ? `Expected a command before "${command}".` : `Unknown command "${command}".`,
    );
  }
  const args = [...rest];
  switch (command) {
    case 'parse': {
      const p = parseCommand(command, args, { ...JSON_FLAG });
      if (p === 'help') return { name: 'help' };
      return { name: 'parse', files: positionalCount(p, command, 1, Infinity, 'at least one file'), json: bool(p, 'json') };
    }
    case 'import': {
      const p = parseCommand(command, args, { ...JSON_FLAG, ...ARCHIVE });
      if (p === 'help') return { name: 'help' };
      const paths = positionalCount(p, command, 1, Infinity, 'at least one file or folder');
      return { name: 'import', paths, json: bool(p, 'json'), archive: str(p, 'archive') };
    }
    case 'list': {
      const p = parseCommand(command, args, { ...JSON_FLAG, ...ARCHIVE });
      if (p === 'help') return { name: 'help' };
      positionalCount(p, command, 0, 0, '');
      return { name: 'list', json: bool(p, 'json'), archive: str(p, 'archive') };
    }
    case 'show': {
      const p = parseCommand(command, args, { ...JSON_FLAG, ...ARCHIVE });
      if (p === 'help') return { name: 'help' };
      const [id = ''] = positionalCount(p, command, 1, 1, 'a document id');
      return { name: 'show', id, json: bool(p, 'json'), archive: str(p, 'archive') };
    }
    case 'search': {
      const p = parseCommand(command, args, { ...JSON_FLAG, ...ARCHIVE, limit: { type: 'string' } });
      if (p === 'help') return { name: 'help' };
      const words = positionalCount(p, command, 1, Infinity, 'a query');
      const limit = integer(str(p, 'limit'), '--limit', command, 1, 500, DEFAULT_SEARCH_LIMIT);
      return { name: 'search', query: words.join(' '), json: bool(p, 'json'), limit, archive: str(p, 'archive') };
    }
    case 'annotate': {
      const p = parseCommand(command, args, {
        ...JSON_FLAG,
        ...ARCHIVE,
        quote: { type: 'string' },
        part: { type: 'string' },
        note: { type: 'string' },
        tag: { type: 'string', multiple: true },
        color: { type: 'string' },
      });
      if (p === 'help') return { name: 'help' };
      const [id = ''] = positionalCount(p, command, 1, 1, 'a document id');
      const partValue = str(p, 'part');
      const tags = (p.values['tag'] as string[] | undefined) ?? [];
      const emptyTag = tags.find((t) => t.trim() === '');
      if (emptyTag !== undefined) throw new UsageError('Option --tag needs a non-empty tag name.', command);
      return {
        name: 'annotate',
        id,
        quote: required(p, 'quote', command, '<exact text>'),
        part: partValue === undefined ? null : parsePartSpec(partValue),
        note: str(p, 'note') ?? '',
        tags: tags.map((t) => t.trim()),
        color: color(str(p, 'color')),
        json: bool(p, 'json'),
        archive: str(p, 'archive'),
      };
    }
    case 'briefing': {
      const c = parseBriefingArgs(args);
      return c === 'help' ? { name: 'help' } : c;
    }
    case 'briefings': {
      const c = parseBriefingsArgs(args);
      return c === 'help' ? { name: 'help' } : c;
    }
    case 'tags': {
      const c = parseTagsArgs(args);
      return c === 'help' ? { name: 'help' } : c;
    }
    case 'tag': {
      const c = parseTagArgs(args);
      return c === 'help' ? { name: 'help' } : c;
    }
    case 'delete': {
      const c = parseDeleteArgs(args);
      return c === 'help' ? { name: 'help' } : c;
    }
    case 'trash': {
      const c = parseTrashArgs(args);
      return c === 'help' ? { name: 'help' } : c;
    }
    case 'repair': {
      const c = parseRepairArgs(args);
      return c === 'help' ? { name: 'help' } : c;
    }
    case 'review':
    case 'restore-backup': {
      const p = parseCommand(command, args, { ...JSON_FLAG, ...ARCHIVE });
      if (p === 'help') return { name: 'help' };
      positionalCount(p, command, 0, 0, '');
      return { name: command, json: bool(p, 'json'), archive: str(p, 'archive') };
    }
    case 'annotations':
    case 'export-annotations':
    case 'import-annotations': {
      const c = parseAnnotationFileArgs(command, args);
      return c === 'help' ? { name: 'help' } : c;
    }
    case 'serve': {
      const p = parseCommand(command, args, { ...ARCHIVE, port: { type: 'string' }, sample: { type: 'boolean', default: false } });
      if (p === 'help') return { name: 'help' };
      positionalCount(p, command, 0, 0, '');
      return { name: 'serve', port: integer(str(p, 'port'), '--port', command, 0, 65535, 0), sample: bool(p, 'sample'), archive: str(p, 'archive') };
    }
    default:
      throw new UsageError(`Unknown command "${command}".`);
  }
}
