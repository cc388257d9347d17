import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { buildLargeArchive } from '../../../bench/support/build-large-archive';
import { CALL_PATH } from '../../../shared/api/http-protocol';
import { DeskPage } from '../page-models/desk-page';
import { LibraryPage } from '../page-models/library-page';
import { startParleyServer, type ParleyServer } from '../support/parley-server';

/**
 * Just over the size that opens whole (about 1.3 MB), with more statements than the first page holds:
 * the text's outline and the later statements come in calls of their own after the opening.
 */
const LONG = { articles: 2, hugeLines: 100_000, hugeStatements: 2_001 };

/** Answers the next matching call as the server answers a failed one, and lets the rest through. */
async function failNextCall(page: Page, name: string, when: (args: Record<string, unknown>) => boolean = () => true): Promise<{ failed: () => boolean }> {
  let failed = false;
  await page.route(`**${CALL_PATH}${name}`, async (route) => {
    const args = JSON.parse(route.request().postData() ?? '{}') as Record<string, unknown>;
    if (failed || !when(args)) return route.continue();
    failed = true;
    await route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ ok: false, error: 'the archive was busy' }) });
  });
  return { failed: () => failed };
}

test.describe('a long article whose later parts fail to load', () => {
  let dir: string;
  let server: ParleyServer | null = null;

  test.beforeEach(async () => {
    const built = buildLargeArchive(LONG);
    dir = mkdtempSync(join(tmpdir(), 'parley-long-parts-'));
    const archivePath = join(dir, 'archive.sqlite');
    copyFileSync(built.path, archivePath);
    server = null;
    server = await startParleyServer({ archivePath });
  });

  test.afterEach(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const lastWords = `${LONG.articles}-${LONG.hugeStatements - 1}.`;

  test('keeps the first page on screen, says the rest is missing, and Try again brings it', async ({ page }) => {
    const outline = await failNextCall(page, 'articles.outline');
    const library = new LibraryPage(page);
    await library.open(server!.url);
    await library.openArticle(`report ${LONG.articles}`);
    const pane = new DeskPage(page).pane(0);

    const notice = pane.root.getByRole('alert');
    await expect(notice).toContainText('The rest of this article could not be loaded: the archive was busy');
    expect(outline.failed()).toBe(true);
    // What came with the opening stays readable.
    await expect(pane.text.locator('.text-block').first()).toBeVisible();
    await expect(pane.cards.first()).toBeVisible();
    await expect(pane.root).toHaveAttribute('data-statements-complete', 'true', { timeout: 60_000 });

    await notice.getByRole('button', { name: 'Try again' }).click();
    await expect(notice).toBeHidden({ timeout: 60_000 });
    await expect(async () => {
      await pane.textPane.evaluate((box) => box.scrollTo({ top: box.scrollHeight }));
      await expect(pane.text.locator('.text-block').last()).toContainText(lastWords, { timeout: 2000 });
    }).toPass({ timeout: 60_000 });
  });

  test('keeps the statements that came, says some are missing, and Try again brings them all', async ({ page }) => {
    const later = await failNextCall(page, 'statements.inArticlePage', (args) => args.after !== null);
    const library = new LibraryPage(page);
    await library.open(server!.url);
    await library.openArticle(`report ${LONG.articles}`);
    const pane = new DeskPage(page).pane(0);

    const notice = pane.root.getByRole('alert');
    await expect(notice).toContainText("Some of this article's statements could not be loaded: the archive was busy");
    expect(later.failed()).toBe(true);
    await expect(pane.cards.first()).toBeVisible();
    await expect(pane.root).toHaveAttribute('data-statements-complete', 'false');

    await notice.getByRole('button', { name: 'Try again' }).click();
    await expect(pane.root).toHaveAttribute('data-statements-complete', 'true', { timeout: 60_000 });
    await expect(notice).toBeHidden();
    await expect(pane.root.getByRole('tab', { name: /^Statements/ })).toContainText(String(LONG.hugeStatements));
  });
});
