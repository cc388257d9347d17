import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The Briefings view: the list with its template form, the editor, and the statements beside it. */
export class BriefingsPage {
  readonly nav: Locator;
  readonly view: Locator;
  readonly template: Locator;
  readonly topic: Locator;
  readonly newButton: Locator;
  readonly editor: Locator;
  readonly text: Locator;
  readonly quotes: Locator;
  readonly saveStatus: Locator;
  readonly picker: Locator;
  readonly pickerSearch: Locator;
  readonly pickerStatements: Locator;

  constructor(private readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Where you are' }).getByRole('button', { name: 'Briefings' });
    this.view = page.getByRole('region', { name: 'Briefings' });
    const form = this.view.getByRole('form', { name: 'New briefing' });
    this.template = form.getByLabel('Template');
    this.topic = form.getByLabel('Quotes from');
    this.newButton = form.getByRole('button', { name: 'New briefing' });
    this.editor = this.view.getByRole('region', { name: /^Briefing:/ });
    this.text = this.editor.getByRole('textbox', { name: 'Briefing text' });
    this.quotes = this.text.locator('figure.quote-citation');
    this.saveStatus = this.editor.getByRole('status');
    this.picker = this.view.getByRole('complementary', { name: 'Statements' });
    this.pickerSearch = this.picker.getByRole('searchbox', { name: 'Search statements' });
    this.pickerStatements = this.picker.getByRole('listbox', { name: 'Statements to cite' }).getByRole('option');
  }

  async open(): Promise<void> {
    await this.nav.click();
    await expect(this.view).toBeVisible();
  }

  async create(template: string, topic?: string): Promise<void> {
    await this.template.selectOption({ label: template });
    if (topic) {
      const value = await this.topic.locator('option', { hasText: topic }).getAttribute('value');
      await this.topic.selectOption(value ?? '');
    }
    await this.newButton.click();
    await expect(this.editor).toBeVisible();
  }

  quote(text: string): Locator {
    return this.quotes.filter({ hasText: text });
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText(/^Saved/);
  }

  async export(format: 'Word (.docx)' | 'PDF' | 'Markdown' | 'HTML'): Promise<Download> {
    await this.expectSaved();
    const downloading = this.page.waitForEvent('download');
    await this.editor.locator('summary', { hasText: 'Export' }).click();
    await this.editor.getByRole('menuitem', { name: format }).click();
    return downloading;
  }
}
