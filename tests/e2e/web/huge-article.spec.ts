import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { buildLargeArchive } from '../../../bench/support/build-large-archive';
import { DeskPage } from '../page-models/desk-page';
import { LibraryPage } from '../page-models/library-page';
import { startParleyServer, type ParleyServer } from '../support/parley-server';
import { saveScreenshot } from '../support/screenshots';

/** The reader's worst case: a million lines, a hundred thousand and one statements. */
const HUGE = { articles: 2, hugeLines: 1_000_000, hugeStatements: 100_001 };
/** Far more than a screen of text and cards needs, far fewer than the article would take whole (millions). */
const BOUNDED_NODES = 6000;

function countNodes(): string {
  return `document.getElementsByTagName('*').length`;
}

test('a million-line article opens with only a screenful in the page, and find and highlights reach its far end', async ({ browser }) => {
  // Building the archive (once per machine, then reused) and loading every statement take minutes on a busy machine.
  test.setTimeout(900_000);
  const built = buildLargeArchive(HUGE);
  const dir = mkdtempSync(join(tmpdir(), 'parley-huge-'));
  const archivePath = join(dir, 'archive.sqlite');
  copyFileSync(built.path, archivePath);
  let server: ParleyServer | null = null;
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  try {
    server = await startParleyServer({ archivePath });
    const { url } = server;
    const library = new LibraryPage(page);
    await library.open(url);
    // The huge article is the archive's last, with the last article number in its title.
    await library.openArticle(`report ${HUGE.articles}`);
    const desk = new DeskPage(page);
    const pane = desk.pane(0);

    await test.step('it opens: text and highlights show while the later statements still come', async () => {
      await expect(pane.root).toHaveAttribute('data-ready', 'true', { timeout: 300_000 });
      await expect(pane.highlights.first()).toBeVisible();
      await expect(pane.cards.first()).toBeVisible();
      expect(await page.evaluate(countNodes())).toBeLessThan(BOUNDED_NODES);
    });

    // The last statement ends with its article and statement numbers, a word found nowhere else.
    const lastWords = `${HUGE.articles}-${HUGE.hugeStatements - 1}.`;

    await test.step('scrolling down reaches the end of the text, a million lines below its first page', async () => {
      // The opening outlines only the first page of blocks; the rest of the outline follows it.
      // Blocks are measured as they are drawn, so the bottom moves until the last is in.
      await expect(async () => {
        await pane.textPane.evaluate((box) => box.scrollTo({ top: box.scrollHeight }));
        await expect(pane.text.locator('.text-block').last()).toContainText(lastWords, { timeout: 2000 });
      }).toPass({ timeout: 120_000 });
      await expect(pane.text.getByText(lastWords, { exact: false }).last()).toBeInViewport();
      expect(await page.evaluate(countNodes())).toBeLessThan(BOUNDED_NODES);
      await pane.textPane.evaluate((box) => box.scrollTo({ top: 0 }));
    });

    await test.step('every statement arrives, and the page still holds only what is on screen', async () => {
      await expect(pane.root).toHaveAttribute('data-statements-complete', 'true', { timeout: 600_000 });
      await expect(pane.root.getByRole('tab', { name: /^Statements/ })).toContainText(String(HUGE.hugeStatements));
      expect(await page.evaluate(countNodes())).toBeLessThan(BOUNDED_NODES);
    });

    await test.step('find reaches a hit a million lines down and scrolls it into view', async () => {
      await pane.textPane.focus();
      await page.keyboard.press('Control+f');
      const find = pane.root.getByRole('searchbox', { name: 'Find in this article' });
      await expect(find).toBeFocused();
      await find.fill(lastWords);
      await expect(pane.root.locator('.find-count')).toHaveText('1 of 1', { timeout: 60_000 });
      const hit = pane.text.locator('.find-hit.is-current');
      await expect(hit).toHaveText(lastWords, { timeout: 60_000 });
      await expect(hit).toBeInViewport();
      expect(await page.evaluate(countNodes())).toBeLessThan(BOUNDED_NODES);
    });

    await test.step('a click on that far highlight selects its card, scrolled into view beside it', async () => {
      const mark = pane.highlights.filter({ hasText: lastWords }).first();
      await mark.click();
      await expect(mark).toHaveClass(/is-selected/);
      const card = pane.cards.filter({ hasText: lastWords });
      await expect(card).toHaveAttribute('aria-selected', 'true', { timeout: 60_000 });
      await expect(card).toBeInViewport();
      await expect(card).toHaveAttribute('aria-posinset', String(HUGE.hugeStatements));
      await saveScreenshot(page, 'huge-article-far-end');
    });

    await test.step('k walks back to the statement before, in the text and the list', async () => {
      await pane.textPane.focus();
      await page.keyboard.press('k');
      const before = `${HUGE.articles}-${HUGE.hugeStatements - 2}.`;
      await expect(pane.cards.filter({ hasText: before })).toHaveAttribute('aria-selected', 'true', { timeout: 60_000 });
      await expect(pane.highlights.filter({ hasText: before }).first()).toHaveClass(/is-selected/);
      await expect(pane.highlights.filter({ hasText: before }).first()).toBeInViewport();
    });

    await test.step('confirming it there reloads the pane in place: the text keeps its place a million lines down', async () => {
      const before = `${HUGE.articles}-${HUGE.hugeStatements - 2}.`;
      // The reload reads every statement again and shows them with the text once the last page is here.
      const lastPage = page.waitForResponse(
        async (response) => response.url().includes('statements.inArticlePage') && ((await response.json()) as { result?: { next: unknown } }).result?.next === null,
        { timeout: 300_000 },
      );
      await pane.textPane.focus();
      await page.keyboard.press('c');
      await lastPage;
      // The last page's answer is then merged with a hundred thousand others and drawn: on a busy
      // machine that takes seconds, as the other steps here allow.
      const mark = pane.highlights.filter({ hasText: before }).first();
      await expect(mark).toHaveAttribute('data-review', 'confirmed', { timeout: 60_000 });
      await expect(mark).toBeInViewport({ timeout: 60_000 });
    });
    await test.step('a statement search hit a million lines down opens the article afresh, at that statement', async () => {
      await page.goto(url);
      await page.getByRole('navigation', { name: 'Where you are' }).getByRole('button', { name: 'Statements' }).click();
      const search = page.getByRole('region', { name: 'Statements' });
      await search.getByRole('searchbox', { name: 'Search statements' }).fill(String(HUGE.hugeStatements - 1));
      const hit = search.getByRole('listbox', { name: 'Statement results' }).getByRole('option').filter({ hasText: lastWords });
      await hit.getByRole('button', { name: 'Open', exact: true }).click();
      // The opening outlines only the first page of the text: the statement is shown once the rest has come.
      const mark = pane.highlights.filter({ hasText: lastWords }).first();
      await expect(mark).toBeInViewport({ timeout: 300_000 });
      await expect(mark).toHaveClass(/is-selected/);
    });
    expect(pageErrors).toEqual([]);
  } finally {
    await context.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
