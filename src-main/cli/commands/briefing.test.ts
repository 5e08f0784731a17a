/**
 * `vraagbaak briefing` and `vraagbaak briefings list`, run in-process through runCli on a temp
 * archive with real corpus answers and excerpts: each form, PDF (read back with pdftotext) and
 * Word (read back with mammoth), and the bad input of issue 9 item 7.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { BriefingSummary } from '../../core/api/types.js';
import { expectInOrder } from '../../core/test-in-order.js';
import { pdfFileText } from '../../pdf/test-pdf-tools.js';
import { useTempArchives } from '../../services/test-archives.js';
import { openBriefingArchive, type BriefingArchive } from '../../services/test-briefing-archive.js';
import { cliInProcess } from '../test-cli-in-process.js';

const temp = useTempArchives('vraagbaak-cli-briefing-');
// a PDF is printed twice by Chromium; generous for a loaded machine
const PRINTS = 120_000;

const cli = cliInProcess;

/**
 * The briefing archive (closed again, so the CLI can open it) with two saved briefings:
 * "VN en de BRICS-top" (text, the Buitenland theme, a Q&A pair; the Poetin excerpt then deleted)
 * and "Leeg" (no items). `out` is an empty folder for the exports.
 */
async function prepared(): Promise<{ a: BriefingArchive; saved: string; empty: string; out: string }> {
  const a = await openBriefingArchive(temp);
  const b = await a.v.briefings.create({ title: 'VN en de BRICS-top', locale: 'nl' });
  await a.v.briefings.addItems({ briefingId: b.id, items: [{ type: 'text', text: 'Het kabinet is **kritisch**.' }] });
  await a.v.briefings.addTheme({ briefingId: b.id, tagId: a.tags.buitenland.id, groupBy: 'subtheme' });
  await a.v.briefings.addItems({ briefingId: b.id, items: [{ type: 'qa', documentId: a.docs.boswijk.id, questionNumber: 7 }] });
  await a.v.annotations.delete(a.docs.boswijk.id, a.excerpts.poetin.id);
  const empty = await a.v.briefings.create({ title: 'Leeg', locale: 'nl' });
  await a.v.close();
  const out = await temp.tempDir();
  return { a, saved: b.id, empty: empty.id, out };
}

const docxText = async (file: string): Promise<string> => (await mammoth.extractRawText({ buffer: await readFile(file) })).value.replace(/\s+/g, ' ');

describe('vraagbaak briefings list', () => {
  it('lists the saved briefings as lines and as JSON, most recently changed first, with deleted sources counted', async () => {
    const { a, saved, empty, out } = await prepared();
    const json = await cli(['briefings', 'list', '--json', '--archive', a.dir], out);
    expect(json.code, json.stderr).toBe(0);
    const summaries = JSON.parse(json.stdout) as BriefingSummary[];
    expect(summaries.map((s) => [s.id, s.title, s.itemCount, s.missingCount])).toEqual([
      [empty, 'Leeg', 0, 0],
      [saved, 'VN en de BRICS-top', 8, 1],
    ]);
    const lines = await cli(['briefings', 'list', '--archive', a.dir], out);
    expect(lines.stdout.split('\n')[1]).toMatch(new RegExp(`^${saved}  \\d{4}-\\d{2}-\\d{2}  VN en de BRICS-top  \\[8 items, 1 with a deleted source\\]$`));
    expect((await cli(['briefings', 'show', '--archive', a.dir], out)).code).toBe(2);
  });
});

