/**
 * The start of the issue-10 specs: the app opened on the shell's empty archive with some documents
 * imported through the UI, the page objects of its screens, and highlights made and checked in the
 * reader (a phrase in an answer, with its note and themes).
 */
import { expect, type Page } from '@playwright/test';
import path from 'node:path';
import { repoRoot } from '../fixtures.js';
import { AnnotationsPage } from './annotations-page.js';
import { LibraryPage } from './library-page.js';
import { ReaderPage } from './reader-page.js';
import { ThemesPage } from './themes-page.js';

/** The founding document (Oeigoeren, minister Blok): its file, its library row, and phrases of its answers. */
export const SEED = {
  file: path.resolve(repoRoot, '../shared/seed/000_c9bbddca1680c246.txt'),
  row: /minister Blok/,
  phrases: {
    violations: 'grootschalige mensenrechtenschendingen',
    withUs: 'nauw samen opgetrokken met de VS',
    intent: 'genocidale opzet',
    refugees: 'het repatriëren van Noord-Koreaanse vluchtelingen',
  },
};

/** A built-in sample (PFAS in drinking water, Aanhangsel 101): its file, its library row, and phrases of its answers. */
export const SAMPLE = {
  file: path.join(repoRoot, 'data', 'samples', 'ah-tk-20252026-101.txt'),
  row: /PFAS/,
  phrases: {
    /** answer 2, first sentence */
    pointsOver: 'vier van de zeventien innamepunten',
    /** answer 2, a whole sentence */
    alwaysSafe: 'Het geleverde drinkwater heeft op ieder moment aan de wettelijke kwaliteitseisen voldaan.',
    /** answer 4 and 5 */
    neighbours: 'Nederland bespreekt dit daarom met de andere landen',
  },
};

/** The page objects of the app's screens. */
export interface Screens {
  library: LibraryPage;
  reader: ReaderPage;
  annotations: AnnotationsPage;
  themes: ThemesPage;
}

/** A highlight of `phrase` (found in an answer) with an optional note and themes, in the order typed. */
export interface Highlight {
  phrase: string;
  note?: string;
  tags?: string[];
}

/** Opens the app at `url`, imports `files` through the file input and closes the import summary. */
export async function openWithDocuments(page: Page, url: string, files: readonly string[]): Promise<Screens> {
  const screens = { library: new LibraryPage(page), reader: new ReaderPage(page), annotations: new AnnotationsPage(page), themes: new ThemesPage(page) };
  await screens.library.goto(url);
  await screens.library.importFiles([...files]);
  await expect(screens.library.documents).toHaveCount(files.length);
  await screens.library.closeImportResult();
  return screens;
}

/** Opens the library document whose row matches `row` and makes each highlight through the popover. */
export async function highlightPhrases({ library, reader }: Screens, row: RegExp, highlights: readonly Highlight[]): Promise<void> {
  await library.openDocument(row);
  for (const { phrase, note, tags } of highlights) {
    await reader.startHighlight(reader.partContaining('answer', phrase), phrase);
    await reader.saveAnnotation({ note, tags });
    await expect(reader.highlights(phrase)).toHaveText(phrase);
  }
}

/** Asserts that the open document shows the highlight in its text, and its note and themes in the sidebar. */
export async function expectHighlight(reader: ReaderPage, { phrase, note, tags = [] }: Highlight): Promise<void> {
  await expect(reader.highlights(phrase)).toHaveText(phrase);
  if (note !== undefined) await expect(reader.annotation(phrase)).toContainText(note);
  await expect(reader.annotation(phrase).getByRole('listitem')).toHaveText(tags);
}
