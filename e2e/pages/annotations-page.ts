/**
 * Page object for the annotations view ("Annotaties" in the top bar, Alt+Shift+A): every
 * annotation in a multi-select listbox, the count, the bar of bulk actions for the selection and
 * the export/import buttons. Everything is found inside the screen's own region ("Alle
 * annotaties"), since the library and the reader have controls with the same names.
 */
import { expect, type Download, type Locator, type Page } from '@playwright/test';

export type AnnotationFormat = 'csv' | 'w3c';

export class AnnotationsPage {
  readonly page: Page;
  readonly screenButton: Locator;
  readonly screen: Locator;
  readonly listbox: Locator;
  readonly rows: Locator;
  /** "3 annotaties" */
  readonly count: Locator;
  readonly bulkBar: Locator;
  /** "2 geselecteerd" */
  readonly selectedCount: Locator;
  readonly transfer: Locator;
  readonly transferStatus: Locator;
  readonly importInput: Locator;
  readonly importSummary: Locator;

  constructor(page: Page) {
    this.page = page;
    this.screenButton = page.getByRole('navigation', { name: 'Scherm' }).getByRole('button', { name: 'Annotaties', exact: true });
    this.screen = page.getByRole('region', { name: 'Alle annotaties', exact: true });
    this.listbox = this.screen.getByRole('listbox', { name: 'Annotaties', exact: true });
    this.rows = this.listbox.getByRole('option');
    this.count = this.screen.getByRole('search', { name: 'Annotaties filteren' }).getByRole('status');
    this.bulkBar = this.screen.getByRole('toolbar', { name: 'Geselecteerde annotaties' });
    this.selectedCount = this.bulkBar.getByRole('status');
    this.transfer = this.screen.getByRole('group', { name: 'Exporteren en importeren' });
    this.transferStatus = this.screen.locator('.transfer-bar').getByRole('status');
    this.importInput = this.screen.getByLabel('W3C-annotatiebestand om te importeren');
    this.importSummary = this.screen.getByRole('region', { name: /^Import van / });
  }

  /** Shows the annotations view with Alt+Shift+A; waits until it shows `count` annotations. */
  async open(count: number): Promise<void> {
    await this.page.keyboard.press('Alt+Shift+KeyA');
    await expect(this.screenButton).toHaveAttribute('aria-current', 'page');
    await this.expectCount(count);
  }

  /** Asserts the count line and the number of rows (all rows fit in view in these tests). */
  async expectCount(count: number): Promise<void> {
    await expect(this.count).toHaveText(count === 1 ? '1 annotatie' : `${count} annotaties`);
    await expect(this.rows).toHaveCount(count);
  }

  /** The row of the annotation quoting `quote`. */
  row(quote: string): Locator {
    return this.rows.filter({ has: this.page.locator('q', { hasText: quote }) });
  }

  /** The theme chips of the row quoting `quote`. */
  themesOf(quote: string): Locator {
    return this.row(quote).getByRole('listitem');
  }

  /** Applies the theme filter ("Alle thema's" for none). */
  async filterByTheme(name: string): Promise<void> {
    await this.screen.getByRole('search').getByRole('combobox', { name: 'Thema', exact: true }).selectOption({ label: name });
  }

  /** Adds theme `name` to the selection from the bulk bar and waits for the toast. */
  async addThemeToSelection(name: string): Promise<void> {
    await this.bulkBar.getByRole('combobox', { name: 'Thema', exact: true }).selectOption({ label: name });
    await this.bulkBar.getByRole('button', { name: 'Thema toevoegen', exact: true }).click();
    await expect(this.page.getByRole('region', { name: 'Meldingen' }).getByText(`thema "${name}" toevoegen aan`)).toBeVisible();
  }

  /**
   * Deletes the selection of `count` annotations from the bulk bar (more than one: confirmed in the
   * dialog naming the count) and waits for its toast ("1 verwijderd. Ctrl+Z …").
   */
  async deleteSelection(count: number): Promise<void> {
    await this.bulkBar.getByRole('button', { name: 'Verwijderen', exact: true }).click();
    if (count > 1) {
      const confirm = this.page.getByRole('alertdialog', { name: `${count} annotaties verwijderen?`, exact: true });
      await confirm.getByRole('button', { name: `${count} annotaties verwijderen`, exact: true }).click();
      await expect(confirm).toBeHidden();
    }
    await expect(this.page.getByRole('region', { name: 'Meldingen' }).getByText(`${count} verwijderd. Ctrl+Z maakt het ongedaan.`)).toBeVisible();
  }

  /**
   * Exports as `format` ("Exporteren (CSV)" / "Exporteren (W3C)") and resolves with the download
   * once the status says how many were exported.
   */
  async export(format: AnnotationFormat, count: number): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.transfer.getByRole('button', { name: format === 'csv' ? 'Exporteren (CSV)' : 'Exporteren (W3C)', exact: true }).click();
    const file = await download;
    await expect(this.transferStatus).toHaveText(`${count} annotaties geëxporteerd naar ${file.suggestedFilename()}.`);
    return file;
  }

  /** Imports a W3C annotation file and waits for its summary. */
  async importW3c(file: string): Promise<void> {
    await this.importInput.setInputFiles(file);
    await expect(this.importSummary).toBeVisible();
  }
}
