import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { copyFile, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Database } from 'better-sqlite3';
import BetterSqlite3 from 'better-sqlite3';
import type { BackupInfo } from '../../../shared/domain/backup';
import { schemaVersion } from '../db/migrate';
import { migrations } from '../db/migrations';
import { backupProblem } from './backup-check';
import { withBackupChecker, type BackupChecker } from './backup-checker';
import { backupCopier, type BackupCopier } from './backup-copier';

/** Automatic and manual backups kept; the oldest beyond this are removed. */
export const KEEP_BACKUPS = 10;
/** An automatic backup is made when the newest is older than this. */
export const AUTOMATIC_EVERY_MS = 24 * 60 * 60 * 1000;

const STAMP = /-(\d{8}T\d{6}(?:\d{3})?Z)\.sqlite$/;
/** A copy being written, named for the backup it will become. */
const UNFINISHED = /-(\d{8}T\d{6}(?:\d{3})?Z)\.sqlite\.partial(?:-journal|-wal|-shm)?$/;
/**
 * An unfinished copy this much older than a new backup was left by a Parley that was killed while
 * writing it (a 300 MB copy takes seconds); a younger one may be another Parley's backup in flight.
 */
const ABANDONED_AFTER_MS = 60 * 60 * 1000;

/** Backups live beside the archive, in `<archive>.backups/`. */
export function backupFolder(archivePath: string): string {
  return `${archivePath}.backups`;
}

function stampOf(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace('.', '');
}

function dateOfStamp(stamp: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})?Z$/.exec(stamp);
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7] ?? '000'}Z` : stamp;
}

/** Every backup of the archive, newest first. */
export function listBackups(archivePath: string): BackupInfo[] {
  const folder = backupFolder(archivePath);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.startsWith(basename(archivePath)) && STAMP.test(name))
    .map((name) => {
      const path = join(folder, name);
      return { path, createdAt: dateOfStamp(STAMP.exec(name)![1]!), bytes: statSync(path).size };
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/**
 * A new backup failed SQLite's quick_check. The copy is page for page, so the archive it was made
 * from is most likely damaged too: the copy was removed and the earlier backups were left as they were.
 */
export class BackupCheckFailedError extends Error {
  override readonly name = 'BackupCheckFailedError';
}

/** For callers without the core's copier (tests, benchmarks): the archive's connection, on the calling thread. */
function copierOnThisThread(db: Database, archivePath: string): BackupCopier {
  return backupCopier({ db, archivePath, workerPath: null, nativeBinding: null });
}

/**
 * Copies the archive with SQLite's online backup API (readers and the import go on meanwhile) into a
 * new file, moved into place only when whole and only once it passes the check, then removes the
 * oldest beyond KEEP_BACKUPS. A damaged archive still opens and still copies: without the check each
 * daily copy would carry its damage, and rotation would push out the last good backups one by one.
 */
export async function createBackup(
  db: Database,
  archivePath: string,
  now = new Date(),
  /** The core's copier copies and checks on a worker; without one the copy's sync and check hold this thread. */
  copier: BackupCopier = copierOnThisThread(db, archivePath),
): Promise<BackupInfo> {
  const folder = backupFolder(archivePath);
  mkdirSync(folder, { recursive: true });
  removeAbandonedCopies(archivePath, now);
  const path = join(folder, `${basename(archivePath)}-${stampOf(now)}.sqlite`);
  const partial = `${path}.partial`;
  let problem: string | null;
  try {
    // The archive may close meanwhile (Parley quitting): the copy then rejects, and goes.
    problem = await copier.copy(partial);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  if (problem !== null) {
    rmSync(partial, { force: true });
    throw new BackupCheckFailedError(refusedBackupMessage(archivePath, problem));
  }
  renameSync(partial, path);
  // Off this thread: the file system takes tens of milliseconds to free a 300 MB file.
  await Promise.all(listBackups(archivePath).slice(KEEP_BACKUPS).map((old) => rm(old.path, { force: true })));
  return { path, createdAt: now.toISOString(), bytes: statSync(path).size };
}

/** Removes the unfinished copies (and their journals) that killed backups left behind; listings never show them. */
function removeAbandonedCopies(archivePath: string, now: Date): void {
  const folder = backupFolder(archivePath);
  for (const name of readdirSync(folder)) {
    const stamp = name.startsWith(`${basename(archivePath)}-`) ? UNFINISHED.exec(name)?.[1] : undefined;
    if (stamp && now.getTime() - Date.parse(dateOfStamp(stamp)) > ABANDONED_AFTER_MS) rmSync(join(folder, name), { force: true });
  }
}

function refusedBackupMessage(archivePath: string, problem: string): string {
  const kept = listBackups(archivePath);
  const earlier =
    kept.length === 0
      ? 'There are no earlier backups.'
      : `${kept.length === 1 ? 'The earlier backup was left as it was' : `The ${kept.length} earlier backups were left as they were`}; the latest is ${kept[0]!.path} (made ${kept[0]!.createdAt}). ` +
        `If the archive is damaged, close Parley and restore a backup with "parley restore --archive ${archivePath}" or File → Restore Backup…; the current file is set aside, never overwritten.`;
  // The finding first: the app's notice line shows only the start of a long message.
  return `Backup refused, the archive is probably damaged: the new backup of ${archivePath} failed SQLite's integrity check (${problem}), so it was not kept. ${earlier}`;
}

