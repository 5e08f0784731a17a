/**
 * Page object for the briefing composer ("Briefings" in the top bar): the saved briefings, the open
 * briefing's title page, items ("Onderdelen van de briefing"), theme adder, undo/redo, the live
 * preview frame and the export buttons, whose download the browser shell hands to the browser.
 * Also "Aan briefing toevoegen" menus, which live in the reader and library. Dutch UI, by role and name.
 */
import { expect, type Download, type FrameLocator, type Locator, type Page } from '@playwright/test';

export type ExportFormat = 'pdf' | 'docx';

export class ComposerPage {
  readonly page: Page;
  readonly screenButton: Locator;
  readonly libraryButton: Locator;
  readonly newBriefingButton: Locator;
  readonly briefingList: Locator;
  readonly editor: Locator;
  readonly titleField: Locator;
  readonly classificationField: Locator;
  readonly itemList: Locator;
  readonly items: Locator;
  readonly addHeadingButton: Locator;
  readonly addTextButton: Locator;
  readonly themeSelect: Locator;
  readonly groupBySelect: Locator;
  readonly addThemeButton: Locator;
  readonly undoButton: Locator;
  readonly redoButton: Locator;
  readonly previewPane: Locator;
  readonly previewFrameElement: Locator;
  readonly preview: FrameLocator;
  readonly exportButtons: Locator;
  readonly exportStatus: Locator;
  readonly toasts: Locator;

  constructor(page: Page) {
    this.page = page;
    const screens = page.getByRole('navigation', { name: 'Scherm' });
    this.screenButton = screens.getByRole('button', { name: 'Briefings', exact: true });
    this.libraryButton = screens.getByRole('button', { name: 'Bibliotheek', exact: true });
    this.newBriefingButton = page.getByRole('button', { name: 'Nieuwe briefing', exact: true });
    this.briefingList = page.getByRole('list', { name: 'Opgeslagen briefings' });
    this.editor = page.getByRole('region', { name: 'Briefing bewerken' });
    const titlePage = this.editor.getByRole('group', { name: 'Titelpagina' });
    this.titleField = titlePage.getByRole('textbox', { name: 'Titel', exact: true });
    this.classificationField = titlePage.getByRole('textbox', { name: 'Rubricering' });
    this.itemList = this.editor.getByRole('list', { name: 'Onderdelen van de briefing' });
    this.items = this.itemList.getByRole('listitem');
    this.addHeadingButton = this.editor.getByRole('button', { name: 'Kop toevoegen', exact: true });
    this.addTextButton = this.editor.getByRole('button', { name: 'Tekst toevoegen', exact: true });
    this.themeSelect = this.editor.getByRole('combobox', { name: 'Thema', exact: true });
    this.groupBySelect = this.editor.getByRole('combobox', { name: 'Groeperen per', exact: true });
    this.addThemeButton = this.editor.getByRole('button', { name: 'Thema toevoegen', exact: true });
    this.undoButton = this.editor.getByRole('button', { name: 'Ongedaan maken', exact: true });
    this.redoButton = this.editor.getByRole('button', { name: 'Opnieuw', exact: true });
    this.previewPane = page.getByRole('region', { name: 'Voorbeeld' });
    this.previewFrameElement = this.previewPane.getByTitle('Voorbeeld van de briefing');
    this.preview = this.previewFrameElement.contentFrame();
    this.exportButtons = this.previewPane.getByRole('group', { name: 'Exporteren' });
    this.exportStatus = this.previewPane.getByRole('status');
    this.toasts = page.getByRole('region', { name: 'Meldingen' });
  }

  /** Shows the composer with the top bar's "Briefings" button. */
  async open(): Promise<void> {
    await this.screenButton.click();
    await expect(this.screenButton).toHaveAttribute('aria-current', 'page');
  }

  /** Switches between library and composer with Alt+Shift+B; waits until `screen` is shown. */
  async toggleByKeyboard(screen: 'library' | 'briefings'): Promise<void> {
    await this.page.keyboard.press('Alt+Shift+KeyB');
    await expect(screen === 'briefings' ? this.screenButton : this.libraryButton).toHaveAttribute('aria-current', 'page');
  }

