import { seedArticle } from '../support/articles';
import { dragFilesOver } from '../support/drop-files';
import { expect, test } from '../support/fixtures';
import { saveScreenshot } from '../support/screenshots';

test('an analyst drops an article, opens it and sees who said what', async ({ page, library, importPanel, reader }) => {
  const article = seedArticle();
  if (article.source === 'project') console.log('../shared/seed is absent: using the project’s own article instead.');

  await test.step('a new archive is empty and says how to add articles', async () => {
    await expect(library.emptyArchive).toBeVisible();
    await expect(page.getByText('Drop article files or folders anywhere on this window')).toBeVisible();
    await saveScreenshot(page, 'library-empty');
  });

  await test.step('dragging a file over the window shows where it will go', async () => {
    await dragFilesOver(page, [article]);
    await expect(importPanel.dropHint).toBeVisible();
    await saveScreenshot(page, 'drop-overlay');
  });

  await test.step('dropping the file imports it into the library', async () => {
    await importPanel.dropAndWait([article]);
    await expect(importPanel.dropHint).toBeHidden();
    await importPanel.expectCounts({ imported: 1, duplicates: 0, failed: 0 });
    await library.expectArticleCount(1);
    await expect(library.rows).toHaveCount(1);
    await saveScreenshot(page, 'library-one-article');
  });

  const title = await library.titleOf(library.rows.first());
  expect(title).not.toBe('');

  await test.step('opening it shows the text with every statement highlighted', async () => {
    await library.openArticle(title);
    await reader.expectOpen(title);
    await expect(reader.statements.first()).toBeVisible();
    const count = await reader.statements.count();
    for (let i = 0; i < count; i++) {
      const statement = reader.statements.nth(i);
      const marks = await reader.highlightOf(statement);
      await expect(marks.first()).toBeVisible();
      // The highlighted pieces, put together, are exactly the quote the panel lists.
      const highlighted = (await marks.evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ''))).join('');
      await expect(reader.quoteOf(statement)).toHaveText(highlighted.trim().replace(/\s+/g, ' '), { useInnerText: false });
    }
    await expect(reader.legend.first()).toBeVisible();
    await saveScreenshot(page, 'reader-article');
  });

  await test.step('hovering a highlight names its speaker', async () => {
    const statement = reader.statements.first();
    const speaker = (await reader.speakerOf(statement).innerText()).trim();
    const mark = (await reader.highlightOf(statement)).first();
    await mark.hover();
    await expect(mark).toHaveAttribute('title', new RegExp(speaker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  });

  await test.step('clicking a statement scrolls to its words and flashes them', async () => {
    const statement = reader.statements.last();
    await statement.click();
    await expect(statement).toHaveAttribute('aria-selected', 'true');
    const mark = (await reader.highlightOf(statement)).first();
    await expect(mark).toHaveClass(/is-flashing/);
    await expect(mark).toBeInViewport();
    await saveScreenshot(page, 'reader-statement-flash', { animations: 'allow' });
  });

  await test.step('Escape goes back to the library', async () => {
    await page.keyboard.press('Escape');
    await expect(library.rows).toHaveCount(1);
    await expect(reader.view).toBeHidden();
  });

  await test.step('dropping the same file again does not duplicate it', async () => {
    await importPanel.dismiss();
    await importPanel.dropAndWait([article]);
    await importPanel.expectCounts({ imported: 0, duplicates: 1, failed: 0 });
    await library.expectArticleCount(1);
    await expect(library.rows).toHaveCount(1);
  });
});
