import { expect, type Locator, type Page } from '@playwright/test';

/** The actor registry: a list to find people and institutions, and the chosen actor's page. */
export class ActorsPage {
  readonly view: Locator;
  readonly search: Locator;
  readonly rows: Locator;
  readonly detail: Locator;

  constructor(private readonly page: Page) {
    this.view = page.getByRole('region', { name: 'Actors' });
    this.search = this.view.getByRole('searchbox', { name: 'Find an actor' });
    this.rows = this.view.getByRole('listbox', { name: 'Actor list' }).getByRole('option');
    this.detail = this.view.getByRole('article');
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Where you are' }).getByRole('button', { name: 'Actors' }).click();
    await expect(this.view).toBeVisible();
  }

  /** The row whose name is exactly this. */
  row(name: string): Locator {
    return this.rows.filter({ has: this.page.locator('.master-name', { hasText: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }) });
  }

  async choose(name: string): Promise<void> {
    await this.row(name).click();
    await expect(this.detail.getByRole('heading', { level: 1 })).toHaveText(name);
  }

  async mergeInto(target: string): Promise<void> {
    await this.detail.getByRole('combobox', { name: 'Merge into' }).fill(target);
    await this.detail.getByRole('button', { name: 'Merge', exact: true }).click();
  }
}
