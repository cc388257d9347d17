import { closeSync, openSync, readdirSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, SOURCE_BACKUP_WORKER_PATH, type Core } from '../../../electron/core';
import { backupCopier, BackupStoppedError } from '../../../electron/core/backup/backup-copier';
import { backupFolder } from '../../../electron/core/backup/backups';
import { openArchive } from '../../../electron/core/db/open';
import { damageFirstPageOf } from '../../support/damage-page';
import { seedArchive } from '../../support/seed-archive';
import { useTempDir } from '../../support/temp-dir';

/** The unfinished copies in the backup folder (a copy keeps its .partial name until it passed the check). */
function partialCopies(archivePath: string): string[] {
  try {
    return readdirSync(backupFolder(archivePath)).filter((n) => n.endsWith('.partial'));
  } catch {
    return [];
  }
}

/**
 * Whether a new backup copy is whole in the backup folder but not yet moved into place: its header
 * already says rollback journal (the last change before the check) and it still has its .partial name.
 */
function copyBeingChecked(archivePath: string): boolean {
  for (const name of partialCopies(archivePath)) {
    try {
      const fd = openSync(join(backupFolder(archivePath), name), 'r');
      const header = Buffer.alloc(2);
      try {
        readSync(fd, header, 0, 2, 18);
      } finally {
        closeSync(fd);
      }
      if (header[0] === 1 && header[1] === 1) return true;
    } catch {
      // Renamed or removed between the listing and the read: no longer being checked.
    }
  }
  return false;
}

/**
 * Asks the core for the library's first page once per event-loop turn until `work` settles, and
 * counts the answers that came while a backup copy was being checked.
 */
async function answersWhileChecking(core: Core, work: Promise<unknown>): Promise<number> {
  let settled = false;
  void work.then(
    () => (settled = true),
    () => (settled = true),
  );
  let answered = 0;
  while (!settled) {
    await nextTurn();
    const page = await core.handlers['articles.list']({ limit: 20 });
    expect(page.rows).toHaveLength(20);
    if (copyBeingChecked(core.archivePath)) answered++;
  }
  return answered;
}

describe('a new backup made on a worker', () => {
  const tempDir = useTempDir();
  let core: Core | null = null;
  afterEach(async () => {
    await core?.stop();
    core = null;
  });

  it('is copied and checked off the core’s thread: the core answers requests while the copy is being checked', async () => {
    const archivePath = join(tempDir(), 'archive.sqlite');
    seedArchive(archivePath);
    core = createCore({ archivePath, backupWorkerPath: SOURCE_BACKUP_WORKER_PATH });

    const backingUp = core.handlers['backups.create']({});
    expect(await answersWhileChecking(core, backingUp)).toBeGreaterThan(0);

    const made = await backingUp;
    expect(made.path.endsWith('.sqlite')).toBe(true);
    const copy = new BetterSqlite3(made.path, { readonly: true });
    expect(copy.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(3_000);
    copy.close();
    expect(readdirSync(backupFolder(archivePath)).filter((n) => n.endsWith('.partial'))).toEqual([]);
  });

  it('finds on its worker what it finds on the calling thread, for a good archive and a damaged one', async () => {
    const dir = tempDir();
    const archivePath = join(dir, 'archive.sqlite');
    seedArchive(archivePath, 50);
    let round = 0;
    /** The finding of a copy made on a worker and of one made on this thread, from the same archive. */
    const findings = async (): Promise<(string | null)[]> => {
      round++;
      const db = openArchive(archivePath);
      try {
        const onWorker = backupCopier({ db, archivePath, workerPath: SOURCE_BACKUP_WORKER_PATH, nativeBinding: null });
        const here = backupCopier({ db, archivePath, workerPath: null, nativeBinding: null });
        return [await onWorker.copy(join(dir, `worker-${round}.partial`)), await here.copy(join(dir, `here-${round}.partial`))];
      } finally {
        db.close();
      }
    };

    expect(await findings()).toEqual([null, null]);
    damageFirstPageOf(archivePath, 'edit_history_undone');
    const [onWorker, here] = await findings();
    expect(onWorker).toMatch(/page \d+/);
    expect(onWorker).toBe(here);
  });

  it('ends while another Parley writes to the archive all along, with every article written before it began', async () => {
    const archivePath = join(tempDir(), 'archive.sqlite');
    seedArchive(archivePath);
    core = createCore({ archivePath, backupWorkerPath: SOURCE_BACKUP_WORKER_PATH });
    // As `parley import` in a terminal while the app is open: a connection of its own, a commit each turn.
    const other = openArchive(archivePath);
    const insert = other.prepare(
      `INSERT INTO articles (title, original_name, format, content_hash, text, imported_at) VALUES ('Later', 'b.txt', 'txt', ?, 'The spokesperson said no.', 'now')`,
    );
    let settled = false;
    const backingUp = core.handlers['backups.create']({});
    void backingUp.finally(() => (settled = true)).catch(() => undefined);
    let written = 0;
    try {
      while (!settled) {
        insert.run(`later-${written++}`);
        await nextTurn();
      }
    } finally {
      other.close();
    }

    const made = await backingUp;
    const copy = new BetterSqlite3(made.path, { readonly: true });
    const articles = copy.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    copy.close();
    expect(articles).toBeGreaterThanOrEqual(3_000);
    expect(articles).toBeLessThanOrEqual(3_000 + written);
  });

  it.each([
    { moment: 'is being written', reached: (archivePath: string) => partialCopies(archivePath).length > 0 },
    { moment: 'is being checked', reached: copyBeingChecked },
  ])('closing the archive while the daily backup’s copy $moment keeps no copy, reports no failure, and leaves the archive whole', async ({ reached }) => {
    const archivePath = join(tempDir(), 'archive.sqlite');
    seedArchive(archivePath);
    core = createCore({ archivePath, backupWorkerPath: SOURCE_BACKUP_WORKER_PATH, backupQuietMs: 0 });
    const failures: unknown[] = [];
    core.events.on((name, payload) => {
      if (name === 'backup.failed') failures.push(payload);
    });

    let settled = false;
    const outcome = core.backupIfDue().then(
      () => null,
      (error: unknown) => error,
    );
    void outcome.then(() => (settled = true));
    // A backup that settles before that moment is ever seen held this thread throughout.
    while (!settled && !reached(archivePath)) await nextTurn();
    expect(reached(archivePath)).toBe(true);
    // As the desktop app's archive process does when Parley quits: it exits as soon as stop resolves.
    const stopping = core;
    core = null;
    await stopping.stop();

    expect(readdirSync(backupFolder(archivePath))).toEqual([]);
    expect(await outcome).toBeInstanceOf(BackupStoppedError);
    expect(failures).toEqual([]);
    const reopened = openArchive(archivePath, { readonly: true });
    expect(reopened.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(3_000);
    reopened.close();
  });
});
