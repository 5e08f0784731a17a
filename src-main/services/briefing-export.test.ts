import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { expectInOrder } from '../core/test-in-order.js';
import { createChromiumPrinter } from '../pdf/chromium-printer.js';
import { pdfFileText } from '../pdf/test-pdf-tools.js';
import { useTempArchives } from './test-archives.js';
import { failure } from './test-errors.js';
import { openBriefingArchive, type BriefingArchive } from './test-briefing-archive.js';

const temp = useTempArchives('vraagbaak-briefing-export-');
// Chromium prints twice per PDF (draft for the page numbers, then the real one); generous for a loaded machine
const PRINTS = 120_000;

/** A saved briefing: a heading, the analyst's text, the "Buitenland" theme by sub-theme, one Q&A pair. */
async function composedBriefing(a: BriefingArchive) {
  const { v, tags, docs } = a;
  const b = await v.briefings.create({ title: 'VN en de BRICS-top', subtitle: 'Wat het kabinet zei', author: 'Team Analyse', locale: 'nl' });
  await v.briefings.update({ id: b.id, classification: 'Intern', date: '2024-12-05' });
  await v.briefings.addItems({ briefingId: b.id, items: [{ type: 'text', text: 'Het kabinet is **kritisch** over het bezoek.' }] });
  await v.briefings.addTheme({ briefingId: b.id, tagId: tags.buitenland.id, groupBy: 'subtheme' });
  await v.briefings.addItems({
    briefingId: b.id,
    items: [
      { type: 'heading', text: 'Het Kamerlid vroeg', level: 1 },
      { type: 'qa', documentId: docs.boswijk.id, questionNumber: 7 },
    ],
  });
  return b;
}

/** pdftotext of `bytes`, whitespace collapsed. */
async function pdfText(a: BriefingArchive, bytes: Uint8Array): Promise<string> {
  const file = join(a.dir, 'out.pdf');
  await writeFile(file, bytes);
  return pdfFileText(file);
}

describe('briefing export', () => {
  it('prints a saved briefing as PDF: headings, text and excerpts in order; a deleted excerpt is left out and reported', { timeout: PRINTS }, async () => {
    const a = await openBriefingArchive(temp, createChromiumPrinter());
    const b = await composedBriefing(a);
    await a.v.annotations.delete(a.docs.boswijk.id, a.excerpts.poetin.id);

    const file = await a.v.briefings.export(b.id, 'pdf');
    expect(file.fileName).toBe('vn-en-de-brics-top.pdf');
    expect(file.format).toBe('pdf');
    expect(Buffer.from(file.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const rusland = (await a.v.briefings.get(b.id)).briefing.items.find((i) => i.type === 'annotation' && i.annotationId === a.excerpts.poetin.id);
    expect(file.omitted).toEqual([{ itemId: rusland?.id, reason: 'annotation-deleted', label: expect.stringContaining('Ontegenzeggelijk heeft president Poetin') as unknown }]);

    const text = await pdfText(a, file.bytes);
    expect(text).toContain('Intern');
    expectInOrder(text, [
      'VN en de BRICS-top',
      'Het kabinet is kritisch over het bezoek.',
      'Buitenland',
      'De jaarlijkse top',
      'Vaste BRICS-top, geen uitzondering.',
      'Verenigde Naties',
      'In 2013 heeft de toenmalige Secretaris-Generaal',
      'Het Kamerlid vroeg',
      'Ja. Zie ook het antwoord op vraag 1 en 3.',
    ]);
    expect(text).not.toContain('Ontegenzeggelijk heeft president Poetin');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(a.dir, 'out.pdf')], { encoding: 'utf8' }))?.[1]);
    expect(file.pageCount).toBe(pages);
    expect(text).toContain(`pagina 1 van ${String(pages)}`);
  });

  it('writes the same briefing as Word, read back with mammoth', async () => {
    const a = await openBriefingArchive(temp);
    const b = await composedBriefing(a);
    const file = await a.v.briefings.export(b.id, 'docx');
    expect(file).toMatchObject({ fileName: 'vn-en-de-brics-top.docx', format: 'docx', omitted: [], pageCount: null });
    expect(Buffer.from(file.bytes.subarray(0, 2)).toString('latin1')).toBe('PK');
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(file.bytes) });
    expectInOrder(value.replace(/\s+/g, ' '), [
      'VN en de BRICS-top',
      'Het kabinet is kritisch over het bezoek.',
      'De jaarlijkse top',
      'Ontegenzeggelijk heeft president Poetin',
      'In 2013 heeft de toenmalige Secretaris-Generaal',
      'Het Kamerlid vroeg',
    ]);
  });

  it('refuses an empty briefing, and one whose every source was deleted', async () => {
    const a = await openBriefingArchive(temp);
    const empty = await a.v.briefings.create({ title: 'Leeg', locale: 'nl' });
    expect(await failure(a.v.briefings.export(empty.id, 'pdf'))).toMatchObject({ code: 'invalid-input', reason: 'briefing-empty', omitted: 0, title: 'Leeg' });
    const gone = await a.v.briefings.create({ title: 'Weg', locale: 'nl' });
    await a.v.briefings.addItems({ briefingId: gone.id, items: [{ type: 'annotation', documentId: a.docs.elAbassi.id, annotationId: a.excerpts.avg.id }] });
    await a.v.annotations.delete(a.docs.elAbassi.id, a.excerpts.avg.id);
    expect(await failure(a.v.briefings.export(gone.id, 'docx'))).toMatchObject({ code: 'invalid-input', reason: 'briefing-empty', omitted: 1 });
    expect(await failure(a.v.briefings.export('nope', 'docx'))).toMatchObject({ code: 'not-found', reason: 'briefing-missing' });
  });

  it('previews the HTML the PDF is printed from, without embedded fonts or scripts', async () => {
    const a = await openBriefingArchive(temp);
    const b = await composedBriefing(a);
    const { html } = await a.v.briefings.preview(b.id);
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('VN en de BRICS-top');
    expect(html).toContain('In 2013 heeft de toenmalige Secretaris-Generaal');
    expect(html).not.toContain('@font-face');
    expect(html).not.toMatch(/<script/i);
    const empty = await a.v.briefings.create({ title: 'Nog leeg', locale: 'en' });
    expect((await a.v.briefings.preview(empty.id)).html).toContain('Nog leeg');
  });

  it('exports a one-shot briefing of a theme as Word without saving it', async () => {
    const a = await openBriefingArchive(temp);
    const briefing = await a.v.briefings.themeBriefing({ title: 'Rechtsstaat in antwoorden', locale: 'en' }, 'rechtsstaat', 'document');
    const file = await a.v.briefings.exportBriefing(briefing, 'docx');
    expect(file.fileName).toBe('rechtsstaat-in-antwoorden.docx');
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(file.bytes) });
    expectInOrder(value.replace(/\s+/g, ' '), ['Rechtsstaat in antwoorden', 'Vanzelfsprekend neem ik uw Kamer serieus', 'Op grond van artikel 15']);
    expect(a.v.archive.workspace.briefings).toEqual([]);
  });
});
