/**
 * Page object for the library side of the app: import (button, file input, result), the document
 * list, the tag filter and search. Finds everything by role and accessible name (Dutch UI).
 */
import { expect, type Locator, type Page } from '@playwright/test';

export class LibraryPage {
  readonly page: Page;
  readonly importButton: Locator;
  readonly fileInput: Locator;
  readonly importResult: Locator;
  readonly importFailures: Locator;
  readonly documentList: Locator;
  readonly documents: Locator;
  readonly tagFilter: Locator;
  readonly searchBox: Locator;
  readonly searchResults: Locator;

  constructor(page: Page) {
    this.page = page;
    this.importButton = page.getByRole('button', { name: 'Importeren', exact: true });
    this.fileInput = page.getByTestId('import-file-input');
    this.importResult = page.getByRole('region', { name: 'Importresultaat' });
    this.importFailures = this.importResult.getByRole('alert');
    this.documentList = page.getByRole('region', { name: 'Documenten' });
    this.documents = this.documentList.getByRole('listitem').filter({ has: page.locator('.document-link') });
    this.tagFilter = page.getByLabel('Filter op thema');
    this.searchBox = page.getByRole('searchbox', { name: 'Zoeken' });
    this.searchResults = page.getByRole('region', { name: /^Zoekresultaten/ });
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

  /** The document list entry whose title button matches `name`. */
  document(name: string | RegExp): Locator {
    return this.documents.filter({ has: this.page.getByRole('button', { name }) });
  }

  /** Opens the document whose title matches `name` in the reader. */
  async openDocument(name: string | RegExp): Promise<void> {
    await this.documentList.getByRole('button', { name }).click();
  }

  /** Shows only documents with the tag named `tagName` ("" for all). */
  async filterByTag(tagName: string): Promise<void> {
    await this.tagFilter.selectOption({ label: tagName });
  }

  /** Runs a search and waits for the result list. */
  async search(query: string): Promise<void> {
    await this.searchBox.fill(query);
    await this.searchBox.press('Enter');
    await expect(this.searchResults).toBeVisible();
  }
}
