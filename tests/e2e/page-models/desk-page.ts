import { expect, type Locator, type Page } from '@playwright/test';

/** One article pane on the desk: its header, text with highlights, and statement cards. */
export class ArticlePane {
  readonly title: Locator;
  readonly textPane: Locator;
  readonly text: Locator;
  readonly highlights: Locator;
  readonly cards: Locator;
  readonly pairs: Locator;
  readonly alsoReportedBy: Locator;
  readonly legend: Locator;

  constructor(
    private readonly page: Page,
    readonly root: Locator,
  ) {
    this.title = root.getByRole('heading', { level: 1 });
    this.textPane = root.getByRole('region', { name: 'Article text' });
    this.text = root.locator('.article-text');
    this.highlights = this.text.locator('mark');
    this.cards = root.getByRole('listbox', { name: 'Statements' }).getByRole('option');
    this.pairs = root.getByRole('list', { name: 'Same quote elsewhere' }).getByRole('listitem');
    this.alsoReportedBy = root.getByLabel('Also reported by');
    this.legend = root.getByRole('list', { name: 'Nation colours' }).getByRole('button');
  }

  card(text: string | RegExp): Locator {
    return this.cards.filter({ hasText: text });
  }

  async highlightOf(card: Locator): Promise<Locator> {
    const id = await card.getAttribute('data-statement-id');
    if (!id) throw new Error('The card has no statement id.');
    return this.text.locator(`mark[data-statement-ids~="${id}"]`);
  }

  async select(card: Locator): Promise<void> {
    await card.locator('blockquote').click();
    await expect(card).toHaveAttribute('aria-selected', 'true');
  }

  tool(card: Locator, name: string): Locator {
    return card.getByRole('toolbar', { name: 'Statement actions' }).getByRole('button', { name, exact: true });
  }

  async showPairs(): Promise<void> {
    await this.root.getByRole('tab', { name: /^Same quotes/ }).click();
  }

  async showStatements(): Promise<void> {
    await this.root.getByRole('tab', { name: /^Statements/ }).click();
  }

  /** Selects the exact words in the article text, as a mouse drag would, and lets go. */
  async selectWords(words: string): Promise<void> {
    const found = await this.text.evaluate(
      // Runs in the page; written as plain JavaScript because these tests compile without the DOM types.
      new Function(
        'container',
        'wanted',
        `const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
         for (let node = walker.nextNode(); node; node = walker.nextNode()) {
           const at = node.textContent.indexOf(wanted);
           if (at < 0) continue;
           const range = document.createRange();
           range.setStart(node, at);
           range.setEnd(node, at + wanted.length);
           const selection = window.getSelection();
           selection.removeAllRanges();
           selection.addRange(range);
           container.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
           return true;
         }
         return false;`,
      ) as (container: unknown, wanted: string) => boolean,
      words,
    );
    if (!found) throw new Error(`“${words}” is not one run of text in the article.`);
  }
}

/** The desk: panes side by side, the linked selection, undo. */
export class DeskPage {
  readonly view: Locator;
  readonly panes: Locator;
  readonly backButton: Locator;
  readonly linkChip: Locator;
  readonly libraryBeside: Locator;

  constructor(private readonly page: Page) {
    this.view = page.getByRole('region', { name: 'Desk' });
    this.panes = this.view.locator('section.pane');
    this.backButton = this.view.getByRole('button', { name: 'Back to library' });
    this.linkChip = this.view.getByRole('status', { name: 'Linked selection' });
    this.libraryBeside = this.view.getByRole('button', { name: 'Library beside' });
  }

  pane(index: number): ArticlePane {
    return new ArticlePane(this.page, this.panes.nth(index));
  }

  paneFor(title: string | RegExp): ArticlePane {
    return new ArticlePane(this.page, this.panes.filter({ has: this.page.getByRole('heading', { level: 1, name: title }) }));
  }

  async expectPaneCount(count: number): Promise<void> {
    await expect(this.panes).toHaveCount(count);
  }
}
