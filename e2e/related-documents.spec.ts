/**
 * A delay notice and the questions it concerns link to each other in the reader header. The real
 * notice r25 (zaak 2024Z17538) has no questions document in the corpus, so one is built here from
 * the real questions r11 with that case number.
 */
import { mkdtemp, readFile, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, repoRoot, test } from './fixtures.js';
import { LibraryPage } from './pages/library-page.js';

const CORPUS = path.resolve(repoRoot, '../shared/corpus/nl-text');
const NOTICE = path.join(CORPUS, 'kvl-r25-Uitstel_beantwoording_vragen_van_de_lede.docx.txt');
const QUESTIONS = path.join(CORPUS, 'kvl-r11-Vergunningverlening_aan_escortbureaus.docx.txt');

test('the questions show the delay notice, the notice the questions it concerns (questions built from r11 with r25\'s case number)', async ({ page, shell }) => {
  const dir = await mkdtemp(path.join(tmpdir(), 'vraagbaak-e2e-related-'));
  try {
    const questions = path.join(dir, 'vragen-2024Z17538.txt');
    await writeFile(questions, (await readFile(QUESTIONS, 'utf8')).replace('2024Z18891', '2024Z17538'));
    const notice = path.join(dir, 'uitstel.txt');
    await copyFile(NOTICE, notice);
    const library = new LibraryPage(page);
    await library.goto(shell.url);
    await library.importFiles([questions, notice]);
    await expect(library.importResult).toContainText('Geïmporteerd: 2');

    // opened from the import report (the library list is being reworked at the same time)
    await library.importResult.getByRole('button', { name: 'Vergunningverlening aan escortbureaus' }).click();
    const header = page.locator('article.reader header.document-header');
    await expect(header.getByRole('heading', { level: 2 })).toContainText('vergunningverlening aan escortbureaus');
    await header.getByRole('button', { name: 'Uitstel van beantwoording gemeld (20 november 2024)' }).click();

    await expect(header.getByText('Uitstelbericht', { exact: true })).toBeVisible();
    await expect(header).toContainText('Betreft de vragen:');
    await header.getByRole('button', { name: 'Vergunningverlening aan escortbureaus' }).click();
    await expect(header.getByText('Vragen', { exact: true })).toBeVisible();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
