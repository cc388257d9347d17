import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { otherArticle, projectArticle } from '../support/articles';
import { expect, test } from '../support/fixtures';

test('Import… picks files from disk and imports them', async ({ page, library, importPanel }) => {
  const article = otherArticle();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('banner').getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles([{ name: article.name, mimeType: 'text/plain', buffer: Buffer.from(article.bytes) }]);

  await expect(importPanel.summary).toBeVisible();
  await importPanel.expectCounts({ imported: 1, duplicates: 0, failed: 0 });
  await library.expectArticleCount(1);
  await expect(library.row(/Nordic ministers/)).toBeVisible();
});

test('Import folder… imports every article in a folder and its subfolders', async ({ page, library, importPanel }) => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-folder-'));
  try {
    const folder = join(dir, 'clippings');
    mkdirSync(join(folder, 'week-2'), { recursive: true });
    writeFileSync(join(folder, otherArticle().name), otherArticle().bytes);
    writeFileSync(join(folder, 'week-2', 'seoul-tokyo.txt'), projectArticle().bytes);

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import folder…' }).click();
    await (await chooser).setFiles(folder);

    await expect(importPanel.summary).toBeVisible();
    await importPanel.expectCounts({ imported: 2, duplicates: 0, failed: 0 });
    await library.expectArticleCount(2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
