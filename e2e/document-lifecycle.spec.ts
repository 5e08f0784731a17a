/**
 * A document's life in the archive (issue 10), through the real UI: deleting from the reader and
 * from the library, bringing one back with Ctrl+Z and the other from "Onlangs verwijderd" with its
 * highlights; and re-importing a corrected version of a document (same Aanhangsel number, edited
 * text), after which one highlight is not found any more and is resolved in the review queue.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures.js';
import { expectHighlight, highlightPhrases, openWithDocuments, SAMPLE, SEED } from './pages/annotated-archive.js';

const VIOLATIONS = SEED.phrases.violations;
/** Phrases of the sample's answer 2: the first stays in the corrected version, the second goes. */
const { pointsOver: KEPT, alwaysSafe: DROPPED } = SAMPLE.phrases;

test('delete documents from the reader and the library; Ctrl+Z and "Onlangs verwijderd" bring them back', async ({ page, shell }) => {
  const screens = await openWithDocuments(page, shell.url, [SEED.file, SAMPLE.file]);
  const { library, reader } = screens;
  const toasts = page.getByRole('region', { name: 'Meldingen' });
  const highlight = { phrase: VIOLATIONS, note: 'Geen genocide volgens het kabinet', tags: ['Mensenrechten'] };
  await highlightPhrases(screens, SEED.row, [highlight]);

  await test.step('delete the seed from the reader: it leaves the library and the reader', async () => {
    await reader.article.getByRole('button', { name: /^Verwijderen: / }).click();
    await expect(toasts.getByText(/^„.*” is verwijderd\.$/)).toBeVisible();
    await expect(reader.article).toBeHidden();
    await expect(library.documents).toHaveCount(1);
    await expect(library.document(SEED.row)).toHaveCount(0);
  });

  await test.step('delete the sample from the library; Ctrl+Z brings it back', async () => {
    await expect(library.document(SAMPLE.row)).toBeVisible();
    await library.documentList.getByRole('button', { name: /^Verwijderen: .*PFAS/ }).click();
    await expect(library.documentList).toContainText('Het archief is nog leeg');
    await page.keyboard.press('Control+z');
    await expect(toasts.getByText('Ongedaan gemaakt: document verwijderen')).toBeVisible();
    await expect(library.documents).toHaveCount(1);
    await expect(library.document(SAMPLE.row)).toBeVisible();
  });

  await test.step('"Onlangs verwijderd" lists the seed with its highlight; restore it', async () => {
    await library.documentList.getByRole('button', { name: 'Onlangs verwijderd…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Onlangs verwijderd' });
    const entries = dialog.getByRole('listitem');
    await expect(entries).toHaveCount(1);
    await expect(entries).toContainText('1 markering');
    await entries.getByRole('button', { name: /terugzetten$/ }).click();
    await expect(toasts.getByText(/^„.*” is teruggezet\.$/)).toBeVisible();
    await expect(dialog.getByText('Er zijn geen verwijderde documenten.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Sluiten', exact: true }).click();
    await expect(dialog).toBeHidden();
  });

  await test.step('the restored seed has its highlight, note and theme', async () => {
    await expect(library.documents).toHaveCount(2);
    await library.openDocument(SEED.row);
    await expectHighlight(reader, highlight);
  });
});

test('re-import a corrected version of a document and delete the highlight it lost in the review queue', async ({ page, shell }) => {
  const screens = await openWithDocuments(page, shell.url, [SAMPLE.file]);
  const { library, reader, annotations } = screens;
  const kept = { phrase: KEPT, note: 'Aantal overschrijdingen' };
  await highlightPhrases(screens, SAMPLE.row, [kept, { phrase: DROPPED, note: 'Toch altijd veilig' }]);

  // the corrected version: the sentence of the second highlight is gone, a number changed
  const dir = await mkdtemp(path.join(tmpdir(), 'vraagbaak-e2e-reimport-'));
  try {
    const original = await readFile(SAMPLE.file, 'utf8');
    const corrected = original.replace(/Het geleverde drinkwater[\s\S]*?voldaan\. /, '').replace('elf dagen', 'twaalf dagen');
    expect(corrected).not.toContain('Het geleverde drinkwater');
    const changedFile = path.join(dir, 'ah-tk-20252026-101-gecorrigeerd.txt');
    await writeFile(changedFile, corrected, 'utf8');

    await test.step('the new version replaces the old one; one highlight was not found', async () => {
      await library.importFiles([changedFile]);
      await expect(library.importResult).toContainText('Vervangen door een nieuwe versie: 1');
      await expect(library.importResult).toContainText('1 op hun plaats, 0 verplaatst, 1 niet teruggevonden');
      await expect(library.documents).toHaveCount(1);
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }

  await test.step('the review queue shows the lost highlight with its old text; delete it', async () => {
    await library.importResult.getByRole('button', { name: 'Te beoordelen (1)' }).click();
    const queue = page.getByRole('dialog', { name: /^Markeringen te beoordelen/ });
    const entries = queue.getByRole('listitem');
    await expect(entries).toHaveCount(1);
    await expect(entries).toContainText('(niet teruggevonden)');
    await expect(entries).toContainText('Toch altijd veilig');
    await expect(entries.getByRole('region', { name: 'Eerder' })).toContainText('wettelijke kwaliteitseisen voldaan');
    await expect(entries.getByRole('region', { name: 'Nu' })).toContainText('Niet teruggevonden in de nieuwe tekst.');
    await entries.getByRole('button', { name: 'Verwijderen', exact: true }).click();
    await expect(queue.getByText('Er zijn geen markeringen te beoordelen.')).toBeVisible();
    await queue.getByRole('button', { name: 'Sluiten', exact: true }).click();
    await expect(queue).toBeHidden();
  });

  await test.step('the document has the new text and keeps the other highlight in place', async () => {
    await library.closeImportResult();
    await library.openDocument(SAMPLE.row);
    await expect(reader.partContaining('answer', 'twaalf dagen')).toBeVisible();
    await expect(reader.highlights()).toHaveCount(1);
    await expectHighlight(reader, kept);
    await annotations.open(1);
    await expect(annotations.row(KEPT)).toContainText(kept.note);
  });
});
