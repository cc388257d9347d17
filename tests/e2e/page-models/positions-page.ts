import { expect, type Locator, type Page } from '@playwright/test';

type PositionsTab = 'Matrix' | 'Nation against nation' | 'Timeline' | 'Network';

/** The Positions view: its tabs, filters, the matrix and a cell's quotes, the other views' panels. */
export class PositionsPage {
  readonly view: Locator;
  readonly matrix: Locator;
  readonly cellPanel: Locator;
  readonly panel: Locator;

  constructor(private readonly page: Page) {
    this.view = page.getByRole('region', { name: 'Positions' });
    this.matrix = this.view.getByRole('grid', { name: 'Positions matrix' });
    this.cellPanel = this.view.getByRole('complementary', { name: /^Quotes:/ });
    this.panel = this.view.getByRole('tabpanel');
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Where you are' }).getByRole('button', { name: 'Positions' }).click();
    await expect(this.view).toBeVisible();
  }

  async showTab(tab: PositionsTab): Promise<void> {
    await this.view.getByRole('tab', { name: tab }).click();
    await expect(this.panel).toHaveAccessibleName(tab);
  }

  rowHeaders(): Locator {
    return this.matrix.getByRole('rowheader');
  }

  columnHeaders(): Locator {
    return this.matrix.locator('thead th.matrix-column .matrix-column-label');
  }

  /** A cell, named as a screen reader reads it: "United States, Arms transfers: 1 statement". */
  cell(nation: string, column: string): Locator {
    return this.matrix.getByRole('button', { name: new RegExp(`^${nation}, ${column}: `) });
  }

  quotes(): Locator {
    return this.cellPanel.getByRole('article');
  }

  versusColumn(nation: string, topic: string): Locator {
    return this.panel.getByRole('region', { name: `${nation} on ${topic}` });
  }

  async chooseTopic(topic: string): Promise<void> {
    await this.panel.getByLabel('Topic').selectOption({ label: topic });
  }
}
