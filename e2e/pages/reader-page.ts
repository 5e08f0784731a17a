/**
 * Page object for the reader: parts by `data-part`, selecting text, the annotation popover
 * ("Markering toevoegen"), highlights and the annotations sidebar ("Markeringen").
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { selectPhrase } from './text-selection.js';

export class ReaderPage {
  readonly page: Page;
  readonly article: Locator;
  readonly highlightButton: Locator;
  readonly popover: Locator;
  readonly sidebar: Locator;

  constructor(page: Page) {
    this.page = page;
    this.article = page.locator('article.reader');
    this.highlightButton = page.getByRole('button', { name: 'Markeren', exact: true });
    this.popover = page.getByRole('dialog', { name: 'Markering toevoegen' });
    this.sidebar = page.getByRole('complementary', { name: /^Markeringen/ });
  }

  /** The text element of a part: `part("answer:6")`. */
  part(key: string): Locator {
    return this.article.locator(`[data-part="${key}"]`);
  }

  /** The answer / question / footnote text element containing `text`. */
  partContaining(type: 'question' | 'answer' | 'footnote', text: string): Locator {
    return this.article.locator(`[data-part^="${type}:"]`).filter({ hasText: text });
  }

  /** Highlights in the text (all, or those whose text matches). */
  highlights(text?: string): Locator {
    const marks = this.article.locator('mark[data-annotation-ids]');
    return text === undefined ? marks : marks.filter({ hasText: text });
  }

  /** Selects `phrase` in `part` and opens the popover via the "Markeren" button. */
  async startHighlight(part: Locator, phrase: string): Promise<void> {
    await selectPhrase(part, phrase);
    await this.highlightButton.click();
    await expect(this.popover).toBeVisible();
  }

  /** Selects `phrase` in `part` and opens the popover with the keyboard shortcut Alt+Shift+M. */
  async startHighlightByKeyboard(part: Locator, phrase: string): Promise<void> {
    await selectPhrase(part, phrase);
    await this.page.keyboard.press('Alt+Shift+KeyM');
    await expect(this.popover).toBeVisible();
  }

  /** Fills the open popover and saves; waits until it has closed. */
  async saveAnnotation(options: { note?: string; tags?: string[]; color?: string }): Promise<void> {
    if (options.color) await this.popover.getByRole('radio', { name: options.color }).check();
    if (options.note !== undefined) await this.popover.getByLabel('Notitie').fill(options.note);
    for (const tag of options.tags ?? []) {
      const field = this.popover.getByRole('combobox', { name: "Thema's" });
      await field.fill(tag);
      await field.press('Enter');
    }
    await this.popover.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expect(this.popover).toBeHidden();
  }

  /** The sidebar entry of the annotation quoting `quote`. */
  annotation(quote: string): Locator {
    return this.sidebar.getByRole('listitem').filter({ hasText: quote });
  }
}
