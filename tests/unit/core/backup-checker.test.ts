import { existsSync, readdirSync, readFileSync, readlinkSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { backupProblem } from '../../../electron/core/backup/backup-check';
import { withBackupChecker } from '../../../electron/core/backup/backup-checker';
import { SOURCE_BACKUP_WORKER_PATH } from '../../../electron/core/backup/backup-copier';
import {
  checkBackup,
  checkBackupOffThread,
  createBackup,
  latestUsableBackupOffThread,
  restoreBackupOffThread,
  type BackupCheckWorker,
} from '../../../electron/core/backup/backups';
import { openArchive } from '../../../electron/core/db/open';
import { damageFirstPageOf } from '../../support/damage-page';
import { seedArchive } from '../../support/seed-archive';
import { useTempDir } from '../../support/temp-dir';

const worker: BackupCheckWorker = { workerPath: SOURCE_BACKUP_WORKER_PATH, nativeBinding: null };

/** A backup of a freshly seeded archive, made at `when`. */
async function backupOf(archivePath: string, when = new Date()) {
  const db = openArchive(archivePath);
  try {
    return await createBackup(db, archivePath, when);
  } finally {
    db.close();
  }
}

/** What checkBackup, on this thread, throws for the file (the test fails if it passes). */
function refusalOnThisThread(path: string): string {
  try {
    checkBackup(path, null);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${path} passed the check`);
}

/** Whether this process, any of its threads, has the file open (Linux lists every descriptor under /proc). */
function heldOpen(path: string): boolean {
  const target = realpathSync(path);
  for (const fd of readdirSync('/proc/self/fd')) {
    try {
      if (readlinkSync(`/proc/self/fd/${fd}`) === target) return true;
    } catch {
      // Closed between the listing and the look.
    }
  }
  return false;
}

/**
 * Counts this thread's event-loop turns until `work` settles, and those among them in which the
 * backup was open for its check: a check on this thread holds the file only while no turn can run.
 */
async function turnsWhileChecking(work: Promise<unknown>, backupPath: string): Promise<{ turns: number; whileOpen: number }> {
  let settled = false;
  void work.then(
    () => (settled = true),
    () => (settled = true),
  );
  let turns = 0;
  let whileOpen = 0;
  while (!settled) {
    await nextTurn();
    turns++;
    if (heldOpen(backupPath)) whileOpen++;
  }
  return { turns, whileOpen };
}

describe('backups checked on a worker before a restore', () => {
  const tempDir = useTempDir();

  it('finds on the worker the problem the calling thread finds in a damaged backup, and none in a good one', async () => {
    const archivePath = join(tempDir(), 'archive.sqlite');
    seedArchive(archivePath, 50);
    const good = await backupOf(archivePath, new Date(Date.UTC(2026, 0, 1)));
    const damaged = await backupOf(archivePath, new Date(Date.UTC(2026, 0, 2)));
    damageFirstPageOf(damaged.path, 'edit_history_undone');

    const found = await withBackupChecker(SOURCE_BACKUP_WORKER_PATH, null, async (checker) => [
      await checker.problemOf(good.path),
      await checker.problemOf(damaged.path),
    ]);
    expect(found[0]).toBeNull();
    expect(found[1]).toMatch(/page \d+/);
    expect(found[1]).toBe(backupProblem(damaged.path, null));

    await expect(checkBackupOffThread(good.path, worker)).resolves.toBeUndefined();
    await expect(checkBackupOffThread(damaged.path, worker)).rejects.toThrow(refusalOnThisThread(damaged.path));
  });

  it('says there is no backup at a path with no file, as the check on the calling thread does', async () => {
    const missing = join(tempDir(), 'archive.sqlite.backups', 'gone.sqlite');
    await expect(checkBackupOffThread(missing, worker)).rejects.toThrow(`There is no backup at ${missing}.`);
    await expect(restoreBackupOffThread(join(tempDir(), 'archive.sqlite'), missing, worker)).rejects.toThrow(refusalOnThisThread(missing));
  });

  it('offers the latest backup that passes the check, passing over a damaged newer one', async () => {
    const archivePath = join(tempDir(), 'archive.sqlite');
    seedArchive(archivePath, 20);
    const older = await backupOf(archivePath, new Date(Date.UTC(2026, 0, 1)));
    const newer = await backupOf(archivePath, new Date(Date.UTC(2026, 0, 2)));
    damageFirstPageOf(newer.path, 'edit_history_undone');

    expect((await latestUsableBackupOffThread(archivePath, worker))?.path).toBe(older.path);
    damageFirstPageOf(older.path, 'edit_history_undone');
    expect(await latestUsableBackupOffThread(archivePath, worker)).toBeNull();
    expect(await latestUsableBackupOffThread(join(tempDir(), 'never-backed-up.sqlite'), worker)).toBeNull();
  });

  it.skipIf(!existsSync('/proc/self/fd'))('keeps the calling thread turning while a backup of a few megabytes is being checked', async () => {
    const archivePath = join(tempDir(), 'archive.sqlite');
    seedArchive(archivePath);
    const backup = await backupOf(archivePath);

    const checked = await turnsWhileChecking(checkBackupOffThread(backup.path, worker), backup.path);
    expect(checked.whileOpen).toBeGreaterThan(0);

    const scanned = latestUsableBackupOffThread(archivePath, worker);
    expect((await turnsWhileChecking(scanned, backup.path)).whileOpen).toBeGreaterThan(0);
    expect((await scanned)?.path).toBe(backup.path);
  });

  it('restores a backup it checked on the worker, setting the current file aside untouched', async () => {
    const dir = tempDir();
    const archivePath = join(dir, 'archive.sqlite');
    seedArchive(archivePath, 5);
    const backup = await backupOf(archivePath);
    const damage = Buffer.from('this is no longer a database '.repeat(400));
    writeFileSync(archivePath, damage);

    const { restored, setAside } = await restoreBackupOffThread(archivePath, backup.path, worker);
    expect(restored).toBe(archivePath);
    expect(readFileSync(setAside!).equals(damage)).toBe(true);
    const db = openArchive(archivePath);
    expect(db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(5);
    db.close();
    expect(readdirSync(dir).filter((name) => name.endsWith('.restoring'))).toEqual([]);
  });

  it('refuses a damaged backup with the message the calling thread gives, and leaves the archive in place', async () => {
    const dir = tempDir();
    const archivePath = join(dir, 'archive.sqlite');
    seedArchive(archivePath, 3);
    const before = readFileSync(archivePath);
    const bad = join(dir, 'bad-backup.sqlite');
    writeFileSync(bad, 'not a backup');

    await expect(restoreBackupOffThread(archivePath, bad, worker)).rejects.toThrow(refusalOnThisThread(bad));
    expect(readFileSync(archivePath).equals(before)).toBe(true);
    expect(readdirSync(dir).filter((name) => name.includes('.replaced-'))).toEqual([]);
  });

  it('says the backup could not be checked, never waits for ever, when its worker cannot start or dies', async () => {
    const dir = tempDir();
    const archivePath = join(dir, 'archive.sqlite');
    seedArchive(archivePath, 1);
    const backup = await backupOf(archivePath);

    const noWorker = { workerPath: join(dir, 'no-such-worker.mjs'), nativeBinding: null };
    await expect(checkBackupOffThread(backup.path, noWorker)).rejects.toThrow(/could not be checked \(its worker failed: .*no-such-worker/);

    // A worker that ends as soon as it is asked, as one the system kills would.
    const dying = join(dir, 'dying-worker.mjs');
    writeFileSync(dying, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(1));\n");
    await expect(latestUsableBackupOffThread(archivePath, { workerPath: dying, nativeBinding: null })).rejects.toThrow(
      `The backup ${backup.path} could not be checked (its worker stopped unexpectedly); nothing was changed.`,
    );
  });
});
