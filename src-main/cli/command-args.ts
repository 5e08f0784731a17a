/**
 * Turns `argv` into one typed command (DESIGN §6) with node:util parseArgs, strictly: an unknown
 * command or flag, a missing argument or a malformed value is a UsageError (exit 2) that names it.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { HIGHLIGHT_COLORS, type HighlightColor, type PartType } from '../core/model/index.js';
import { COMMAND_USAGE } from './usage.js';
import { UsageError } from './usage-error.js';
import type { AnnotateOptions } from './commands/annotate.js';

/** `--part answer:3`: a part type and the number printed in the document (none for the title). */
export interface PartSpec {
  type: PartType;
  /** question number, number of a question the answer covers, or footnote number; null for title */
  number: number | null;
}

export type Command =
  | { name: 'help' }
  | { name: 'version' }
  | { name: 'parse'; files: string[]; json: boolean }
  | { name: 'import'; paths: string[]; json: boolean; archive?: string }
  | { name: 'list'; json: boolean; archive?: string }
  | { name: 'show'; id: string; json: boolean; archive?: string }
  | { name: 'search'; query: string; json: boolean; limit: number; archive?: string }
  | ({ name: 'annotate' } & AnnotateOptions)
  | {
      name: 'briefing';
      ids: string[];
      title: string;
      out: string;
      subtitle: string;
      author: string;
      locale: 'nl' | 'en';
      archive?: string;
    }
  | { name: 'serve'; port: number; sample: boolean; archive?: string };

type Options = NonNullable<ParseArgsConfig['options']>;
const ARCHIVE: Options = { archive: { type: 'string' } };
const JSON_FLAG: Options = { json: { type: 'boolean', default: false } };
const HELP: Options = { help: { type: 'boolean', short: 'h', default: false } };

/** Search results returned when --limit is not given (the API's own default). */
export const DEFAULT_SEARCH_LIMIT = 50;

interface Parsed {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
}

/** parseArgs with our error messages; `--help` anywhere turns into the help command. */
function parseCommand(command: string, argv: string[], options: Options): Parsed | 'help' {
  try {
    const { values, positionals } = parseArgs({ args: argv, options: { ...options, ...HELP }, allowPositionals: true, strict: true });
    if (values['help'] === true) return 'help';
    return { values, positionals };
  } catch (e) {
    throw new UsageError(describeParseError(e, command), command);
  }
}

function describeParseError(e: unknown, command: string): string {
  const message = e instanceof Error ? e.message : String(e);
  const code = (e as { code?: string }).code;
  const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `Unknown option ${option} for "vraagbaak ${command}".`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/argument missing/.test(message)) return `Option ${option} needs a value.`;
    // "--limit -5": parseArgs will not take a value that starts with a dash
    if (/ambiguous/.test(message)) return `Option ${option} needs a value; write ${option}=VALUE for a value that starts with "-".`;
    return `Option ${option} takes no value.`;
  }
  return `${message.replace(/\.$/, '')}.`;
}

function str(parsed: Parsed, key: string): string | undefined {
  const v = parsed.values[key];
  return typeof v === 'string' ? v : undefined;
}

function bool(parsed: Parsed, key: string): boolean {
  return parsed.values[key] === true;
}

function required(parsed: Parsed, key: string, command: string, what: string): string {
  const v = str(parsed, key);
  if (v === undefined || v.trim() === '') throw new UsageError(`"vraagbaak ${command}" needs --${key} ${what}.`, command);
  return v;
}

function positionalCount(parsed: Parsed, command: string, min: number, max: number, what: string): string[] {
  const p = parsed.positionals;
  if (p.length < min) throw new UsageError(`"vraagbaak ${command}" needs ${what}.`, command);
  if (p.length > max) throw new UsageError(`Unexpected argument "${p[max] ?? ''}" for "vraagbaak ${command}".`, command);
  return p;
}

function integer(value: string | undefined, flag: string, command: string, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  const n = /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(`Option ${flag} must be a whole number from ${min} to ${max}, not "${value}".`, command);
  }
  return n;
}

/**
 * Parses `--part` values: `question:N`, `answer:N`, `footnote:N`, `title`.
 * @throws UsageError for anything else
 */
export function parsePartSpec(value: string): PartSpec {
  const match = /^(question|answer|footnote|title)(?::(\d+))?$/.exec(value.trim().toLowerCase());
  const type = match?.[1] as PartType | undefined;
  const number = match?.[2] === undefined ? null : Number(match[2]);
  if (type === undefined || (type === 'title') !== (number === null)) {
    throw new UsageError(
      `Option --part must be question:N, answer:N, footnote:N or title, not "${value}".`,
      'annotate',
    );
  }
  return { type, number };
}

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
      const p = parseCommand(command, args, {
        ...ARCHIVE,
        title: { type: 'string' },
        out: { type: 'string' },
        subtitle: { type: 'string' },
        author: { type: 'string' },
        locale: { type: 'string' },
      });
      if (p === 'help') return { name: 'help' };
      const ids = positionalCount(p, command, 1, Infinity, 'at least one document id');
      const locale = str(p, 'locale') ?? 'nl';
      if (locale !== 'nl' && locale !== 'en') throw new UsageError(`Option --locale must be nl or en, not "${locale}".`, command);
      return {
        name: 'briefing',
        ids,
        title: required(p, 'title', command, '<text>'),
        out: required(p, 'out', command, '<file.pdf>'),
        subtitle: str(p, 'subtitle') ?? '',
        author: str(p, 'author') ?? '',
        locale,
        archive: str(p, 'archive'),
      };
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
