import { expect, test } from '../support/fixtures';
import { saveScreenshot } from '../support/screenshots';

const ARTICLES = 1500;

function dispatch(n: number): { name: string; bytes: Uint8Array; type: string } {
  const label = String(n).padStart(5, '0');
  const text =
    `Dispatch ${label} from the border talks\n\n` +
    `The envoy said on Friday, “Round ${label} ended without agreement.”\n`;
  return { name: `dispatch-${label}.txt`, bytes: new TextEncoder().encode(text), type: 'text/plain' };
}

test('cancelling a long import keeps what was already imported', async ({ page, library, importPanel }) => {
  test.setTimeout(180_000);
  await importPanel.drop(Array.from({ length: ARTICLES }, (_, i) => dispatch(i + 1)));

  const progress = page.getByRole('progressbar', { name: 'Import progress' });
  await expect(progress).toBeVisible();
  await expect(importPanel.runningCount('imported')).not.toHaveText('0 imported', { timeout: 60_000 });
  await saveScreenshot(page, 'import-progress');
  await page.getByRole('button', { name: 'Cancel' }).click();

  await expect(importPanel.summary).toContainText('Import cancelled', { timeout: 60_000 });
  await saveScreenshot(page, 'import-cancelled');
  const imported = Number((await importPanel.count('imported').innerText()).match(/\d[\d,]*/)?.[0].replace(/,/g, ''));
  expect(imported).toBeLessThan(ARTICLES);
  await library.expectArticleCount(imported);
});
