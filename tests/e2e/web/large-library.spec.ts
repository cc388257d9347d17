import { expect, test } from '../support/fixtures';
import { saveScreenshot } from '../support/screenshots';

const ARTICLES = 450;

function report(n: number): { name: string; bytes: Uint8Array; type: string } {
  const label = String(n).padStart(4, '0');
  const text =
    `Briefing ${label} on regional security\n\n` +
    `The ministry spokesperson said on Monday, “Talks number ${label} will continue next week.”\n` +
    `Officials described meeting ${label} as constructive.\n`;
  return { name: `briefing-${label}.txt`, bytes: new TextEncoder().encode(text), type: 'text/plain' };
}

test('a library of hundreds of articles renders only what is on screen and scrolls to the end', async ({ page, library, importPanel }) => {
  test.setTimeout(180_000);
  const files = Array.from({ length: ARTICLES }, (_, i) => report(i + 1));
  await importPanel.dropAndWait(files);
  await importPanel.expectCounts({ imported: ARTICLES, duplicates: 0, failed: 0 });
  await importPanel.dismiss();
  await library.expectArticleCount(ARTICLES);

  // Virtualized: a window's worth of rows in the page, not all of them.
  await expect(library.rows.first()).toBeVisible();
  expect(await library.rows.count()).toBeLessThan(100);

  await library.rows.first().click();
  await page.keyboard.press('End');
  await expect(library.activeRow).toHaveAttribute('aria-rowindex', String(ARTICLES + 1));
  await expect(library.activeRow.getByRole('gridcell').first()).toHaveText(/Briefing \d{4}/);
  expect(await library.rows.count()).toBeLessThan(100);
  await saveScreenshot(page, 'library-scrolled-to-end');
});
