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
