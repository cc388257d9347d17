import { otherArticle, seedArticle } from '../support/articles';
import { expect, test } from '../support/fixtures';
import { saveScreenshot } from '../support/screenshots';

test.describe('with two articles in the archive', () => {
  const seed = seedArticle();
  const other = otherArticle();

  test.beforeEach(async ({ library, importPanel }) => {
    await importPanel.dropAndWait([seed, other]);
    await importPanel.expectCounts({ imported: 2, duplicates: 0, failed: 0 });
    await importPanel.dismiss();
    await library.expectArticleCount(2);
  });

  test('search finds an article by a word from its text', async ({ page, library }) => {
    await library.search(seed.searchWord);
    await library.expectMatches(1, seed.searchWord);
    await expect(library.rows).toHaveCount(1);
    await saveScreenshot(page, 'library-search');

    await library.search('zzyzx-nothing-like-this');
    await expect(page.getByRole('heading', { name: /No articles match/ })).toBeVisible();

    await library.searchBox.press('Escape');
    await expect(library.searchBox).toHaveValue('');
    await library.expectArticleCount(2);
  });

  test('the library and the reader work from the keyboard alone', async ({ page, library, reader }) => {
    await page.keyboard.press('Control+f');
    await expect(library.searchBox).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(library.articles).toBeFocused();
    await expect(library.activeRow).toHaveAttribute('aria-rowindex', '2');
    await page.keyboard.press('ArrowDown');
    await expect(library.activeRow).toHaveAttribute('aria-rowindex', '3');
    const title = await library.titleOf(library.activeRow);

    await page.keyboard.press('Enter');
    await reader.expectOpen(title);
    // The text has the keyboard at once: J and K walk through the statements.
    await expect(reader.textPane).toBeFocused();
    await page.keyboard.press('j');
    await expect(reader.statements.first()).toHaveAttribute('aria-selected', 'true');
    const count = await reader.statements.count();
    if (count > 1) {
      await page.keyboard.press('j');
      await expect(reader.statements.nth(1)).toHaveAttribute('aria-selected', 'true');
    }
    const focused = reader.statements.nth(Math.min(1, count - 1));
    await expect((await reader.highlightOf(focused)).first()).toHaveClass(/is-flashing/);
    // Tab still reaches the cards, and arrows move between them.
    await focused.focus();
    if (count > 1) {
      await page.keyboard.press('ArrowUp');
      await expect(reader.statements.first()).toBeFocused();
    }
    await saveScreenshot(page, 'reader-keyboard', { animations: 'allow' });

    await page.keyboard.press('Escape');
    await expect(library.articles).toBeFocused();
    await expect(library.activeRow).toHaveAttribute('aria-rowindex', '3');
  });
});
