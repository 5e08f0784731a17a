/**
 * Annotating from the keyboard and changing annotations afterwards: Alt+Shift+M opens the popover
 * for the selection, Escape closes it, the sidebar edits note and tags, deleting offers an undo,
 * and the interface switches to English and remembers it.
 */
import path from 'node:path';
import { expect, repoRoot, test } from './fixtures.js';
import { LibraryPage } from './pages/library-page.js';
import { ReaderPage } from './pages/reader-page.js';

const SEED = path.resolve(repoRoot, '../shared/seed/000_c9bbddca1680c246.txt');
const PHRASE = 'nauw samen opgetrokken met de VS';

test('keyboard highlight, edit, delete with undo, and the English interface', async ({ page, shell }) => {
  const library = new LibraryPage(page);
  const reader = new ReaderPage(page);
  await library.goto(shell.url);
  await library.importFiles([SEED]);
  await library.openDocument(/minister Blok/);

  const answer5 = reader.partContaining('answer', PHRASE);
  await reader.startHighlightByKeyboard(answer5, PHRASE);
  await expect(reader.popover.getByLabel('Notitie')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(reader.popover).toBeHidden();
  await expect(reader.highlights()).toHaveCount(0);

  await reader.startHighlightByKeyboard(answer5, PHRASE);
  await reader.saveAnnotation({ note: 'Samenwerking met de VS', tags: ['VS', 'China'] });
  const item = reader.annotation(PHRASE);
  await expect(item).toContainText('Antwoord 5');
  await expect(item.getByRole('listitem')).toHaveText(['VS', 'China']);

  await item.getByRole('button', { name: 'Bewerken' }).click();
  await item.getByLabel('Notitie').fill('Samenwerking met de regering-Biden');
  await item.getByRole('button', { name: 'Thema VS verwijderen' }).click();
  await item.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(item).toContainText('Samenwerking met de regering-Biden');
  await expect(item.getByRole('listitem')).toHaveText(['China']);

  await item.getByRole('button', { name: 'Verwijderen' }).click();
  await expect(reader.highlights()).toHaveCount(0);
  const toast = page.getByRole('region', { name: 'Meldingen' }).locator('.toast').filter({ hasText: 'Markering verwijderd' });
  await toast.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(reader.highlights(PHRASE)).toHaveText(PHRASE);
  await expect(reader.annotation(PHRASE)).toContainText('Samenwerking met de regering-Biden');

  await page.getByRole('combobox', { name: 'Taal', exact: true }).selectOption('en');
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('complementary', { name: /^Highlights/ })).toContainText('Answer 5');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
