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
  briefings: 'vraagbaak briefings list [--json] [--archive DIR]',
  briefing: [
    'vraagbaak briefing --id <briefing id> --out <file.pdf|file.docx> [--archive DIR]',
    'vraagbaak briefing --theme <name> --title <text> --out <file.pdf|file.docx> [--group subtheme|document|date] [--subtitle <text>] [--author <name>] [--locale nl|en] [--archive DIR]',
    'vraagbaak briefing <document id>... --title <text> --out <file.pdf|file.docx> [--subtitle <text>] [--author <name>] [--locale nl|en] [--archive DIR]',
  ],
  serve: 'vraagbaak serve [--port N] [--sample] [--archive DIR]',
};

const DESCRIPTIONS: Readonly<Record<string, string>> = {
  parse: 'parse files without importing; --json prints a JSON array of documents',
  import: 'import files (folders recursively); progress on stderr, then a summary line',
  list: 'list the documents in the archive',
  show: 'show one document as questions and answers',
  search: 'search questions, answers, footnotes, notes and tags',
  annotate: 'highlight a quote in a document, with an optional note, tags and colour',
  briefings: 'list the saved briefings (most recently changed first); --json prints a JSON array',
  briefing:
    'export a saved briefing, every excerpt of a theme, or whole documents with their annotations, as PDF or Word (by the --out extension)',
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
