import { describe, expect, it } from 'vitest';
import { parseCommandLine, parsePartSpec } from './command-args.js';
import { UsageError } from './usage-error.js';

function usageErrorOf(argv: string[]): UsageError {
  try {
    parseCommandLine(argv);
  } catch (e) {
    if (e instanceof UsageError) return e;
    throw e;
  }
  throw new Error(`no usage error for ${argv.join(' ')}`);
}

describe('parseCommandLine', () => {
  it('parses annotate with repeated --tag, --part and defaults', () => {
    expect(
      parseCommandLine(['annotate', 'ah-1', '--quote', 'Xinjiang', '--part', 'answer:3', '--tag', 'A', '--tag', 'B', '--note', 'n']),
    ).toEqual({
      name: 'annotate',
      id: 'ah-1',
      quote: 'Xinjiang',
      part: { type: 'answer', number: 3 },
      note: 'n',
      tags: ['A', 'B'],
      color: 'yellow',
      json: false,
      archive: undefined,
    });
  });

  it('joins the words of a search query and reads --limit as a number', () => {
    expect(parseCommandLine(['search', 'minister:Blok', 'Oeigoeren', '--limit', '5', '--json'])).toEqual({
      name: 'search',
      query: 'minister:Blok Oeigoeren',
      json: true,
      limit: 5,
      archive: undefined,
    });
  });

  it('reads the three forms of briefing, the format from --out in any case, and briefings list', () => {
    const common = { subtitle: '', author: '', locale: 'nl', archive: undefined, force: false };
    expect(parseCommandLine(['briefing', '--id', 'b-1', '--out', 'x/Notitie.PDF'])).toEqual({
      name: 'briefing', source: { kind: 'saved', id: 'b-1' }, out: 'x/Notitie.PDF', format: 'pdf', title: '', ...common,
    });
    expect(parseCommandLine(['briefing', '--theme', ' Migratie ', '--title', 'T', '--out', 'm.docx', '--group', 'document', '--locale', 'en'])).toEqual({
      name: 'briefing', source: { kind: 'theme', theme: 'Migratie', groupBy: 'document' }, out: 'm.docx', format: 'docx', title: 'T', ...common, locale: 'en',
    });
    expect(parseCommandLine(['briefing', '--theme', 'Migratie', '--title', 'T', '--out', 'm.pdf'])).toMatchObject({ source: { groupBy: 'subtheme' } });
    expect(parseCommandLine(['briefing', 'ah-1', 'ah-2', '--title', 'T', '--out', 'b.pdf', '--author', 'A'])).toEqual({
      name: 'briefing', source: { kind: 'documents', ids: ['ah-1', 'ah-2'] }, out: 'b.pdf', format: 'pdf', title: 'T', ...common, author: 'A',
    });
    expect(parseCommandLine(['briefing', '--id', 'b-1', '--out', 'b.pdf', '--force'])).toMatchObject({ force: true });
    expect(parseCommandLine(['export-annotations', '--out', 'a.csv', '--force'])).toMatchObject({ name: 'export-annotations', format: 'csv', force: true });
    expect(parseCommandLine(['export-annotations', '--out', 'a.csv'])).toMatchObject({ force: false });
    expect(parseCommandLine(['briefings', 'list', '--json'])).toEqual({ name: 'briefings', action: 'list', json: true, archive: undefined });
  });

  it('treats no arguments, help and --help as the help command', () => {
    expect(parseCommandLine([])).toEqual({ name: 'help' });
    expect(parseCommandLine(['--help'])).toEqual({ name: 'help' });
    expect(parseCommandLine(['list', '-h'])).toEqual({ name: 'help' });
  });

  it.each([
    [['frobnicate'], /Unknown command "frobnicate"/],
    [['list', '--bogus'], /Unknown option --bogus for "vraagbaak list"/],
    [['parse'], /needs at least one file/],
    [['show'], /needs a document id/],
    [['show', 'a', 'b'], /Unexpected argument "b"/],
    [['annotate', 'x'], /needs --quote/],
    [['annotate', 'x', '--quote'], /Option --quote needs a value/],
    [['annotate', 'x', '--quote', 'q', '--color', 'purple'], /--color must be one of/],
    [['annotate', 'x', '--quote', 'q', '--part', 'answer'], /--part must be/],
    [['briefing', 'x', '--title', 'T'], /needs --out/],
    [['briefing', 'x', '--title', 'T', '--out', 'b.odt'], /--out must name a \.pdf or \.docx file, not "b\.odt"/],
    [['briefing', '--id', 'b', 'x', '--out', 'b.pdf'], /Unexpected argument "x"/],
    [['briefing', '--id', 'b', '--locale', 'en', '--out', 'b.pdf'], /--locale cannot be used with --id/],
    [['briefings'], /needs an action: list/],
    [['briefings', 'delete'], /Unknown action "delete"/],
    [['search', 'q', '--limit', 'ten'], /--limit must be a whole number/],
    [['serve', '--port', '70000'], /--port must be a whole number/],
  ])('rejects %j as a usage error', (argv, message) => {
    expect(usageErrorOf(argv).message).toMatch(message);
  });

  it('names the command whose usage line to print', () => {
    expect(usageErrorOf(['search']).command).toBe('search');
    expect(usageErrorOf(['nope']).command).toBeNull();
  });
});

describe('parsePartSpec', () => {
  it('accepts numbered parts and a bare title', () => {
    expect(parsePartSpec('question:2')).toEqual({ type: 'question', number: 2 });
    expect(parsePartSpec('footnote:10')).toEqual({ type: 'footnote', number: 10 });
    expect(parsePartSpec('title')).toEqual({ type: 'title', number: null });
  });

  it('rejects a title with a number', () => {
    expect(() => parsePartSpec('title:1')).toThrow(UsageError);
  });
});
