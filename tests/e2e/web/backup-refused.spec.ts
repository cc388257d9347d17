import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { backupFolder } from '../../../electron/core/backup/backups';
import { openArchive } from '../../../electron/core/db/open';
import { LibraryPage } from '../page-models/library-page';
import { startParleyServer, type ParleyServer } from '../support/parley-server';
import { damageFirstPageOf } from '../../support/damage-page';
import { saveScreenshot } from '../support/screenshots';

test('the daily backup of an archive that opens but is damaged is refused, said on the page, and the earlier backup stays', async ({ page }) => {
  // The daily backup starts a few seconds after the server, once the page has been quiet for five.
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'parley-backup-'));
  const archivePath = join(dir, 'archive.sqlite');
  const db = openArchive(archivePath);
  db.prepare(
    `INSERT INTO articles (title, original_name, format, content_hash, text, imported_at) VALUES ('Talks go on', 'talks.txt', 'txt', 'h1', 'The minister said talks go on.', 'now')`,
  ).run();
  db.close();
  // A good backup from long ago, so the daily one is due.
  mkdirSync(backupFolder(archivePath));
  const earlier = join(backupFolder(archivePath), `${basename(archivePath)}-20250101T000000000Z.sqlite`);
  copyFileSync(archivePath, earlier);
  damageFirstPageOf(archivePath, 'edit_history_undone');

  let server: ParleyServer | null = null;
  try {
    server = await startParleyServer({ archivePath });
    const library = new LibraryPage(page);
    await library.open(server.url);
    await library.expectArticleCount(1);

    await expect(page.getByRole('alert', { name: 'Notice' })).toContainText("failed SQLite's integrity check", { timeout: 60_000 });
    await saveScreenshot(page, 'backup-refused');
    expect(readdirSync(backupFolder(archivePath))).toEqual([basename(earlier)]);
    expect(server.output()).toContain('Automatic backup failed');
  } finally {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
