/**
 * The analyst's briefing journey through the browser shell on a fresh archive: import three real
 * answers, tag excerpts in each with one theme and a note, build a briefing from the theme, add a
 * heading and own text, reorder by keyboard with undo/redo, reload (it is saved), export PDF and
 * Word and read both back (pdftotext page by page for the contents' page numbers, mammoth, and
 * LibreOffice opening the .docx), then delete a source and see the composer and export report it.
 * Regenerates the README pictures of both exports' first pages and of the composer.
 */
import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import mammoth from 'mammoth';
import { expect, repoRoot, test } from './fixtures.js';
import { ComposerPage } from './pages/composer-page.js';
import { LibraryPage } from './pages/library-page.js';
import { ReaderPage } from './pages/reader-page.js';

const CORPUS = path.resolve(repoRoot, '../shared/corpus/nl-text');
const FILES = [
  'kvl-r79-Antwoord_op_vragen_van_de_leden_Paternot.pdf.txt', // 14 Nov 2024, Turkish refugees in Kenya
  'kvl-r03-Antwoord_op_vragen_van_het_lid_Boswijk_o.pdf.txt', // 18 Nov 2024, the UN at the BRICS summit
  'kvl-r55-Antwoord_op_vragen_van_het_lid_Boswijk_o.docx.txt', // 20 Nov 2024, development aid budget
].map((f) => path.join(CORPUS, f));
const SCREENSHOTS = path.join(repoRoot, 'docs', 'screenshots');
/** pdftoppm resolution of the README pictures of export pages (A4 at 60 dpi: 496 × 702 px) */
const PICTURE_DPI = '60';

const THEME = 'Buitenlands beleid';
const TITLE = 'Kabinet over de VN en vluchtelingen';

interface Excerpt {
  document: RegExp;
  phrase: string;
  note: string;
  color: string;
}
/** One excerpt per document, and two in the BRICS answer (date order: Kenia, BRICS 1, BRICS 4–5, Klever). */
const KENIA: Excerpt = { document: /Turkse burgers in Kenia/, phrase: 'Nederland de refoulement een zorgelijke ontwikkeling vindt', note: 'De ambassadeur heeft de uitzetting bij Kenia aangekaart.', color: 'Oranje' };
const BRICS_1: Excerpt = { document: /top van de BRICS-landen/, phrase: 'had het kabinet echter willen zien dat de VN', note: 'Het kabinet wilde de VN in Kazan op een lager niveau.', color: 'Geel' };
const BRICS_45: Excerpt = { document: /top van de BRICS-landen/, phrase: 'Deze richtlijnen voorzien niet in een absoluut contactverbod', note: 'Geen absoluut contactverbod met Poetin.', color: 'Blauw' };
const KLEVER: Excerpt = { document: /minister Klever/, phrase: 'In het voorjaar 2025 maakt het kabinet opnieuw de balans op', note: 'Besluit over het ODA-budget pas in het voorjaar.', color: 'Groen' };

const DOC_KENIA = 'Het kidnappen van Turkse burgers in Kenia';
const DOC_BRICS = 'Het bezoek van de Secretaris-Generaal van de Verenigde Naties aan de top van de BRICS-landen';
const DOC_KLEVER = 'Antwoord van minister Klever (Buitenlandse Handel en Ontwikkelingshulp) en minister van Financiën, 20 november 2024';
const CONCLUSION = 'Conclusie';
const OWN_TEXT = 'Het kabinet kiest **telkens voor stille diplomatie** boven publieke afkeuring.\n\n- VN: liever op een lager niveau\n- Kenia: refoulement aangekaart';
/** the endnote of BRICS answer 4–5 (its footnote 2) */
const FOOTNOTE = 'Zie A/67/828–S/2013/210.';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The accessible name of an item card ("Fragment 3 van 10: …"; the text is cut after 57 characters). */
const card = (type: string, text: string) => new RegExp(`^${type} \\d+ van \\d+: ${escape(text.slice(0, 40))}`);

/**
 * Text of a PDF (all pages, or page `page`) with whitespace runs as single spaces; a line broken
 * after a hyphen ("Secretaris-⏎Generaal") is joined again.
 */
function pdfText(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', ...range, file, '-'], { encoding: 'utf8' });
  return text.replace(/-\n(?=\p{L})/gu, '-').replace(/\s+/g, ' ');
}

