/**
 * The vertical slice through the browser shell on a fresh, empty archive: import the founding
 * document through the UI, read it, highlight a phrase with a note and a tag, find it again after
 * a reload, filter the library by the tag, search, and put the document in a new briefing whose
 * PDF export is read back with pdftotext. Saves the README screenshots to docs/screenshots/.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, repoRoot, test } from './fixtures.js';
import { addToBriefing, ComposerPage } from './pages/composer-page.js';
import { LibraryPage } from './pages/library-page.js';
import { ReaderPage } from './pages/reader-page.js';

const SEED = path.resolve(repoRoot, '../shared/seed/000_c9bbddca1680c246.txt');
const OTHER = path.resolve(repoRoot, '../shared/corpus/nl-text/kvl-r03-Antwoord_op_vragen_van_het_lid_Boswijk_o.pdf.txt');
const SCREENSHOTS = path.join(repoRoot, 'docs', 'screenshots');

const QUESTION_5 =
  'Bent u bereid om nauwe samenwerking te zoeken met de nieuwe Amerikaanse regering om gezamenlijk op te trekken ' +
  'richting China met betrekking tot de situatie van de Oeigoeren? Zo ja, op welke wijze?';
const PHRASE = 'grootschalige mensenrechtenschendingen';
const NOTE = 'Het kabinet noemt het geen genocide, maar wel grootschalige schendingen.';
const TAG = 'Mensenrechten';
const BRIEFING_TITLE = 'Oeigoeren en mensenrechten';

/** pdftotext output with all whitespace runs as single spaces (lines wrap anywhere in a PDF). */
function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

test('import, read, highlight, tag, filter, search and export a briefing', async ({ page, shell }, testInfo) => {
  test.setTimeout(180_000); // printing the briefing launches Chromium in the shell: 15–30 s here
  await page.setViewportSize({ width: 1440, height: 900 });
  mkdirSync(SCREENSHOTS, { recursive: true });
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  const composer = new ComposerPage(page);

  await library.goto(shell.url);
  await expect(library.documentList).toContainText('Het archief is nog leeg');

  await test.step('import through the file input', async () => {
    await library.importFiles([SEED, OTHER]);
    await expect(library.importResult).toContainText('Geïmporteerd: 2');
    await expect(library.importFailures).toHaveCount(0);
    await expect(library.documents).toHaveCount(2);
    await library.closeImportResult();
  });

  await test.step('read the seed as question → answer pairs', async () => {
    await library.openDocument(/minister Blok/);
    await expect(reader.part('question:4')).toHaveText(QUESTION_5);
    const headings = await reader.article.getByRole('heading', { level: 3 }).allTextContents();
    const q3 = headings.indexOf('Vraag 3');
    expect(headings.slice(q3, q3 + 4)).toEqual(['Vraag 3', 'Vraag 4', 'Antwoord op vragen 3–4', 'Vraag 5']);
    await expect(reader.article.getByRole('link', { name: 'voetnoot 1' })).toBeVisible();
    await expect(reader.article.getByRole('link', { name: 'zie vraag 8' })).toBeVisible();
  });

  await test.step('highlight a phrase in answer 8 with a note and a new tag', async () => {
    const answer8 = reader.partContaining('answer', PHRASE);
    await reader.startHighlight(answer8, PHRASE);
    await reader.saveAnnotation({ note: NOTE, tags: [TAG], color: 'Groen' });
    await expect(reader.highlights(PHRASE)).toHaveText(PHRASE);
    await expect(reader.annotation(PHRASE)).toContainText(NOTE);
    await expect(reader.annotation(PHRASE)).toContainText(TAG);
    await reader.annotation(PHRASE).getByRole('button', { name: /^Ga naar markering/ }).click();
    await expect(reader.highlights(PHRASE)).toBeInViewport();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'reader.png') });
  });

  await test.step('the annotation survives a reload', async () => {
    await page.reload();
    await expect(reader.highlights(PHRASE)).toHaveText(PHRASE);
    await expect(reader.annotation(PHRASE)).toContainText(NOTE);
    await expect(reader.annotation(PHRASE)).toContainText(TAG);
  });

  await test.step('filter the library by the tag', async () => {
    await library.filterByTag(TAG);
    await expect(library.documents).toHaveCount(1);
    await expect(library.document(/minister Blok/)).toBeVisible();
    await library.filterByTag("Alle thema's");
    await expect(library.documents).toHaveCount(2);
  });

  await test.step('search finds the answer and the note', async () => {
    await library.search('mensenrechtenschending');
    await expect(library.searchResults.getByRole('option', { name: /Antwoord 8/ }).first()).toBeVisible();
    await expect(library.searchResults.locator('mark').first()).toBeVisible();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'library.png') });
  });

  await test.step('add the document to a new briefing, export it and read the PDF back', async () => {
    const toast = await addToBriefing(page, page.getByRole('button', { name: 'Document aan briefing toevoegen', exact: true }), { newTitle: BRIEFING_TITLE });
    await expect(toast).toContainText(`Toegevoegd aan „${BRIEFING_TITLE}”.`);
    await toast.getByRole('button', { name: 'Openen' }).click();
    await expect(composer.titleField).toHaveValue(BRIEFING_TITLE);
    await expect(composer.item(/^Document 1 van 1: /)).toContainText(/minister Blok/);
    const download = await composer.export('pdf');
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const pdf = testInfo.outputPath('briefing.pdf');
    await download.saveAs(pdf);
    const text = pdfText(pdf);
    expect(text).toContain(BRIEFING_TITLE);
    expect(text).toContain(NOTE);
    expect(text).toContain(TAG);
    expect(text).toContain(PHRASE);

    // README pictures: the title page, and the page where the highlight and its note are printed
    const pageCount = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? '0');
    const pageText = (n: number) => execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const highlightPage = Array.from({ length: pageCount }, (_, i) => i + 1).find((n) => pageText(n).includes(PHRASE));
    expect(highlightPage, 'a page prints the highlighted phrase').toBeDefined();
    for (const [n, name] of [[1, 'briefing-page1'], [highlightPage ?? 1, 'briefing-highlight']] as const) {
      const prefix = testInfo.outputPath(name);
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(n), '-l', String(n), '-singlefile', pdf, prefix]);
      copyFileSync(`${prefix}.png`, path.join(SCREENSHOTS, `${name}.png`));
    }
  });
});
