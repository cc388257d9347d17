import { callApi } from '../support/api-call';
import { projectArticle } from '../support/articles';
import { expect, test } from '../support/fixtures';

test('an article without a title is named by its file name, shown escaped in the library and the desk, never obeyed', async ({ page, parley, library, importPanel, reader }) => {
  // Obeyed, U+202E shows the rest of the name backwards: this text file would read as "reporttxt.pdf".
  const spoofed = projectArticle('report\u202efdp.txt');
  const shown = 'report\\u202efdp.txt';
  await importPanel.dropAndWait([spoofed]);
  await importPanel.expectCounts({ imported: 1, duplicates: 0, failed: 0 });

  // The analyst cleared the title in the article's details: the file name stands in for it.
  const [article] = (await callApi(parley.url, 'articles.list', { limit: 10 })).rows;
  expect(article!.originalName).toBe(spoofed.name);
  await callApi(parley.url, 'articles.update', { id: article!.id, changes: { title: null } });
  await library.open(parley.url);

  const row = library.rows.first();
  const titleCell = row.getByRole('gridcell').first();
  await expect(titleCell).toHaveText(shown);
  await expect(titleCell).toHaveAttribute('title', shown);

  await library.openArticle(shown);
  await reader.expectOpen(shown);
  await expect(reader.title).toHaveAttribute('title', shown);
  await expect(page.getByRole('region', { name: `Article: ${shown}` })).toBeVisible();
});