  /** Makes a new empty briefing (it opens with its title selected) and gives it `title`. */
  async createBriefing(title: string): Promise<void> {
    await this.newBriefingButton.click();
    await expect(this.titleField).toBeFocused();
    await this.titleField.fill(title);
    await this.titleField.blur();
    await expect(this.briefingList.getByRole('button', { name: title, exact: true })).toBeVisible();
  }

  /** The export button of `format`. */
  exportButton(format: ExportFormat): Locator {
    return this.exportButtons.getByRole('button', { name: format === 'pdf' ? 'PDF' : 'Word (.docx)', exact: true });
  }

  /** The item card whose accessible name ("Fragment 3 van 9: …") matches `name`. */
  item(name: string | RegExp): Locator {
    return this.itemList.getByRole('listitem', { name });
  }

  /** Adds every excerpt of theme `theme` grouped by `groupBy` ("Subthema", "Document", "Datum"). */
  async addTheme(theme: string, groupBy: string): Promise<void> {
    await this.themeSelect.selectOption({ label: theme });
    await this.groupBySelect.selectOption({ label: groupBy });
    await this.addThemeButton.click();
    await expect(this.toasts.getByText(/onderdelen toegevoegd aan/)).toBeVisible();
  }

  /** "Kop toevoegen" (after the item focused last) and types its text; leaves the field (one undo step). */
  async addHeading(text: string): Promise<void> {
    await this.addHeadingButton.click();
    const field = this.editor.getByRole('textbox', { name: 'Tekst van de kop' }).and(this.page.locator(':focus'));
    await expect(field).toHaveValue('Nieuwe kop');
    await field.fill(text);
    await field.blur();
  }

  /** "Tekst toevoegen" (after the item focused last) and types `text` (Markdown subset); leaves the field. */
  async addText(text: string): Promise<void> {
    await this.addTextButton.click();
    const field = this.editor.getByRole('textbox', { name: 'Eigen tekst' }).and(this.page.locator(':focus'));
    await expect(field).toHaveValue('');
    await field.fill(text);
    await field.blur();
  }

  /** Focuses item `name` and moves it with Alt+↑ / Alt+↓ `times` times; focus stays on it. */
  async moveByKeyboard(name: string | RegExp, direction: 'up' | 'down', times = 1): Promise<void> {
    const card = this.item(name);
    await card.focus();
    for (let i = 0; i < times; i++) {
      await card.press(direction === 'up' ? 'Alt+ArrowUp' : 'Alt+ArrowDown');
      await expect(card).toBeFocused();
    }
  }

  /** Asserts the item cards' accessible names, in order. */
  async expectItems(names: readonly RegExp[]): Promise<void> {
    await expect(this.items).toHaveCount(names.length);
    for (const [i, name] of names.entries()) await expect(this.items.nth(i)).toHaveAccessibleName(name);
  }

  /**
   * Exports as `format`, and resolves with the download once the browser shell has handed it over
   * and the status reports it ("… is gedownload").
   */
  async export(format: ExportFormat): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.exportButton(format).click();
    const result = await download;
    await expect(this.exportStatus).toContainText(`${result.suggestedFilename()} is gedownload`);
    return result;
  }
}

/**
 * "Aan briefing toevoegen" from anywhere (reader, sidebar, library): opens the menu button named
 * `button`, chooses the saved briefing `briefing` or, with `{ newTitle }`, "Nieuwe briefing…" with
 * that title; waits for the toast and returns it (it has "Openen").
 */
export async function addToBriefing(page: Page, button: Locator, target: { briefing: string } | { newTitle: string }): Promise<Locator> {
  await button.click();
  const menu = page.getByRole('menu', { name: 'Kies een briefing' });
  if ('briefing' in target) {
    await menu.getByRole('menuitem', { name: target.briefing }).click();
  } else {
    await menu.getByRole('menuitem', { name: 'Nieuwe briefing…' }).click();
    const title = page.getByRole('textbox', { name: 'Titel van de nieuwe briefing' });
    await title.fill(target.newTitle);
    await page.locator('form').filter({ has: title }).getByRole('button', { name: 'Toevoegen', exact: true }).click();
  }
  const toast = page.getByRole('region', { name: 'Meldingen' }).locator('.toast').filter({ hasText: /toegevoegd aan|staat al in/i });
  await expect(toast.first()).toBeVisible();
  return toast.first();
}
