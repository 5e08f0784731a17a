/**
 * Issue 4 through the browser shell: import six corpus documents, type a fielded query, read the
 * facet counts, narrow by a facet (chip), sort by answer delay, open a hit and land on its marked
 * passage, save the search and run it again after a reload (delete with undo), move through the
 * list by keyboard, and clear the marks with the query.
 */
import path from 'node:path';
import { expect, repoRoot, test } from './fixtures.js';
import { LibraryPage } from './pages/library-page.js';
import { ReaderPage } from './pages/reader-page.js';

const CORPUS = path.resolve(repoRoot, '../shared/corpus/nl-text');
/**
 * What these documents are (read off the documents themselves):
 *  r03 answer by Veldkamp (Buitenlandse Zaken) to Boswijk (CDA) on the UN Secretary-General at the BRICS top, 25 days;
 *  r26 answer by Veldkamp to Piri (GroenLinks-PvdA) and Boswijk (CDA) on the Afghanistan case, 52 days;
 *  r28 answer by Veldkamp to Van Houwelingen (FVD) on Ukraine, 26 days;
 *  r19 and r47 answers by Van Weel (Justitie en Veiligheid); r81 questions without an answer.
 */
const FILES = [
  'kvl-r03-Antwoord_op_vragen_van_het_lid_Boswijk_o.pdf.txt',
  'kvl-r26-Antwoord_op_vragen_van_de_leden_Piri_en_.pdf.txt',
  'kvl-r28-Antwoord_op_vragen_van_lid_Van_Houweling.pdf.txt',
  'kvl-r19-Antwoord_op_vragen_van_het_lid_El_Abassi.pdf.txt',
  'kvl-r47-Antwoord_op_vragen_van_het_lid_Van_Nispe.pdf.txt',
  'kvl-r81-De_situatie_van_Oeigoeren_in_Thailand.docx.txt',
].map((name) => path.join(CORPUS, name));

const QUERY = 'minister:Veldkamp kabinet';
const SAVED_NAME = 'Veldkamp en het CDA';

