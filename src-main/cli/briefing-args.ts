/**
 * The arguments of `vraagbaak briefing` (three forms: a saved briefing by --id, every excerpt of
 * a --theme, or document ids as before) and `vraagbaak briefings list`. Mixing forms, or an --out
 * file that is neither .pdf nor .docx, is a UsageError naming the argument.
 */
import { ARCHIVE, bool, JSON_FLAG, parseCommand, positionalCount, required, str, type Parsed } from './parse-helpers.js';
import { BRIEFING_LINE_MAX } from '../core/api/limits.js';
import { UsageError } from './usage-error.js';

const GROUPINGS = ['subtheme', 'document', 'date'] as const;
type Grouping = (typeof GROUPINGS)[number];

export type BriefingSource =
  | { kind: 'saved'; id: string }
  | { kind: 'theme'; theme: string; groupBy: Grouping }
  | { kind: 'documents'; ids: string[] };

export interface BriefingCommand {
  name: 'briefing';
  source: BriefingSource;
  /** the file to write, as given */
  out: string;
  /** --force: replace a file or symbolic link already at `out` (the link itself, never its target) */
  force: boolean;
  /** from the extension of `out` */
  format: 'pdf' | 'docx';
  /** title page of a one-shot briefing (unused with --id: the saved briefing has its own) */
  title: string;
  subtitle: string;
  author: string;
  locale: 'nl' | 'en';
  archive: string | undefined;
}

export interface BriefingsCommand {
  name: 'briefings';
  action: 'list';
  json: boolean;
  archive: string | undefined;
}

/** options that describe a one-shot briefing's title page: a saved briefing (--id) has its own */
const ONE_SHOT_OPTIONS = ['title', 'subtitle', 'author', 'locale'] as const;

/**
 * The format `out` asks for, by its extension in any case.
 * @throws UsageError naming --out for any other extension
 */
export function formatOfOut(out: string, command = 'briefing'): 'pdf' | 'docx' {
  const extension = /\.([^./\\]+)$/.exec(out)?.[1]?.toLowerCase();
  if (extension === 'pdf' || extension === 'docx') return extension;
  throw new UsageError(`Option --out must name a .pdf or .docx file, not "${out}".`, command);
}

function given(p: Parsed, key: string): boolean {
  return p.values[key] !== undefined;
}

/** A title-page line as the app takes it: at most BRIEFING_LINE_MAX characters, or a UsageError naming the option. */
function titleLine(value: string, option: string, command: string): string {
  if (value.length > BRIEFING_LINE_MAX) {
    throw new UsageError(`Option --${option} is ${String(value.length)} characters long; a briefing's title page takes at most ${String(BRIEFING_LINE_MAX)}.`, command);
  }
  return value;
}

function sourceOf(p: Parsed, command: string): BriefingSource {
  const id = str(p, 'id');
  const theme = str(p, 'theme');
  if (id !== undefined && theme !== undefined) throw new UsageError('Options --id and --theme cannot be used together: choose one briefing.', command);
  const group = str(p, 'group');
  if (id !== undefined) {
    if (p.positionals.length > 0) throw new UsageError(`Unexpected argument "${p.positionals[0] ?? ''}": --id exports a saved briefing, not documents.`, command);
    if (given(p, 'group')) throw new UsageError('Option --group can only be used with --theme.', command);
    const extra = ONE_SHOT_OPTIONS.find((key) => given(p, key));
    if (extra !== undefined) throw new UsageError(`Option --${extra} cannot be used with --id: the saved briefing has its own.`, command);
    if (id.trim() === '') throw new UsageError('Option --id needs a briefing id.', command);
    return { kind: 'saved', id };
  }
  if (theme !== undefined) {
    if (p.positionals.length > 0) throw new UsageError(`Unexpected argument "${p.positionals[0] ?? ''}": --theme exports a theme's excerpts, not documents.`, command);
    if (theme.trim() === '') throw new UsageError('Option --theme needs a theme name.', command);
    if (group !== undefined && !(GROUPINGS as readonly string[]).includes(group)) {
      throw new UsageError(`Option --group must be ${GROUPINGS.join(', ')}, not "${group}".`, command);
    }
    return { kind: 'theme', theme: theme.trim(), groupBy: (group ?? 'subtheme') as Grouping };
  }
  if (group !== undefined) throw new UsageError('Option --group can only be used with --theme.', command);
  return { kind: 'documents', ids: positionalCount(p, command, 1, Infinity, 'at least one document id, --id <briefing id> or --theme <name>') };
}

/**
 * Parses the arguments after `briefing`.
 * @returns the command, or 'help' for --help
 * @throws UsageError naming the missing, unknown or conflicting argument
 */
export function parseBriefingArgs(args: string[]): BriefingCommand | 'help' {
  const command = 'briefing';
  const p = parseCommand(command, args, {
    ...ARCHIVE,
    id: { type: 'string' },
    theme: { type: 'string' },
    group: { type: 'string' },
    title: { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean', default: false },
    subtitle: { type: 'string' },
    author: { type: 'string' },
    locale: { type: 'string' },
  });
  if (p === 'help') return 'help';
  const source = sourceOf(p, command);
  const out = required(p, 'out', command, '<file.pdf|file.docx>');
  const format = formatOfOut(out, command);
  const locale = str(p, 'locale') ?? 'nl';
  if (locale !== 'nl' && locale !== 'en') throw new UsageError(`Option --locale must be nl or en, not "${locale}".`, command);
  return {
    name: 'briefing',
    source,
    out,
    force: bool(p, 'force'),
    format,
    title: source.kind === 'saved' ? '' : titleLine(required(p, 'title', command, '<text>'), 'title', command),
    subtitle: titleLine(str(p, 'subtitle') ?? '', 'subtitle', command),
    author: titleLine(str(p, 'author') ?? '', 'author', command),
    locale,
    archive: str(p, 'archive'),
  };
}

/**
 * Parses the arguments after `briefings` (only `list` for now).
 * @throws UsageError for a missing or unknown action
 */
export function parseBriefingsArgs(args: string[]): BriefingsCommand | 'help' {
  const command = 'briefings';
  const p = parseCommand(command, args, { ...JSON_FLAG, ...ARCHIVE });
  if (p === 'help') return 'help';
  const [action = ''] = positionalCount(p, command, 1, 1, 'an action: list');
  if (action !== 'list') throw new UsageError(`Unknown action "${action}" for "vraagbaak briefings"; the action is list.`, command);
  return { name: 'briefings', action, json: bool(p, 'json'), archive: str(p, 'archive') };
}