/** Makes an automatic backup when the newest is a day old (or there is none) and the archive holds anything. */
export async function backupIfDue(db: Database, archivePath: string, now = new Date(), copier: BackupCopier = copierOnThisThread(db, archivePath)): Promise<BackupInfo | null> {
  const newest = listBackups(archivePath)[0];
  if (newest && now.getTime() - Date.parse(newest.createdAt) < AUTOMATIC_EVERY_MS) return null;
  const articles = db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
  if (articles === 0) return null;
  return createBackup(db, archivePath, now, copier);
}

/** Where backups are checked off the calling thread: the worker script, and the better-sqlite3 build it loads. */
export interface BackupCheckWorker {
  /** SOURCE_BACKUP_WORKER_PATH, or the desktop app's bundled backup worker. */
  workerPath: string;
  /** better-sqlite3 built for Electron, when the desktop app checks. */
  nativeBinding: string | null;
}

function missingBackup(path: string): Error {
  return new Error(`There is no backup at ${path}.`);
}

function unusableBackup(path: string, problem: string): Error {
  return new Error(`The backup ${path} cannot be used: ${problem}`);
}

/**
 * The backup file is checked before it replaces anything: a damaged copy is refused. On the calling
 * thread, for callers with nothing else to answer meanwhile (parley restore); the desktop app checks
 * with checkBackupOffThread.
 */
export function checkBackup(path: string, nativeBinding: string | null): void {
  if (!existsSync(path)) throw missingBackup(path);
  const problem = backupProblem(path, nativeBinding);
  if (problem !== null) throw unusableBackup(path, problem);
}

async function checkBackupWith(checker: BackupChecker, path: string): Promise<void> {
  const problem = await checker.problemOf(path);
  if (problem !== null) throw unusableBackup(path, problem);
}

/** checkBackup on a worker thread: the calling thread (the desktop app's window) goes on answering while the file is read. */
export async function checkBackupOffThread(path: string, worker: BackupCheckWorker): Promise<void> {
  if (!existsSync(path)) throw missingBackup(path);
  await withBackupChecker(worker.workerPath, worker.nativeBinding, (checker) => checkBackupWith(checker, path));
}

/**
 * The newest backup that passes the check, for a damaged archive to be replaced with. Each one made
 * by this Parley passed it when made; one made before backups were checked, or damaged since on
 * disk, is passed over. Usually the first passes, and the restore would have checked it anyway.
 * Checked on the calling thread: this runs when the archive would not open (so no core answers on
 * that thread) or before parley restore, which needs the archive closed.
 */
export function latestUsableBackup(archivePath: string, nativeBinding: string | null = null): BackupInfo | null {
  return listBackups(archivePath).find((backup) => backupProblem(backup.path, nativeBinding) === null) ?? null;
}

/** latestUsableBackup with every check on one worker thread, ended once the scan is over. */
export async function latestUsableBackupOffThread(archivePath: string, worker: BackupCheckWorker): Promise<BackupInfo | null> {
  const backups = listBackups(archivePath);
  if (backups.length === 0) return null;
  return withBackupChecker(worker.workerPath, worker.nativeBinding, async (checker) => {
    for (const backup of backups) {
      if ((await checker.problemOf(backup.path)) === null) return backup;
    }
    return null;
  });
}

