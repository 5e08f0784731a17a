/**
 * Page object for the "Briefing exporteren" dialog: choose documents and a title, export, and
 * catch the PDF download of the browser shell.
 */
import { expect, type Download, type Locator, type Page } from '@playwright/test';

export class BriefingDialog {
  readonly page: Page;
  readonly openButton: Locator;
  readonly dialog: Locator;
  readonly title: Locator;
  readonly exportButton: Locator;

  constructor(page: Page) {
    this.page = page;
    this.openButton = page.getByRole('button', { name: 'Briefing exporteren', exact: true });
    this.dialog = page.getByRole('dialog', { name: 'Briefing exporteren' });
    this.title = this.dialog.getByLabel('Titel van de briefing');
    this.exportButton = this.dialog.getByRole('button', { name: 'Exporteren', exact: true });
  }

  async open(): Promise<void> {
    await this.openButton.click();
    await expect(this.dialog).toBeVisible();
  }

  /** The checkbox of a document in the dialog. */
  documentCheckbox(name: string | RegExp): Locator {
    return this.dialog.getByRole('checkbox', { name });
  }

  /** Sets the title, exports, and resolves with the download once the PDF has arrived. */
  async exportAs(title: string): Promise<Download> {
    await this.title.fill(title);
    const download = this.page.waitForEvent('download');
    await this.exportButton.click();
    const result = await download;
    await expect(this.dialog.getByRole('status')).toContainText('gedownload');
    return result;
  }

  async close(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.dialog).toBeHidden();
  }
}
