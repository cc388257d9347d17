import { expect, type Locator, type Page } from '@playwright/test';

/** The list of articles in the archive, with its search box. */
export class LibraryPage {
  readonly searchBox: Locator;
  readonly articles: Locator;
  readonly rows: Locator;
  readonly summary: Locator;
  readonly emptyArchive: Locator;
  readonly importButton: Locator;

  constructor(private readonly page: Page) {
    this.searchBox = page.getByRole('searchbox', { name: 'Search articles' });
    this.articles = page.getByRole('grid', { name: 'Articles' });
    // Body rows only: the header row holds column headers, not cells.
    this.rows = this.articles.getByRole('row').filter({ has: page.getByRole('gridcell') });
    this.summary = page.getByRole('region', { name: 'Library' }).getByRole('status');
    this.emptyArchive = page.getByRole('heading', { name: 'Your archive is empty' });
    this.importButton = page.getByRole('button', { name: 'Import…', exact: true }).first();
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.summary).not.toHaveText('Loading…');
  }

  row(title: string | RegExp): Locator {
    return this.rows.filter({ hasText: title });
  }

  /** The summary's count as a number: the page groups its digits in the browser's locale ("1,000"). */
  async expectArticleCount(count: number): Promise<void> {
    await expect
      .poll(async () => {
        const shown = /^([\d.,\s\u00a0\u202f]+) articles?$/.exec(await this.summary.innerText());
        return shown ? Number(shown[1]!.replace(/\D/g, '')) : null;
      })
      .toBe(count);
  }

  async expectMatches(count: number, query: string): Promise<void> {
    await expect(this.summary).toHaveText(`${count} ${count === 1 ? 'article matches' : 'articles match'} “${query}”`);
  }

  async search(text: string): Promise<void> {
    await this.searchBox.fill(text);
  }

  /**
   * Waits until the list shows this search's results: until then it still holds the rows of the one
   * before, which the results replace, maybe between the two clicks of a double-click.
   */
  async expectSearched(text: string): Promise<void> {
    await expect(this.summary).toContainText(`“${text.trim()}”`);
  }

  async openArticle(title: string | RegExp): Promise<void> {
    await this.row(title).dblclick();
  }

  /** The title shown in a row (first cell). */
  async titleOf(row: Locator): Promise<string> {
    return (await row.getByRole('gridcell').first().innerText()).trim();
  }

  /** The row the keyboard is on. */
  get activeRow(): Locator {
    return this.rows.and(this.page.locator('[aria-selected="true"]'));
  }
}