function isOpenableArchive(archivePath: string, nativeBinding: string | null): boolean {
  let db: Database | null = null;
  try {
    db = new BetterSqlite3(archivePath, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    return schemaVersion(db) <= migrations.length;
  } catch {
    return false;
  } finally {
    db?.close();
  }
}

/**
 * Refuses while another connection (the app, browser mode, an import) has the archive open: it would
 * go on reading and writing the file that is set aside, and its work would be lost from the restored
 * archive. A WAL connection holds a shared lock for as long as it is open, so an exclusive lock is
 * only granted when no other is; a file SQLite cannot read at all (a damaged one) no Parley has open.
 */
function checkNotInUse(archivePath: string, nativeBinding: string | null): void {
  // Closing the probe checkpoints the WAL into the file: only an archive this Parley could have open
  // is probed, so one from a newer Parley, or one SQLite cannot read, is set aside byte for byte.
  if (!existsSync(archivePath) || !isOpenableArchive(archivePath, nativeBinding)) return;
  const probe = new BetterSqlite3(archivePath, { fileMustExist: true, timeout: 0, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    probe.pragma('locking_mode = EXCLUSIVE');
    probe.exec('BEGIN EXCLUSIVE; ROLLBACK');
  } catch (error) {
    if (/^SQLITE_(BUSY|LOCKED)/.test((error as { code?: string }).code ?? '')) {
      throw new Error(`The archive ${archivePath} is still open in Parley (the app, browser mode or an import); close it, then restore.`, { cause: error });
    }
  } finally {
    probe.close();
  }
}

/**
 * Moves the archive aside, with its WAL, as `<archive>.replaced-<time>`, once no Parley has it open:
 * the name it was moved to, or null when there was none.
 */
function setArchiveAside(archivePath: string, now: Date, nativeBinding: string | null): string | null {
  checkNotInUse(archivePath, nativeBinding);
  let setAside: string | null = null;
  if (existsSync(archivePath)) {
    setAside = `${archivePath}.replaced-${stampOf(now)}`;
    renameSync(archivePath, setAside);
    for (const suffix of ['-wal', '-shm']) {
      if (existsSync(`${archivePath}${suffix}`)) renameSync(`${archivePath}${suffix}`, `${setAside}${suffix}`);
    }
  }
  mkdirSync(dirname(archivePath), { recursive: true });
  return setAside;
}

/** Where the backup is copied before it takes the archive's name, so the archive is never half a file. */
function restoringPath(archivePath: string): string {
  return `${archivePath}.restoring`;
}

/**
 * Puts a backup in the archive's place. The archive must be closed by every Parley. The current file
 * (damaged or not) is never overwritten: it is moved aside, with its WAL, as `<archive>.replaced-<time>`.
 * All of it on the calling thread, for parley restore, which has nothing to answer meanwhile.
 */
export function restoreBackup(
  archivePath: string,
  backupPath: string,
  now = new Date(),
  /** better-sqlite3 built for Electron, when the desktop app restores. */
  nativeBinding: string | null = null,
): { restored: string; setAside: string | null } {
  checkBackup(backupPath, nativeBinding);
  const setAside = setArchiveAside(archivePath, now, nativeBinding);
  copyFileSync(backupPath, restoringPath(archivePath));
  renameSync(restoringPath(archivePath), archivePath);
  return { restored: archivePath, setAside };
}

/**
 * restoreBackup for the desktop app, whose window must go on answering: the backup is checked on a
 * worker, right before anything is moved, and copied without holding the calling thread.
 */
export async function restoreBackupOffThread(
  archivePath: string,
  backupPath: string,
  worker: BackupCheckWorker,
  now = new Date(),
): Promise<{ restored: string; setAside: string | null }> {
  await checkBackupOffThread(backupPath, worker);
  const setAside = setArchiveAside(archivePath, now, worker.nativeBinding);
  await copyFile(backupPath, restoringPath(archivePath));
  renameSync(restoringPath(archivePath), archivePath);
  return { restored: archivePath, setAside };
}