function pageCount(file: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? '0');
}

/** Renders pages 1…`pages` of `pdf` as docs/screenshots/<name>-<n>.png (by way of `outDir`). */
function savePictures(pdf: string, name: string, pages: number, outDir: string): void {
  for (let n = 1; n <= pages; n++) {
    const prefix = path.join(outDir, `${name}-${String(n)}`);
    execFileSync('pdftoppm', ['-png', '-r', PICTURE_DPI, '-f', String(n), '-l', String(n), '-singlefile', pdf, prefix]);
    copyFileSync(`${prefix}.png`, path.join(SCREENSHOTS, `${name}-${String(n)}.png`));
  }
}

test('compose a briefing from a theme, edit and reorder it, export PDF and Word', async ({ page, shell }, testInfo) => {
  // Three exports print through Chromium inside the shell (two passes for the contents' page
  // numbers) and LibreOffice converts the .docx: on a busy 2-core machine that takes minutes.
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  mkdirSync(SCREENSHOTS, { recursive: true });
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  const composer = new ComposerPage(page);

  await library.goto(shell.url);

  await test.step('import three answers through the file input', async () => {
    await library.importFiles(FILES);
    await expect(library.importResult).toContainText('Geïmporteerd: 3');
    await expect(library.importFailures).toHaveCount(0);
    await library.closeImportResult();
  });

  await test.step('tag an excerpt in each document with the theme and a note', async () => {
    for (const excerpt of [KENIA, BRICS_1, BRICS_45, KLEVER]) {
      await library.openDocument(excerpt.document);
      await reader.startHighlight(reader.partContaining('answer', excerpt.phrase), excerpt.phrase);
      await reader.saveAnnotation({ note: excerpt.note, tags: [THEME], color: excerpt.color });
      await expect(reader.annotation(excerpt.phrase)).toContainText(excerpt.note);
      await expect(reader.annotation(excerpt.phrase)).toContainText(THEME);
    }
  });

  await test.step('a new briefing is empty: its export buttons say why they are disabled', async () => {
    await composer.toggleByKeyboard('briefings');
    await composer.createBriefing(TITLE);
    await composer.classificationField.fill('Intern');
    await composer.classificationField.blur();
    const reason = 'De briefing is leeg: voeg eerst fragmenten, vragen, documenten of eigen tekst toe.';
    await expect(composer.previewPane.getByText(reason)).toBeVisible();
    for (const format of ['pdf', 'docx'] as const) {
      await expect(composer.exportButton(format)).toBeDisabled();
      await expect(composer.exportButton(format)).toHaveAccessibleDescription(reason);
    }
  });

  const composed = [
    card('Kop', THEME),
    card('Kop', DOC_KENIA),
    card('Fragment', KENIA.phrase),
    card('Kop', DOC_BRICS),
    card('Fragment', BRICS_1.phrase),
    card('Fragment', BRICS_45.phrase),
    card('Kop', DOC_KLEVER),
    card('Fragment', KLEVER.phrase),
    card('Kop', CONCLUSION),
    card('Tekst', OWN_TEXT),
  ];
  const reordered = [...composed.slice(0, 4), composed[5]!, composed[4]!, ...composed.slice(6)];

  await test.step('build it from the theme, grouped per document, and add a heading and own text', async () => {
    await composer.addTheme(THEME, 'Document');
    await expect(composer.exportButton('pdf')).toBeEnabled();
    await composer.addHeading(CONCLUSION);
    await composer.addText(OWN_TEXT);
    await composer.expectItems(composed);
  });

  await test.step('reorder by keyboard, undo and redo; the preview follows', async () => {
    const quotes = composer.preview.getByRole('blockquote');
    await expect(quotes).toHaveText([new RegExp(KENIA.phrase), new RegExp(BRICS_1.phrase), new RegExp(BRICS_45.phrase), new RegExp(KLEVER.phrase)]);
    await composer.moveByKeyboard(composed[5]!, 'up');
    await composer.expectItems(reordered);
    await expect(quotes).toHaveText([new RegExp(KENIA.phrase), new RegExp(BRICS_45.phrase), new RegExp(BRICS_1.phrase), new RegExp(KLEVER.phrase)]);

    await page.keyboard.press('Control+z');
    await expect(page.getByText('Ongedaan gemaakt: verplaatsen.')).toBeAttached();
    await composer.expectItems(composed);
    await expect(quotes.nth(1)).toContainText(BRICS_1.phrase);
    await expect(composer.item(composed[5]!), 'the moved card keeps focus, so Ctrl+Shift+Z reaches the composer').toBeFocused();
    await page.keyboard.press('Control+Shift+z');
    await expect(page.getByText('Opnieuw gedaan: verplaatsen.')).toBeAttached();
    await composer.expectItems(reordered);
    // with the focus on the page itself (a click on empty space), the keys still reach the composer
    await page.locator(':focus').blur();
    await expect(page.locator(':focus')).toHaveCount(0);
    await page.keyboard.press('Control+z');
    await expect(page.getByText('Ongedaan gemaakt: verplaatsen.')).toBeAttached();
    await composer.expectItems(composed);
    await page.keyboard.press('Control+Shift+z');
    await expect(page.getByText('Opnieuw gedaan: verplaatsen.')).toBeAttached();
    await composer.expectItems(reordered);
    // the preview is asked for once the writes before it are answered: this one shows the saved order
    await expect(quotes).toHaveText([new RegExp(KENIA.phrase), new RegExp(BRICS_45.phrase), new RegExp(BRICS_1.phrase), new RegExp(KLEVER.phrase)]);
    await expect(composer.preview.getByRole('heading', { name: CONCLUSION })).toBeVisible();
    await expect(composer.preview.getByRole('strong').filter({ hasText: 'telkens voor stille diplomatie' })).toBeVisible();
    await expect(composer.preview.getByRole('listitem').filter({ hasText: 'Kenia: refoulement aangekaart' })).toBeVisible();
  });

  await test.step('after a reload the briefing is still there, in the composed order', async () => {
    await page.reload();
    await expect(composer.screenButton).toHaveAttribute('aria-current', 'page');
    await expect(composer.titleField).toHaveValue(TITLE);
    await composer.expectItems(reordered);
    await expect(composer.preview.getByRole('blockquote').nth(1)).toContainText(BRICS_45.phrase);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'composer.png') });
  });

  await test.step('export PDF: order, headings, notes, endnote and the contents’ page numbers', async () => {
    const download = await composer.export('pdf');
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const pdf = testInfo.outputPath('briefing.pdf');
    await download.saveAs(pdf);
    const pages = pageCount(pdf);
    await expect(composer.exportStatus).toContainText(`${String(pages)} pagina's.`);
    expect(pages, 'four excerpts need a few pages, not one per document').toBeLessThanOrEqual(6);

    const pageTexts = Array.from({ length: pages }, (_, i) => pdfText(pdf, i + 1));
    expect(pageTexts[0]).toContain(TITLE);
    expect(pageTexts[0]).toMatch(/Rubricering Intern/i);
    const tocPage = pageTexts.findIndex((t) => t.includes('Inhoud')) + 1;
    expect(tocPage, 'the table of contents follows the title page').toBe(2);

    // the body prints the excerpts, the notes set apart under them, the own text and the endnote in the composed order
    const body = pageTexts.slice(tocPage).join(' ');
    const printed = [KENIA.phrase, KENIA.note, BRICS_45.phrase, BRICS_45.note, BRICS_1.phrase, BRICS_1.note, KLEVER.phrase, KLEVER.note, CONCLUSION, 'telkens voor stille diplomatie', 'Kenia: refoulement aangekaart', 'Noten', FOOTNOTE];
    for (const s of printed) expect(body, `the PDF prints "${s}"`).toContain(s);
    const positions = printed.map((s) => body.indexOf(s));
    expect(positions, 'the PDF keeps the composed order').toEqual([...positions].sort((a, b) => a - b));
    expect(body).toMatch(new RegExp(`${escape(BRICS_45.phrase)}.*?Aantekening ${escape(BRICS_45.note)}`, 'i'));

    // the contents list each heading with a page number; the first page after the contents that prints it is that page
    const toc = pageTexts[tocPage - 1]!;
    const headings = [THEME, DOC_KENIA, DOC_BRICS, DOC_KLEVER, CONCLUSION, 'Noten'];
    const tocOrder = headings.map((h) => toc.indexOf(h));
    expect(tocOrder, 'the contents follow the composed order').toEqual([...tocOrder].sort((a, b) => a - b));
    for (const heading of headings) {
      const entry = new RegExp(`${escape(heading)} (\\d+)\\b`).exec(toc);
      expect(entry, `the contents list "${heading}" with a page number`).not.toBeNull();
      const listed = Number(entry![1]);
      const first = pageTexts.findIndex((t, i) => i >= tocPage && t.includes(heading)) + 1;
      expect(first, `"${heading}" is on page ${String(listed)}, as the contents say`).toBe(listed);
    }
    savePictures(pdf, 'briefing-pdf', 3, testInfo.outputPath());
  });

  await test.step('export Word: mammoth reads headings, quotes, notes and the footnote; LibreOffice opens it', async () => {
    const download = await composer.export('docx');
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const docx = testInfo.outputPath('briefing.docx');
    await download.saveAs(docx);

    const styleMap = ["p[style-name='Quote'] => blockquote > p:fresh", 'p.Note => aside.note > p:fresh'];
    const { value: html } = await mammoth.convertToHtml({ path: docx }, { styleMap });
    const headingTexts = [...html.matchAll(/<h([1-6])[^>]*>(.*?)<\/h\1>/g)].map((m) => `${m[1] ?? ''}:${(m[2] ?? '').replace(/<[^>]+>/g, '')}`);
    expect(headingTexts).toEqual([
      `1:${THEME}`,
      `2:${DOC_KENIA}`,
      `2:${DOC_BRICS}`,
      `2:${DOC_KLEVER}`,
      `1:${CONCLUSION}`,
    ]);
    const quotes = [...html.matchAll(/<blockquote>(.*?)<\/blockquote>/g)].map((m) => m[1] ?? '');
    expect(quotes).toHaveLength(4);
    for (const [i, excerpt] of [KENIA, BRICS_45, BRICS_1, KLEVER].entries()) expect(quotes[i]).toContain(excerpt.phrase);
    const notes = [...html.matchAll(/<aside class="note">(.*?)<\/aside>/g)].map((m) => m[1] ?? '').join('\n');
    for (const excerpt of [KENIA, BRICS_45, BRICS_1, KLEVER]) expect(notes).toContain(excerpt.note);
    expect(html).toContain('<strong>telkens voor stille diplomatie</strong>');
    expect(html).toMatch(/<li>VN: liever op een lager niveau<\/li>/);
    // a real Word footnote: mammoth lists it under the text, linked from its reference
    expect(html).toMatch(new RegExp(`<li id="footnote-\\d+"><p>${escape(FOOTNOTE)}`));
    expect(html).toMatch(/<sup><a href="#footnote-\d+" id="footnote-ref-\d+">/);

    const outDir = testInfo.outputPath('libreoffice');
    const profile = mkdtempSync(path.join(tmpdir(), 'vraagbaak-soffice-'));
    try {
      // a private profile per run, so parallel runs (and a user's open LibreOffice) do not clash
      await promisify(execFile)('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docx]);
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    const converted = path.join(outDir, 'briefing.pdf');
    const text = pdfText(converted);
    for (const s of [TITLE, THEME, DOC_KENIA, DOC_BRICS, DOC_KLEVER, CONCLUSION, KENIA.phrase, BRICS_45.note]) expect(text, `LibreOffice shows "${s}"`).toContain(s);
    savePictures(converted, 'briefing-docx', 3, testInfo.outputPath());
  });

  await test.step('a deleted highlight: "bron verwijderd" in the composer, left out of the next export', async () => {
    await composer.toggleByKeyboard('library');
    await library.openDocument(BRICS_1.document);
    await reader.annotation(BRICS_1.phrase).getByRole('button', { name: 'Verwijderen', exact: true }).click();
    await expect(reader.highlights(BRICS_1.phrase)).toHaveCount(0);
    await composer.open();
    const gone = composer.item(card('Fragment', BRICS_1.phrase));
    await expect(gone).toContainText('bron verwijderd');
    await expect(gone).toContainText('de markering is verwijderd');
    const download = await composer.export('pdf');
    await expect(composer.exportStatus).toContainText('1 onderdeel weggelaten omdat de bron is verwijderd');
    const pdf = testInfo.outputPath('briefing-after-delete.pdf');
    await download.saveAs(pdf);
    const text = pdfText(pdf);
    expect(text).not.toContain(BRICS_1.phrase);
    expect(text).toContain(BRICS_45.phrase);
  });
});
