/**
 * Page object for the library side of the app: import (button, file input, result), the document
 * list (a virtualised listbox of options), search, facets with their chips, sort and saved searches.
 * Finds everything by role and accessible name (Dutch UI).
 */
import { expect, type Locator, type Page } from '@playwright/test';

export class LibraryPage {
  readonly page: Page;
  readonly importButton: Locator;
  readonly fileInput: Locator;
  readonly importResult: Locator;
  readonly importFailures: Locator;
  readonly documentList: Locator;
  readonly listbox: Locator;
  readonly documents: Locator;
  readonly total: Locator;
  readonly searchBox: Locator;
  /** the document list: with a query its rows carry the best hit's part label and snippet */
  readonly searchResults: Locator;
  readonly chips: Locator;
  readonly facets: Locator;
  readonly sort: Locator;
  readonly savedSearches: Locator;

  constructor(page: Page) {
    this.page = page;
    this.importButton = page.getByRole('button', { name: 'Importeren', exact: true });
    this.fileInput = page.getByTestId('import-file-input');
    this.importResult = page.getByRole('region', { name: 'Importresultaat' });
    this.importFailures = this.importResult.getByRole('alert');
    this.documentList = page.getByRole('region', { name: 'Documenten' });
    this.listbox = this.documentList.getByRole('listbox', { name: 'Documenten' });
    this.documents = this.listbox.getByRole('option');
    this.total = this.documentList.getByRole('status').filter({ hasText: /\d documenten/ }); // not the lifecycle bar's "3 gekozen"
    this.searchBox = page.getByRole('searchbox', { name: 'Zoeken' });
    this.searchResults = this.listbox;
    this.chips = page.getByRole('list', { name: 'Actieve filters' });
    this.facets = page.locator('details.facet-panel');
    this.sort = page.getByRole('combobox', { name: 'Sorteren' });
    this.savedSearches = page.getByRole('list', { name: 'Opgeslagen zoekopdrachten' });
  }

  /** Opens the app at the shell URL and waits until the library has loaded. */
  async goto(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.importButton).toBeEnabled();
    await expect(this.documentList.getByText(/documenten|archief is nog leeg/)).toBeVisible();
  }

  /** Imports `paths` through the file input, and waits for the result summary. */
  async importFiles(paths: string[]): Promise<void> {
    await this.fileInput.setInputFiles(paths);
    await expect(this.importResult).toBeVisible();
  }

  /** Dismisses the import summary. */
  async closeImportResult(): Promise<void> {
    await this.importResult.getByRole('button', { name: 'Importresultaat sluiten' }).click();
    await expect(this.importResult).toBeHidden();
  }

  /** The document list entry whose text (title, people, hit) matches `name`. */
  document(name: string | RegExp): Locator {
    return this.documents.filter({ hasText: name });
  }

  /** Opens the document whose row matches `name` in the reader. */
  async openDocument(name: string | RegExp): Promise<void> {
    await this.document(name).first().click();
  }

  /** The value button of facet group `facet` ("Partij") whose name starts with `value`. */
  facetValue(facet: string, value: string): Locator {
    const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.page.getByRole('group', { name: facet }).getByRole('button', { name: new RegExp(`^${escaped}\\s*\\d`) });
  }

  /**
   * Shows only documents with the tag named `tagName` (the "Thema" facet); "Alle thema's" removes
   * the theme chips again.
   */
  async filterByTag(tagName: string): Promise<void> {
    if (tagName === "Alle thema's") {
      const chips = this.page.getByRole('button', { name: /^Filter Thema: / });
      while ((await chips.count()) > 0) await chips.first().click();
      return;
    }
    await this.facetValue('Thema', tagName).click();
    await expect(this.page.getByRole('button', { name: `Filter Thema: ${tagName} verwijderen` })).toBeVisible();
  }

  /** Types a query and runs it with Enter. */
  async search(query: string): Promise<void> {
    await this.searchBox.fill(query);
    await this.searchBox.press('Enter');
    await expect(this.searchResults).toBeVisible();
  }
}
