/**
 * Working with annotations and themes across the archive (issue 10), through the real UI: the theme
 * manager renames with a case-only change and merges two themes, and the reader, the library's
 * facets and a `tag:` search follow at once; the annotations view selects several annotations
 * (click, Shift+click, Ctrl+A) and tags them in one step; Ctrl+Z brings a deleted annotation back;
 * CSV and W3C exports are downloaded, read back, and the W3C file imported again.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures.js';
import { expectHighlight, highlightPhrases, openWithDocuments, SAMPLE, SEED, type Highlight } from './pages/annotated-archive.js';
import { csvRecords } from './pages/csv-records.js';

const { violations: VIOLATIONS, withUs: WITH_US, intent: INTENT, refugees: REFUGEES } = SEED.phrases;
const { neighbours: NEIGHBOURS } = SAMPLE.phrases;
const NOTE = 'Geen genocide volgens het kabinet';

test('a case-only rename and a merge in the theme manager show in the reader, facets, tag: search and counts', async ({ page, shell }) => {
  const screens = await openWithDocuments(page, shell.url, [SEED.file, SAMPLE.file]);
  const { library, reader, themes } = screens;
  await highlightPhrases(screens, SEED.row, [
    { phrase: VIOLATIONS, tags: ['mensenrechten'] },
    { phrase: WITH_US, tags: ['Samenwerking', 'Diplomatie'] },
  ]);
  await highlightPhrases(screens, SAMPLE.row, [{ phrase: NEIGHBOURS, tags: ['Samenwerking'] }]);

  await test.step('rename "mensenrechten" to "Mensenrechten" in the theme manager', async () => {
    await themes.open();
    await themes.expectCounts('mensenrechten', '1 markering, 1 document');
    await themes.rename('mensenrechten', 'Mensenrechten');
    await expect(themes.theme('mensenrechten')).toHaveCount(0);
    await themes.expectCounts('Mensenrechten', '1 markering, 1 document');
    await expect(themes.screen.getByRole('status')).toHaveText('„mensenrechten” heet nu „Mensenrechten”.');
  });

  await test.step('merge "Samenwerking" into "Diplomatie": an annotation with both counts once', async () => {
    await themes.expectCounts('Samenwerking', '2 markeringen, 2 documenten');
    await themes.expectCounts('Diplomatie', '1 markering, 1 document');
    await themes.merge('Samenwerking', 'Diplomatie');
    await themes.expectCounts('Diplomatie', '2 markeringen, 2 documenten');
    await expect(themes.tree.getByRole('treeitem')).toHaveText([/^\s*Diplomatie\b/, /^\s*Mensenrechten\b/]);
  });

  await test.step('the reader shows the new names', async () => {
    await page.keyboard.press('Alt+Shift+KeyL');
    await library.openDocument(SEED.row);
    await expectHighlight(reader, { phrase: VIOLATIONS, tags: ['Mensenrechten'] });
    await expectHighlight(reader, { phrase: WITH_US, tags: ['Diplomatie'] });
  });

  await test.step('the library facets and a tag: search follow', async () => {
    await expect(library.facetValue('Thema', 'Mensenrechten')).toBeVisible();
    await expect(library.facetValue('Thema', 'Diplomatie')).toHaveAccessibleName(/^Diplomatie\s*2/);
    await expect(page.getByRole('group', { name: 'Thema' }).getByRole('button', { name: /^(mensenrechten|Samenwerking)\b/ })).toHaveCount(0);
    // each search changes the number of rows, so every assertion waits for its own result
    await library.search('tag:Mensenrechten');
    await expect(library.documents).toHaveCount(1);
    await expect(library.document(SEED.row)).toBeVisible();
    await library.search('tag:Diplomatie');
    await expect(library.documents).toHaveCount(2);
    await library.searchBox.fill('tag:Samenwerking');
    await library.searchBox.press('Enter');
    await expect(library.documentList.getByText('Geen documenten gevonden voor deze zoekopdracht.')).toBeVisible();
  });

  await test.step('Ctrl+Z in the theme manager takes the merge back', async () => {
    await themes.open();
    await themes.theme('Diplomatie').focus();
    await page.keyboard.press('Control+z');
    await expect(page.getByRole('region', { name: 'Meldingen' }).getByText('Ongedaan gemaakt: thema’s samenvoegen')).toBeVisible();
    await themes.expectCounts('Samenwerking', '2 markeringen, 2 documenten');
    await themes.expectCounts('Diplomatie', '1 markering, 1 document');
  });
});

test('bulk-tag from the annotations view, and Ctrl+Z brings a deleted annotation back', async ({ page, shell }) => {
  const screens = await openWithDocuments(page, shell.url, [SEED.file]);
  const { reader, annotations, themes } = screens;
  await highlightPhrases(screens, SEED.row, [
    { phrase: VIOLATIONS, note: NOTE },
    { phrase: WITH_US },
    { phrase: INTENT, tags: ['Genocide'] },
  ]);

  await test.step('make the theme "Oeigoeren" in the theme manager', async () => {
    await themes.open();
    const name = themes.screen.getByRole('textbox', { name: 'Nieuw thema', exact: true });
    await name.fill('Oeigoeren');
    await name.press('Enter');
    await themes.expectCounts('Oeigoeren', '0 markeringen, 0 documenten');
  });

  await test.step('select all three with a click and a Shift+click, and add the theme', async () => {
    await annotations.open(3);
    await annotations.rows.first().click();
    await expect(annotations.selectedCount).toHaveText('1 geselecteerd');
    await annotations.rows.last().click({ modifiers: ['Shift'] });
    await expect(annotations.selectedCount).toHaveText('3 geselecteerd');
    await expect(annotations.rows.and(page.locator('[aria-selected="true"]'))).toHaveCount(3);
    await annotations.addThemeToSelection('Oeigoeren');
    for (const phrase of [VIOLATIONS, WITH_US, INTENT]) await expect(annotations.themesOf(phrase)).toContainText(['Oeigoeren']);
    await expect(annotations.themesOf(INTENT)).toHaveText(['Genocide', 'Oeigoeren']);
  });

  await test.step('Escape clears, a click and Ctrl+A select all again', async () => {
    await annotations.listbox.press('Escape');
    await expect(annotations.bulkBar).toBeHidden();
    await annotations.row(WITH_US).click();
    await expect(annotations.selectedCount).toHaveText('1 geselecteerd');
    await page.keyboard.press('Control+a');
    await expect(annotations.selectedCount).toHaveText('3 geselecteerd');
    await page.keyboard.press('Escape');
  });

  await test.step('the theme manager and the reader see the new theme', async () => {
    await themes.open();
    await themes.expectCounts('Oeigoeren', '3 markeringen, 1 document');
    await page.keyboard.press('Alt+Shift+KeyL');
    for (const phrase of [VIOLATIONS, WITH_US, INTENT]) await expect(reader.annotation(phrase).getByRole('listitem')).toContainText(['Oeigoeren']);
  });

  await test.step('delete an annotation in the annotations view; Ctrl+Z brings it back as it was', async () => {
    await annotations.open(3);
    await annotations.row(VIOLATIONS).click();
    await annotations.deleteSelection(1);
    await annotations.expectCount(2);
    await expect(annotations.row(VIOLATIONS)).toHaveCount(0);
    await page.keyboard.press('Control+z');
    await annotations.expectCount(3);
    await expect(annotations.row(VIOLATIONS)).toContainText(NOTE);
    await expect(annotations.themesOf(VIOLATIONS)).toHaveText(['Oeigoeren']);
  });

  await test.step('delete a highlight in the reader; Ctrl+Z brings it back with its note', async () => {
    await page.keyboard.press('Alt+Shift+KeyL');
    await expect(reader.highlights(VIOLATIONS)).toHaveText(VIOLATIONS);
    await reader.annotation(VIOLATIONS).getByRole('button', { name: 'Verwijderen' }).click();
    await expect(reader.highlights(VIOLATIONS)).toHaveCount(0);
    await page.keyboard.press('Control+z');
    await expectHighlight(reader, { phrase: VIOLATIONS, note: NOTE, tags: ['Oeigoeren'] });
  });
});

test('export CSV and W3C from the annotations view, read them back, and import the W3C file again', async ({ page, shell }) => {
  const screens = await openWithDocuments(page, shell.url, [SEED.file]);
  const { annotations } = screens;
  const made: Highlight[] = [
    { phrase: VIOLATIONS, note: 'Geen genocide, wel één "ernstige" zorg; zie ook Financiën', tags: ['Mensenrechten', 'Financiën'] },
    { phrase: REFUGEES, note: 'Noord-Korea', tags: ['Mensenrechten'] },
    { phrase: INTENT },
  ];
  await highlightPhrases(screens, SEED.row, made);
  await annotations.open(3);

  await test.step('CSV: a BOM, the header and one row per annotation with accents intact', async () => {
    const download = await annotations.export('csv', 3);
    expect(download.suggestedFilename()).toMatch(/^vraagbaak-annotaties-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = await readFile(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = csvRecords(bytes.toString('utf8'), ';');
    expect(header).toEqual(['Citaat', 'Notitie', "Thema's", 'Kleur', 'Document', 'Document-id', 'Officieel kenmerk', 'Deel', 'Deelsleutel', 'Gemaakt', 'Gewijzigd']);
    expect(rows).toHaveLength(made.length);
    const byQuote = new Map(rows.map((row) => [row[0], row]));
    expect([...byQuote.keys()].sort()).toEqual(made.map((m) => m.phrase).sort());
    for (const { phrase, note = '', tags = [] } of made) {
      const row = byQuote.get(phrase) ?? [];
      expect(row.slice(1, 3)).toEqual([note, tags.join('; ')]);
      expect(row[8]).toMatch(/^answer:\d+$/);
    }
  });

  let w3cFile = '';
  await test.step('W3C: an AnnotationCollection with the items, their TextQuoteSelector, notes and themes', async () => {
    const download = await annotations.export('w3c', 3);
    expect(download.suggestedFilename()).toMatch(/\.jsonld$/);
    w3cFile = await download.path();
    const collection = JSON.parse(await readFile(w3cFile, 'utf8')) as W3cCollection;
    expect(collection['@context']).toContain('http://www.w3.org/ns/anno.jsonld');
    expect(collection).toMatchObject({ type: 'AnnotationCollection', total: 3, first: { type: 'AnnotationPage' } });
    const items = collection.first.items;
    expect(items).toHaveLength(3);
    for (const { phrase, note, tags = [] } of made) {
      const item = items.find((i) => i.target.selector.some((s) => s.refinedBy.type === 'TextQuoteSelector' && s.refinedBy.exact === phrase));
      expect(item, phrase).toBeDefined();
      expect(item?.type).toBe('Annotation');
      const bodies = item?.body ?? [];
      expect(bodies.filter((b) => b.purpose === 'commenting').map((b) => b.value)).toEqual(note ? [note] : []);
      expect(bodies.filter((b) => b.purpose === 'tagging').map((b) => b.value)).toEqual(tags);
    }
  });

  await test.step('delete them all, import the W3C file: the same annotations come back', async () => {
    await annotations.rows.first().click();
    await page.keyboard.press('Control+a');
    await expect(annotations.selectedCount).toHaveText('3 geselecteerd');
    await annotations.deleteSelection(3);
    await expect(annotations.screen.getByText('Geen annotaties die aan de filters voldoen.')).toBeVisible();
    await annotations.importW3c(w3cFile);
    await expect(annotations.importSummary).toContainText('3 van 3 annotaties geïmporteerd.');
    await annotations.expectCount(3);
    await expect(annotations.row(VIOLATIONS)).toContainText('Geen genocide, wel één "ernstige" zorg; zie ook Financiën');
    await expect(annotations.themesOf(VIOLATIONS)).toHaveText(['Mensenrechten', 'Financiën']);
    await expect(annotations.themesOf(REFUGEES)).toHaveText(['Mensenrechten']);
  });
});

/** The parts of an exported W3C collection the test reads. */
interface W3cCollection {
  '@context': unknown[];
  type: string;
  total: number;
  first: { type: string; items: W3cAnnotation[] };
}
interface W3cAnnotation {
  type: string;
  body?: { purpose: string; value: string }[];
  target: { selector: { refinedBy: { type: string; exact?: string } }[] };
}
