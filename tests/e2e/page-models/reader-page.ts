import { expect, type Locator, type Page } from '@playwright/test';

/** The article open in the desk's active pane: its text with highlighted statements and its statement cards. */
export class ReaderPage {
  readonly view: Locator;
  readonly title: Locator;
  readonly text: Locator;
  /** The scrollable pane holding the header and the text, reachable with Tab. */
  readonly textPane: Locator;
  readonly highlights: Locator;
  readonly statements: Locator;
  readonly legend: Locator;
  readonly backButton: Locator;

  constructor(private readonly page: Page) {
    this.view = page.locator('section.pane.is-active');
    this.title = this.view.getByRole('heading', { level: 1 });
    this.textPane = this.view.getByRole('region', { name: 'Article text' });
    this.text = this.view.locator('.article-text');
    this.highlights = this.text.locator('mark');
    this.statements = this.view.getByRole('listbox', { name: 'Statements' }).getByRole('option');
    this.legend = this.view.getByRole('list', { name: 'Nation colours' }).getByRole('listitem');
    this.backButton = page.getByRole('region', { name: 'Desk' }).getByRole('button', { name: 'Back to library' });
  }

  async expectOpen(title: string): Promise<void> {
    await expect(this.title).toHaveText(title);
  }

  /** The marks that highlight this statement's span in the text. */
  async highlightOf(statement: Locator): Promise<Locator> {
    const id = await statement.getAttribute('data-statement-id');
    if (!id) throw new Error('The statement has no id.');
    return this.text.locator(`mark[data-statement-ids~="${id}"]`);
  }

  quoteOf(statement: Locator): Locator {
    return statement.locator('blockquote');
  }

  speakerOf(statement: Locator): Locator {
    return statement.locator('.speaker-name');
  }

  async back(): Promise<void> {
    await this.backButton.click();
  }
}