describe('vraagbaak briefing', () => {
  it('exports a saved briefing by --id as PDF and as Word (by the extension, any case), reporting the left-out excerpt', { timeout: PRINTS }, async () => {
    const { a, saved, out } = await prepared();
    const pdf = await cli(['briefing', '--id', saved, '--out', 'vn.PDF', '--archive', a.dir], out);
    expect(pdf.code, pdf.stderr).toBe(0);
    expect(pdf.stdout).toMatch(/^Wrote briefing "VN en de BRICS-top" \(PDF, \d+ pages?, 7 items, \d+ bytes\) to vn\.PDF\n$/);
    expect(pdf.stderr).toContain('Left out 1 item whose source was deleted:\n  - ');
    expect(pdf.stderr).toContain('Ontegenzeggelijk heeft president Poetin');
    expect(pdf.stderr).toContain('(the annotation was deleted)');
    const text = pdfFileText(path.join(out, 'vn.PDF'));
    expectInOrder(text, ['VN en de BRICS-top', 'Het kabinet is kritisch.', 'De jaarlijkse top', 'In 2013 heeft de toenmalige Secretaris-Generaal', 'Ja. Zie ook het antwoord op vraag 1 en 3.']);
    expect(text).not.toContain('Ontegenzeggelijk heeft president Poetin');

    const word = await cli(['briefing', '--id', saved, '--out', 'vn.docx', '--archive', a.dir], out);
    expect(word.code, word.stderr).toBe(0);
    expect(word.stdout).toMatch(/^Wrote briefing "VN en de BRICS-top" \(Word, 7 items, \d+ bytes\) to vn\.docx\n$/);
    expectInOrder(await docxText(path.join(out, 'vn.docx')), ['VN en de BRICS-top', 'De jaarlijkse top', 'In 2013 heeft de toenmalige Secretaris-Generaal']);
    expect((await readdir(out)).sort()).toEqual(['vn.PDF', 'vn.docx']);
  });

  it('exports every excerpt of a theme (--theme, --group, --locale) without saving a briefing', async () => {
    const { a, out } = await prepared();
    const run = await cli(['briefing', '--theme', 'rechtsstaat', '--title', 'Rule of law', '--group', 'date', '--locale', 'en', '--out', 'r.docx', '--archive', a.dir], out);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/\(Word, 5 items, \d+ bytes\) to r\.docx/);
    expectInOrder(await docxText(path.join(out, 'r.docx')), [
      'Rule of law',
      '14 November 2024',
      'Vanzelfsprekend neem ik uw Kamer serieus',
      '18 November 2024',
      'Op grond van artikel 15',
    ]);
    const list = await cli(['briefings', 'list', '--json', '--archive', a.dir], out);
    expect((JSON.parse(list.stdout) as unknown[]).length).toBe(2);
  });

  it('keeps the original form: document ids with --title, now also as Word', async () => {
    const { a, out } = await prepared();
    const run = await cli(['briefing', a.docs.vanNispen.id, a.docs.elAbassi.id, '--title', 'Twee antwoorden', '--out', 'twee.docx', '--archive', a.dir], out);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/\(Word, 2 items, \d+ bytes\)/);
    expectInOrder(await docxText(path.join(out, 'twee.docx')), ['Twee antwoorden', 'Vanzelfsprekend neem ik uw Kamer serieus', 'Op grond van artikel 15']);
  });

  it.each([
    [['--id', 'x', '--out', 'b.txt'], /Option --out must name a \.pdf or \.docx file, not "b\.txt"\./],
    [['--id', 'x', '--out', 'b'], /Option --out must name a \.pdf or \.docx file/],
    [['--id', 'x', 'ah-tk-1', '--out', 'b.pdf'], /Unexpected argument "ah-tk-1": --id exports a saved briefing/],
    [['--id', 'x', '--title', 'T', '--out', 'b.pdf'], /Option --title cannot be used with --id/],
    [['--id', 'x', '--theme', 'Y', '--out', 'b.pdf'], /Options --id and --theme cannot be used together/],
    [['--theme', 'Y', 'ah-tk-1', '--title', 'T', '--out', 'b.pdf'], /Unexpected argument "ah-tk-1": --theme/],
    [['--theme', 'Y', '--out', 'b.pdf'], /needs --title/],
    [['--theme', 'Y', '--title', 'T', '--group', 'week', '--out', 'b.pdf'], /--group must be subtheme, document, date, not "week"/],
    [['ah-tk-1', '--title', 'T', '--group', 'date', '--out', 'b.pdf'], /--group can only be used with --theme/],
    [['--title', 'T', '--out', 'b.pdf'], /needs at least one document id, --id <briefing id> or --theme <name>/],
    [['--id', 'x'], /needs --out/],
  ])('is a usage error (exit 2) naming the argument: %j', async (args, message) => {
    const dir = await temp.tempDir();
    const run = await cli(['briefing', ...args], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain('Usage: vraagbaak briefing --id <briefing id> --out <file.pdf|file.docx>');
    expect(run.stderr).toContain('vraagbaak briefing <document id>... --title <text>');
    expect(await readdir(dir)).toEqual([]);
  });

  it('fails (exit 1) in one sentence and writes nothing: missing folder, folder as file, empty briefing, unknown id or theme', async () => {
    const { a, saved, empty, out } = await prepared();
    const missing = await cli(['briefing', '--id', saved, '--out', path.join('nergens', 'b.pdf'), '--archive', a.dir], out);
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr).toBe(`Cannot write the briefing to ${path.join('nergens', 'b.pdf')} (option --out): the folder ${path.join(out, 'nergens')} does not exist.\n`);

    await mkdir(path.join(out, 'b.docx'));
    const folder = await cli(['briefing', '--id', saved, '--out', 'b.docx', '--archive', a.dir], out);
    expect(folder.code).toBe(1);
    expect(folder.stderr).toBe('Cannot write the briefing to b.docx (option --out): that is a folder, not a file.\n');

    const nothing = await cli(['briefing', '--id', empty, '--out', 'leeg.pdf', '--archive', a.dir], out);
    expect(nothing.code).toBe(1);
    expect(nothing.stderr).toBe('The briefing "Leeg" is empty: add items before exporting it.\n');

    const unknown = await cli(['briefing', '--id', 'bestaat-niet', '--out', 'x.docx', '--archive', a.dir], out);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe('There is no briefing with id "bestaat-niet".\n');
    const theme = await cli(['briefing', '--theme', 'Landbouw', '--title', 'T', '--out', 'x.docx', '--archive', a.dir], out);
    expect(theme.code).toBe(1);
    expect(theme.stderr).toBe('There is no theme called "Landbouw".\n');

    expect(await readdir(out)).toEqual(['b.docx']);
    expect(await readdir(path.join(out, 'b.docx'))).toEqual([]);
    expect(existsSync(path.join(a.dir, '.lock'))).toBe(false);
  });
});