test('fielded query, facet counts, facet chip, sort, marked hit and a saved search', async ({ page, shell }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);

  await library.goto(shell.url);
  await library.importFiles(FILES);
  await expect(library.importResult).toContainText('Geïmporteerd: 6');
  await library.closeImportResult();
  await expect(library.total).toHaveText('6 documenten');
  await expect(library.documents).toHaveCount(6);
  await expect(library.sort).toHaveValue('date');

  await test.step('a fielded query as you type: the list, the total and the facet counts', async () => {
    await library.searchBox.fill(QUERY); // no Enter: the query runs after a pause in typing
    await expect(library.total).toHaveText('3 documenten');
    await expect(library.documents).toHaveCount(3);
    await expect(library.sort).toHaveValue('relevance');
    await expect(library.facetValue('Minister', 'Veldkamp')).toHaveAccessibleName(/^Veldkamp\s*3$/);
    await expect(library.facetValue('Partij', 'CDA')).toHaveAccessibleName(/^CDA\s*2$/);
    await expect(library.facetValue('Partij', 'FVD')).toHaveAccessibleName(/^FVD\s*1$/);
    await expect(library.facetValue('Partij', 'GroenLinks-PvdA')).toHaveAccessibleName(/^GroenLinks-PvdA\s*1$/);
    await expect(library.facetValue('Kamerlid', 'Boswijk')).toHaveAccessibleName(/^Boswijk\s*2$/);
    await expect(library.facetValue('Te laat beantwoord', 'Ja')).toHaveAccessibleName(/^Ja\s*3$/);
    // the field clause typed by hand shows as a chip too
    await expect(library.chips.getByRole('button', { name: 'Filter Minister: Veldkamp verwijderen' })).toBeVisible();
    // rows show their best hit with the word marked
    await expect(library.documents.first().locator('mark').first()).toHaveText(/kabinet/i);
  });

  await test.step('a facet value narrows the list and becomes a removable chip', async () => {
    await library.facetValue('Partij', 'CDA').click();
    await expect(library.searchBox).toHaveValue(`${QUERY} partij:"CDA"`);
    await expect(library.chips.getByRole('button', { name: 'Filter Partij: CDA verwijderen' })).toBeVisible();
    await expect(library.total).toHaveText('2 documenten');
    await expect(library.documents).toHaveCount(2);
    await expect(library.facetValue('Partij', 'CDA')).toHaveAttribute('aria-pressed', 'true');
    await page.screenshot({ path: test.info().outputPath('library-facets.png') });
  });

  await test.step('sort by answer delay: the longest wait first', async () => {
    await library.sort.selectOption({ label: 'Antwoordtermijn' });
    await expect(library.documents.first()).toContainText('Afghanistan');
    await expect(library.documents.nth(1)).toContainText('Secretaris-Generaal');
  });

  await test.step('opening a hit scrolls the reader to its part and marks the hit word', async () => {
    const row = library.document(/Secretaris-Generaal/);
    // "Antwoord 1 · ook in …": the number of the question the hit's answer is to
    const number = /^Antwoord (\d+)/.exec((await row.locator('.hit-part').textContent()) ?? '')?.[1];
    expect(number).toBeDefined();
    await row.click();
    await expect(reader.article.getByRole('heading', { level: 2 })).toContainText('Secretaris-Generaal');
    const marks = reader.article.locator('mark.search-hit');
    await expect(marks.first()).toBeInViewport();
    await expect(marks.first()).toHaveText(/^kabinet$/i);
    // every mark sits in the one part the hit named, under the heading the row showed
    const partKeys: (string | null)[] = [];
    for (const mark of await marks.all()) partKeys.push(await mark.locator('xpath=ancestor::*[@data-part][1]').getAttribute('data-part'));
    const parts = [...new Set(partKeys)];
    expect(parts).toHaveLength(1);
    const part = reader.article.locator('.part').filter({ has: page.locator(`[data-part="${parts[0]!}"]`) });
    await expect(part.getByRole('heading', { level: 3 })).toHaveText(`Antwoord op vraag ${number!}`);
    await page.screenshot({ path: test.info().outputPath('reader-hit.png') });
  });

  await test.step('save the search, find it after a reload and run it', async () => {
    await page.getByRole('button', { name: 'Zoekopdracht opslaan' }).click();
    const name = page.getByLabel('Naam van de zoekopdracht');
    await name.fill(SAVED_NAME);
    await name.press('Enter');
    await expect(library.savedSearches.getByRole('button', { name: SAVED_NAME, exact: true })).toBeVisible();

    await page.reload();
    await expect(library.total).toHaveText('6 documenten');
    await library.savedSearches.getByRole('button', { name: SAVED_NAME, exact: true }).click();
    await expect(library.searchBox).toHaveValue(`${QUERY} partij:"CDA"`);
    await expect(library.documents).toHaveCount(2);

    // delete, then undo from the toast
    await library.savedSearches.getByRole('button', { name: `Zoekopdracht „${SAVED_NAME}” verwijderen` }).click();
    await expect(library.savedSearches).toBeHidden();
    await page.getByRole('region', { name: 'Meldingen' }).getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect(library.savedSearches.getByRole('button', { name: SAVED_NAME, exact: true })).toBeVisible();
  });

  await test.step('the keyboard moves through the list and opens; Escape clears the query and the marks', async () => {
    await library.document(/Secretaris-Generaal/).click();
    await expect(reader.article.locator('mark.search-hit').first()).toBeVisible();
    await library.listbox.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await expect(library.listbox.getByRole('option', { selected: true })).toHaveCount(1);
    await library.searchBox.focus();
    await page.keyboard.press('Escape');
    await expect(library.searchBox).toHaveValue('');
    await expect(library.total).toHaveText('6 documenten');
    await expect(reader.article.locator('mark.search-hit')).toHaveCount(0);
  });
});
