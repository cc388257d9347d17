import { projectArticle } from '../support/articles';
import { expect, test } from '../support/fixtures';
import { saveScreenshot } from '../support/screenshots';

test('a drop with bad files names each failure and still imports the good file', async ({ page, library, importPanel }) => {
  const good = projectArticle('good-article.txt');
  const empty = { name: 'empty.txt', bytes: new Uint8Array(0), type: 'text/plain' };
  // The start of a Windows program: not an article in any format Parley reads.
  const program = { name: 'setup.exe', bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]) };

  await importPanel.dropAndWait([good, empty, program]);

  await importPanel.expectCounts({ imported: 1, duplicates: 0, failed: 2 });
  await expect(importPanel.failures).toHaveCount(2);
  for (const name of [empty.name, program.name]) {
    const failure = importPanel.failureFor(name);
    await expect(failure).toBeVisible();
    await expect(failure.locator('.failure-reason')).not.toBeEmpty();
  }
  await library.expectArticleCount(1);
  await expect(library.rows).toHaveCount(1);
  await saveScreenshot(page, 'import-failures');

  // The summary takes focus so it can be read and dismissed without the mouse.
  await expect(importPanel.dismissButton).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(importPanel.summary).toBeHidden();
});

test('a file name with a bidirectional override or a control character is shown escaped, not obeyed', async ({ library, importPanel }) => {
  // U+202E would show "invoice‮txt.exe" as "invoiceexe.txt" beside the reason ".exe files are not…".
  const spoofed = { name: 'invoice\u202etxt.exe', bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0x00]) };
  const bell = { name: 'bell\u0007.exe', bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0x00]) };

  await importPanel.dropAndWait([spoofed, bell]);
  await library.expectArticleCount(0);

  await importPanel.expectCounts({ imported: 0, duplicates: 0, failed: 2 });
  const paths = importPanel.failures.locator('.failure-path');
  await expect(paths).toHaveCount(2);
  expect((await paths.allInnerTexts()).sort()).toEqual(['bell\\x07.exe', 'invoice\\u202etxt.exe']);
  for (const reason of await importPanel.failures.locator('.failure-reason').allInnerTexts()) {
    expect(reason).not.toContain('\u0007');
    expect(reason).not.toContain('\u202e');
  }
});
