/**
 * The CLI's usage text (DESIGN §6), one line per command; printed by `--help` and, for the
 * command concerned, after every usage error.
 */

/** The usage line(s) of each command (one per form), in the order `--help` lists them. */
export const COMMAND_USAGE: Readonly<Record<string, string | readonly string[]>> = {
  parse: 'vraagbaak parse <file>... [--json]',
  import: 'vraagbaak import <file|folder>... [--json] [--archive DIR]',
  list: 'vraagbaak list [--json] [--archive DIR]',
  show: 'vraagbaak show <id> [--json] [--archive DIR]',
  search: 'vraagbaak search <query> [--json] [--limit N] [--archive DIR]',
  annotate:
    'vraagbaak annotate <id> --quote <text> [--part answer:3] [--note <text>] [--tag <name>]... [--color <c>] [--json] [--archive DIR]',
  annotations: 'vraagbaak annotations [--json] [--tag <name>] [--query <text>] [--archive DIR]',
  'export-annotations': 'vraagbaak export-annotations --format w3c|csv --out <file> [--force] [--tag <name>] [--locale nl|en] [--archive DIR]',
  'import-annotations': 'vraagbaak import-annotations <file.jsonld> [--json] [--archive DIR]',
  briefings: 'vraagbaak briefings list [--json] [--archive DIR]',
  briefing: [
    'vraagbaak briefing --id <briefing id> --out <file.pdf|file.docx> [--force] [--archive DIR]',
    'vraagbaak briefing --theme <name> --title <text> --out <file.pdf|file.docx> [--force] [--group subtheme|document|date] [--subtitle <text>] [--author <name>] [--locale nl|en] [--archive DIR]',
    'vraagbaak briefing <document id>... --title <text> --out <file.pdf|file.docx> [--force] [--subtitle <text>] [--author <name>] [--locale nl|en] [--archive DIR]',
  ],
  tags: 'vraagbaak tags [--json] [--archive DIR]',
  tag: [
    'vraagbaak tag rename <name> <new name> [--json] [--archive DIR]',
    'vraagbaak tag merge <source name> <target name> [--json] [--archive DIR]',
    'vraagbaak tag delete <name> [--move-to-parent] [--json] [--archive DIR]',
  ],
  delete: 'vraagbaak delete <id>... [--json] [--archive DIR]',
  repair: 'vraagbaak repair <id>... [--json] [--archive DIR]',
  trash: [
    'vraagbaak trash [--json] [--archive DIR]',
    'vraagbaak trash --restore <id>... [--json] [--archive DIR]',
    'vraagbaak trash --empty [<id>...] [--json] [--archive DIR]',
  ],
  review: 'vraagbaak review [--json] [--archive DIR]',
  'restore-backup': 'vraagbaak restore-backup [--json] [--archive DIR]',
  serve: 'vraagbaak serve [--port N] [--sample] [--archive DIR]',
};

const DESCRIPTIONS: Readonly<Record<string, string>> = {
  parse: 'parse files without importing; --json prints a JSON array of documents',
  import: 'import files (folders recursively); progress on stderr, then a summary line',
  list: 'list the documents in the archive',
  show: 'show one document as questions and answers',
  search: 'search questions, answers, footnotes, notes and tags',
  annotate: 'highlight a quote in a document, with an optional note, tags and colour',
  annotations:
    'list every annotation: quote, themes, colour, document and part, note; --tag keeps a theme and its sub-themes, --query text in the quote or note',
  'export-annotations':
    'export every annotation (or a theme with its sub-themes) as W3C Web Annotations (JSON-LD) or CSV (UTF-8 with BOM; ";" between fields for nl, "," for en); an existing --out file is kept unless --force',
  'import-annotations':
    'import W3C Web Annotations: each is re-anchored in its document (found by id or official identifier); duplicates are skipped; exit 1 if any could not be placed (listed on stderr; the others are kept)',
  briefings: 'list the saved briefings (most recently changed first); --json prints a JSON array',
  briefing:
    'export a saved briefing, every excerpt of a theme, or whole documents with their annotations, as PDF or Word (by the --out extension); an existing --out file is kept unless --force, and never inside the archive folder',
  tags: 'list the themes as a tree, with the documents and annotations carrying each (and with sub-themes)',
  tag:
    'rename, merge (the source goes, its annotations and sub-themes move to the target) or delete a theme; delete takes it off annotations, or with --move-to-parent puts its parent there',
  delete: 'move documents to the trash with their annotations, original and themes (vraagbaak trash --restore puts them back)',
  repair: 'rewrite damaged document files (list marks them) by parsing their originals again; annotations and themes stay',
  trash:
    'list the deleted documents (most recent first); --restore puts them back with their annotations and themes; --empty removes them (all, or the ids given) for good',
  'restore-backup':
    'when the archive opens read-only because a file is damaged: move each damaged file aside (into damaged/, never deleted) and put its newest good backup in its place',
  review:
    'list the annotations a re-import of a changed document moved (relocated) or lost (orphaned), with the text before and now; decide them in the app',
  serve: 'start the browser shell on 127.0.0.1 and print its URL (with its token)',
};

/** The full help text. @param defaultArchive the per-user default folder, shown for --archive */
export function fullUsage(defaultArchive: string): string {
  const lines = ['Usage: vraagbaak <command> [arguments] [options]', '', 'Commands:'];
  for (const [name, usage] of Object.entries(COMMAND_USAGE)) {
    for (const line of typeof usage === 'string' ? [usage] : usage) lines.push(`  ${line}`);
    lines.push(`      ${DESCRIPTIONS[name] ?? ''}`);
  }
  lines.push(
    '',
    'Options:',
    '  --archive DIR   the archive folder; default $VRAAGBAAK_ARCHIVE, else',
    `                  ${defaultArchive}`,
    '  --json          print only JSON on stdout',
    '  -h, --help      show this help',
    '  --version       print the version',
    '',
    'Annotate --part: question:N, answer:N (the answer to question N), footnote:N or title.',
    'Briefing --group: subtheme (default), document or date; left-out items are listed on stderr.',
    'Colours: yellow, green, blue, pink, orange.',
    'Theme names: case, spacing and accent encoding do not matter; quote names with spaces.',
    'Exit codes: 0 done, 1 the work failed (a bad file, an unknown id), 2 usage error.',
    '',
  );
  return lines.join('\n');
}

/** `Usage: <line>` for one command (a line per form), or the short general line. */
export function usageLine(command: string | null): string {
  const usage = command === null ? undefined : COMMAND_USAGE[command];
  if (usage === undefined) return 'Usage: vraagbaak <command> [arguments] [options]   (vraagbaak --help lists the commands)';
  return (typeof usage === 'string' ? [usage] : usage).map((line, i) => `${i === 0 ? 'Usage:' : '      '} ${line}`).join('\n');
}
