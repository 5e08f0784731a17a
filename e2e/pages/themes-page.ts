/**
 * Page object for the theme manager ("Thema’s" in the top bar, Alt+Shift+T): the tree of themes
 * with their counts (each row's accessible description, "2 markeringen, 1 document"), renaming in
 * place with F2, and merging from the chosen theme's panel. Everything is found inside the
 * screen's own region, since the other screens have controls with the same names.
 */
import { expect, type Locator, type Page } from '@playwright/test';

const TITLE = 'Thema’s';

export class ThemesPage {
  readonly page: Page;
  readonly screenButton: Locator;
  readonly screen: Locator;
  readonly tree: Locator;

  constructor(page: Page) {
    this.page = page;
    this.screenButton = page.getByRole('navigation', { name: 'Scherm' }).getByRole('button', { name: TITLE, exact: true });
    this.screen = page.getByRole('region', { name: TITLE, exact: true });
    this.tree = this.screen.getByRole('tree', { name: TITLE, exact: true });
  }

  /** Shows the theme manager with Alt+Shift+T and waits until it is the current screen. */
  async open(): Promise<void> {
    await this.page.keyboard.press('Alt+Shift+KeyT');
    await expect(this.screenButton).toHaveAttribute('aria-current', 'page');
    await expect(this.screen).toBeVisible();
  }

  /** The tree row of the theme named exactly `name`. */
  theme(name: string): Locator {
    return this.tree.getByRole('treeitem', { name, exact: true });
  }

  /** The panel of the chosen theme ("Thema „name”"). */
  details(name: string): Locator {
    return this.screen.getByRole('region', { name: `Thema „${name}”`, exact: true });
  }

  /** Asserts the counts shown for theme `name`, e.g. "2 markeringen, 1 document". */
  async expectCounts(name: string, counts: string): Promise<void> {
    await expect(this.theme(name)).toHaveAccessibleDescription(counts);
  }

  /** Chooses theme `name` in the tree (its row gets focus and its panel shows). */
  async select(name: string): Promise<void> {
    await this.theme(name).click();
    await expect(this.theme(name)).toBeFocused();
    await expect(this.details(name)).toBeVisible();
  }

  /** Renames theme `from` to `to` from the keyboard: F2, type, Enter; waits for the renamed row. */
  async rename(from: string, to: string): Promise<void> {
    await this.select(from);
    await this.page.keyboard.press('F2');
    const field = this.tree.getByRole('textbox', { name: `Nieuwe naam voor „${from}”` });
    await expect(field).toBeFocused();
    await field.fill(to);
    await field.press('Enter');
    await expect(this.theme(to)).toBeFocused();
  }

  /** Merges theme `source` into `target` from the source's panel; waits until the source has gone. */
  async merge(source: string, target: string): Promise<void> {
    await this.select(source);
    const panel = this.details(source);
    await panel.getByRole('combobox', { name: 'Samenvoegen met', exact: true }).selectOption({ label: target });
    await panel.getByRole('button', { name: 'Samenvoegen', exact: true }).click();
    await expect(this.theme(source)).toHaveCount(0);
    await expect(this.theme(target)).toBeFocused();
  }
}
