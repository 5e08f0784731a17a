/**
 * The CLI's usage text (DESIGN §6), one line per command; printed by `--help` and, for the
 * command concerned, after every usage error.
 */

/** One usage line per command, in the order `--help` lists them. */
export const COMMAND_USAGE: Readonly<Record<string, string>> = {
  parse: 'vraagbaak parse <file>... [--json]',
  import: 'vraagbaak import <file|folder>... [--json] [--archive DIR]',
  list: 'vraagbaak list [--json] [--archive DIR]',
  show: 'vraagbaak show <id> [--json] [--archive DIR]',
  search: 'vraagbaak search <query> [--json] [--limit N] [--archive DIR]',
  annotate:
    'vraagbaak annotate <id> --quote <text> [--part answer:3] [--note <text>] [--tag <name>]... [--color <c>] [--json] [--archive DIR]',
  briefing:
    'vraagbaak briefing <id>... --title <text> --out <file.pdf> [--subtitle <text>] [--author <name>] [--locale nl|en] [--archive DIR]',
  serve: 'vraagbaak serve [--port N] [--sample] [--archive DIR]',
};

const DESCRIPTIONS: Readonly<Record<string, string>> = {
  parse: 'parse files without importing; --json prints a JSON array of documents',
  import: 'import files (folders recursively); progress on stderr, then a summary line',
  list: 'list the documents in the archive',
  show: 'show one document as questions and answers',
  search: 'search questions, answers, footnotes, notes and tags',
  annotate: 'highlight a quote in a document, with an optional note, tags and colour',
  briefing: 'export the documents with their annotations, notes and tags as a PDF',
  serve: 'start the browser shell on 127.0.0.1 and print its URL (with its token)',
};

/** The full help text. @param defaultArchive the per-user default folder, shown for --archive */
export function fullUsage(defaultArchive: string): string {
  const lines = ['Usage: vraagbaak <command> [arguments] [options]', '', 'Commands:'];
  for (const [name, line] of Object.entries(COMMAND_USAGE)) lines.push(`  ${line}`, `      ${DESCRIPTIONS[name] ?? ''}`);
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
    'Colours: yellow, green, blue, pink, orange.',
    'Exit codes: 0 done, 1 the work failed (a bad file, an unknown id), 2 usage error.',
    '',
  );
  return lines.join('\n');
}

/** `Usage: <line>` for one command, or the short general line. */
export function usageLine(command: string | null): string {
  const line = command === null ? undefined : COMMAND_USAGE[command];
  return line ? `Usage: ${line}` : 'Usage: vraagbaak <command> [arguments] [options]   (vraagbaak --help lists the commands)';
}
