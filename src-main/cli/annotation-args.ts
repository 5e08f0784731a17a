/**
 * The arguments of `vraagbaak annotations`, `export-annotations` and `import-annotations`. A
 * missing or unknown format, an --out without a file, or a missing import file is a UsageError
 * (exit 2) naming the argument.
 */
import { ARCHIVE, bool, JSON_FLAG, parseCommand, positionalCount, required, str } from './parse-helpers.js';
import { UsageError } from './usage-error.js';

export interface AnnotationsCommand {
  name: 'annotations';
  json: boolean;
  /** a theme name: only annotations with it or one of its sub-themes */
  tag: string | undefined;
  /** only annotations whose quote or note contains it (case and accents ignored) */
  query: string | undefined;
  archive: string | undefined;
}

export interface ExportAnnotationsCommand {
  name: 'export-annotations';
  format: 'w3c' | 'csv';
  /** the file to write, as given */
  out: string;
  /** --force: replace a file or symbolic link already at `out` (the link itself, never its target) */
  force: boolean;
  tag: string | undefined;
  /** CSV headers, part names and separator (";" nl, "," en) */
  locale: 'nl' | 'en';
  archive: string | undefined;
}

export interface ImportAnnotationsCommand {
  name: 'import-annotations';
  file: string;
  json: boolean;
  archive: string | undefined;
}

export type AnnotationFileCommand = AnnotationsCommand | ExportAnnotationsCommand | ImportAnnotationsCommand;

const FORMATS = ['w3c', 'csv'] as const;

/** The format from --format, else from the --out extension (.csv; .jsonld or .json). */
function formatOf(value: string | undefined, out: string, command: string): 'w3c' | 'csv' {
  if (value !== undefined) {
    const format = value.trim().toLowerCase();
    if ((FORMATS as readonly string[]).includes(format)) return format as 'w3c' | 'csv';
    throw new UsageError(`Option --format must be w3c or csv, not "${value}".`, command);
  }
  const extension = /\.([^./\\]+)$/.exec(out)?.[1]?.toLowerCase();
  if (extension === 'csv') return 'csv';
  if (extension === 'jsonld' || extension === 'json') return 'w3c';
  throw new UsageError(`"vraagbaak ${command}" needs --format w3c|csv (the --out file "${out}" does not say which).`, command);
}

function tagOf(value: string | undefined, command: string): string | undefined {
  if (value !== undefined && value.trim() === '') throw new UsageError('Option --tag needs a theme name.', command);
  return value?.trim();
}

/**
 * Parses the arguments after `annotations`, `export-annotations` or `import-annotations`.
 * @returns the command, or 'help' for --help
 * @throws UsageError naming the missing, unknown or malformed argument
 */
export function parseAnnotationFileArgs(command: AnnotationFileCommand['name'], args: string[]): AnnotationFileCommand | 'help' {
  switch (command) {
    case 'annotations': {
      const p = parseCommand(command, args, { ...JSON_FLAG, ...ARCHIVE, tag: { type: 'string' }, query: { type: 'string' } });
      if (p === 'help') return 'help';
      positionalCount(p, command, 0, 0, '');
      const query = str(p, 'query');
      if (query !== undefined && query.trim() === '') throw new UsageError('Option --query needs some text to look for.', command);
      return { name: command, json: bool(p, 'json'), tag: tagOf(str(p, 'tag'), command), query: query?.trim(), archive: str(p, 'archive') };
    }
    case 'export-annotations': {
      const p = parseCommand(command, args, { ...ARCHIVE, format: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean', default: false }, tag: { type: 'string' }, locale: { type: 'string' } });
      if (p === 'help') return 'help';
      positionalCount(p, command, 0, 0, '');
      const out = required(p, 'out', command, '<file>');
      const locale = str(p, 'locale') ?? 'nl';
      if (locale !== 'nl' && locale !== 'en') throw new UsageError(`Option --locale must be nl or en, not "${locale}".`, command);
      return { name: command, format: formatOf(str(p, 'format'), out, command), out, force: bool(p, 'force'), tag: tagOf(str(p, 'tag'), command), locale, archive: str(p, 'archive') };
    }
    case 'import-annotations': {
      const p = parseCommand(command, args, { ...JSON_FLAG, ...ARCHIVE });
      if (p === 'help') return 'help';
      const [file = ''] = positionalCount(p, command, 1, 1, 'a W3C Web Annotation file (.jsonld or .json)');
      return { name: command, file, json: bool(p, 'json'), archive: str(p, 'archive') };
    }
  }
}
