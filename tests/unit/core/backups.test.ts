import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core';
import {
  BackupCheckFailedError,
  backupIfDue,
  createBackup,
  KEEP_BACKUPS,
  latestUsableBackup,
  listBackups,
  restoreBackup,
} from '../../../electron/core/backup/backups';
import { ArchiveDamagedError, openArchive } from '../../../electron/core/db/open';
import { migrations } from '../../../electron/core/db/migrations';
import { damageFirstPageOf } from '../../support/damage-page';
import { useTempDir } from '../../support/temp-dir';

function seed(path: string, count: number): void {
  const db = openArchive(path);
  const insert = db.prepare(
    `INSERT INTO articles (title, original_name, format, content_hash, text, imported_at) VALUES (?, 'a.txt', 'txt', ?, 'The minister said talks go on.', 'now')`,
  );
  for (let i = 0; i < count; i++) insert.run(`Talks ${i}`, `h${Date.now()}-${i}`);
  db.close();
}

/** What opening a damaged archive throws; the test fails if it opens. */
function openingRefusal(path: string): ArchiveDamagedError {
  try {
    openArchive(path).close();
  } catch (error) {
    expect(error).toBeInstanceOf(ArchiveDamagedError);
    return error as ArchiveDamagedError;
  }
  throw new Error(`${path} opened, though it is damaged`);
}

describe('backups and restore', () => {
  const tempDir = useTempDir();
  let core: Core | null = null;
  afterEach(() => {
    core?.close();
    core = null;
  });

  it('backs up an open archive online, keeps the newest few, and lists them newest first', async () => {
    const archivePath = join(tempDir(), 'archive.sqlite');
    seed(archivePath, 3);
    core = createCore({ archivePath });
    const made = await core.handlers['backups.create']({});
    const copy = new BetterSqlite3(made.path, { readonly: true });
    expect(copy.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(3);
    copy.close();

    const db = openArchive(archivePath);
    for (let i = 0; i < KEEP_BACKUPS + 2; i++) await createBackup(db, archivePath, new Date(Date.UTC(2026, 0, 1, 0, 0, i)));
    db.close();
    const listed = await core.handlers['backups.list']({});
    expect(listed).toHaveLength(KEEP_BACKUPS);
    expect(listed[0]!.createdAt >= listed[1]!.createdAt).toBe(true);
    expect(listed.some((b) => b.createdAt === '2026-01-01T00:00:00.000Z')).toBe(false);
  });

  it('removes the unfinished copies a killed backup left behind, never one that may still be in flight', async () => {
    const archivePath = join(tempDir(), 'archive.sqlite');
    seed(archivePath, 2);
    const folder = `${archivePath}.backups`;
    mkdirSync(folder);
    const abandoned = join(folder, 'archive.sqlite-20260101T080000000Z.sqlite.partial');
    const inFlight = join(folder, 'archive.sqlite-20260101T095930000Z.sqlite.partial');
    const otherArchive = join(folder, 'other.sqlite-20260101T080000000Z.sqlite.partial');
    for (const path of [abandoned, `${abandoned}-journal`, inFlight, otherArchive]) writeFileSync(path, 'half a copy');

    const db = openArchive(archivePath);
    await createBackup(db, archivePath, new Date(Date.UTC(2026, 0, 1, 10, 0, 0)));
    db.close();
    expect(readdirSync(folder).sort()).toEqual([
      'archive.sqlite-20260101T095930000Z.sqlite.partial',
      'archive.sqlite-20260101T100000000Z.sqlite',
      'other.sqlite-20260101T080000000Z.sqlite.partial',
    ]);
  });

  it('starts the automatic backup only after the archive has been quiet, never during the calls that come first', async () => {
    const archivePath = join(tempDir(), 'archive.sqlite');
    seed(archivePath, 2);
    const quietMs = 500;
    core = createCore({ archivePath, backupQuietMs: quietMs });
    const backedUp = core.backupIfDue();
    // A few calls as a page makes them at start-up: each one pushes the backup back. Each time is
    // taken in the same turn as its call starts, so the backup cannot slip in between.
    const callsStarted: number[] = [];
    for (let i = 0; i < 3; i++) {
      callsStarted.push(Date.now());
      await core.handlers['archive.info']({});
    }
    await backedUp;
    const [made] = listBackups(archivePath);
    expect(made).toBeDefined();
    const madeAt = Date.parse(made!.createdAt);
    // A stalled machine may let the backup in between two calls (that is a quiet pause too); what
    // must hold is that no call began within quietMs before it.
    const before = callsStarted.filter((t) => t <= madeAt);
    expect(before.length).toBeGreaterThan(0);
    for (const t of before) expect(madeAt - t).toBeGreaterThanOrEqual(quietMs - 1);
  });

  it('makes an automatic backup once a day, and none of an empty archive', async () => {
    const dir = tempDir();
    const empty = join(dir, 'empty.sqlite');
    const emptyDb = openArchive(empty);
    expect(await backupIfDue(emptyDb, empty)).toBeNull();
    emptyDb.close();

    const archivePath = join(dir, 'archive.sqlite');
    seed(archivePath, 1);
    const db = openArchive(archivePath);
    const day = new Date('2026-02-01T10:00:00Z');
    expect(await backupIfDue(db, archivePath, day)).not.toBeNull();
    expect(await backupIfDue(db, archivePath, new Date('2026-02-01T20:00:00Z'))).toBeNull();
    expect(await backupIfDue(db, archivePath, new Date('2026-02-02T10:00:01Z'))).not.toBeNull();
    db.close();
    expect(listBackups(archivePath)).toHaveLength(2);
  });

  it('opening a damaged archive offers the latest backup; restoring sets the damaged file aside untouched', async () => {
    const archivePath = join(tempDir(), 'archive.sqlite');
    seed(archivePath, 5);
    const db = openArchive(archivePath);
    const backup = await createBackup(db, archivePath);
    db.close();
    const damage = Buffer.from('this is no longer a database '.repeat(400));
    writeFileSync(archivePath, damage);

    const refusal = openingRefusal(archivePath);
    expect(refusal.latestBackup).toBe(backup.path);
    expect(refusal.message).toContain('parley restore');
    expect(readFileSync(archivePath).equals(damage)).toBe(true);

    const { setAside } = restoreBackup(archivePath, backup.path);
    expect(setAside).not.toBeNull();
    expect(readFileSync(setAside!).equals(damage)).toBe(true);
    const restored = openArchive(archivePath);
    expect(restored.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(5);
    restored.close();
  });

  it('keeps no backup of an archive that opens but fails its check, so the good backups are never rotated out', async () => {
    const archivePath = join(tempDir(), 'archive.sqlite');
    seed(archivePath, 3);
    const db = openArchive(archivePath);
    for (let i = 0; i < KEEP_BACKUPS; i++) await createBackup(db, archivePath, new Date(Date.UTC(2026, 0, 1 + i)));
    db.close();
    const good = listBackups(archivePath);
    expect(good).toHaveLength(KEEP_BACKUPS);
    damageFirstPageOf(archivePath, 'edit_history_undone');

    core = createCore({ archivePath, backupQuietMs: 0 });
    // Still opens and reads: the damage lies where nothing looks until a check does.
    expect((await core.handlers['archive.info']({})).articleCount).toBe(3);
    const failures: string[] = [];
    core.events.on((name, payload) => {
      if (name === 'backup.failed') failures.push((payload as { message: string }).message);
    });

    // Back up now, from the app or browser mode: the call fails and says why.
    const asked = core.handlers['backups.create']({});
    await expect(asked).rejects.toBeInstanceOf(BackupCheckFailedError);
    await expect(asked).rejects.toThrow(/failed SQLite's integrity check .*page \d+.*not kept.*10 earlier backups were left/s);
    expect(listBackups(archivePath)).toEqual(good);

    // The automatic backup (the newest is months old) is refused too, and the UI is told.
    await expect(core.backupIfDue()).rejects.toBeInstanceOf(BackupCheckFailedError);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/integrity check/);
    expect(listBackups(archivePath)).toEqual(good);
    // Nor is anything of the refused copies left beside them.
    expect(readdirSync(`${archivePath}.backups`).sort()).toEqual(good.map((b) => basename(b.path)).sort());
  });

  it('offers, for a damaged archive, the latest backup that passes the check', async () => {
    const archivePath = join(tempDir(), 'archive.sqlite');
    seed(archivePath, 2);
    const db = openArchive(archivePath);
    const older = await createBackup(db, archivePath, new Date(Date.UTC(2026, 0, 1)));
    const newer = await createBackup(db, archivePath, new Date(Date.UTC(2026, 0, 2)));
    db.close();
    // As a backup made before backups were checked, or one damaged since on disk.
    damageFirstPageOf(newer.path, 'edit_history_undone');
    expect(latestUsableBackup(archivePath)?.path).toBe(older.path);

    writeFileSync(archivePath, 'this is no longer a database '.repeat(400));
    const refusal = openingRefusal(archivePath);
    expect(refusal.latestBackup).toBe(older.path);
    expect(refusal.message).toContain(older.path);
  });

  it('refuses to restore while a Parley still has the archive open, which would go on writing to the file set aside', async () => {
    const archivePath = join(tempDir(), 'archive.sqlite');
    seed(archivePath, 2);
    const live = openArchive(archivePath);
    const backup = await createBackup(live, archivePath);
    seed(archivePath, 1);
    expect(() => restoreBackup(archivePath, backup.path)).toThrow(/still open/);
    expect(readdirSync(join(archivePath, '..')).filter((name) => name.includes('.replaced-'))).toEqual([]);
    expect(live.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(3);
    live.close();

    restoreBackup(archivePath, backup.path);
    const restored = openArchive(archivePath);
    expect(restored.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(2);
    restored.close();
  });

  it('sets an archive from a newer Parley aside byte for byte, its WAL included, when a backup replaces it', async () => {
    const dir = tempDir();
    const source = join(dir, 'source.sqlite');
    seed(source, 1);
    const sourceDb = openArchive(source);
    const backup = await createBackup(sourceDb, source);
    sourceDb.close();
    const archivePath = join(dir, 'future.sqlite');
    const future = new BetterSqlite3(archivePath);
    future.pragma('journal_mode = WAL');
    future.pragma('wal_autocheckpoint = 0');
    future.exec('CREATE TABLE things (x TEXT)');
    future.pragma(`user_version = ${migrations.length + 1}`);
    future.prepare('INSERT INTO things VALUES (?)').run('from the future');
    // As a newer Parley that was killed leaves it; the copies stand in for the files it left.
    const left = join(dir, 'left.sqlite');
    copyFileSync(archivePath, left);
    copyFileSync(`${archivePath}-wal`, `${left}-wal`);
    future.close();
    const before = readFileSync(left);
    const walBefore = readFileSync(`${left}-wal`);

    const { setAside } = restoreBackup(left, backup.path);
    expect(readFileSync(setAside!).equals(before)).toBe(true);
    expect(readFileSync(`${setAside!}-wal`).equals(walBefore)).toBe(true);
  });

  it('leaves nothing but the backups themselves in the backup folder once one was restored, so rotation leaves no strays', async () => {
    const archivePath = join(tempDir(), 'archive.sqlite');
    seed(archivePath, 1);
    const db = openArchive(archivePath);
    const backup = await createBackup(db, archivePath);
    db.close();
    restoreBackup(archivePath, backup.path);
    expect(readdirSync(join(archivePath, '..', 'archive.sqlite.backups'))).toEqual([basename(backup.path)]);
  });

  it('refuses a damaged backup and leaves the archive in place', () => {
    const dir = tempDir();
    const archivePath = join(dir, 'archive.sqlite');
    seed(archivePath, 1);
    const bad = join(dir, 'bad-backup.sqlite');
    writeFileSync(bad, 'not a backup');
    expect(() => restoreBackup(archivePath, bad)).toThrow(/cannot be used/);
    expect(existsSync(archivePath)).toBe(true);
    const db = openArchive(archivePath);
    expect(db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(1);
    db.close();
  });

  it('leaves an archive from a newer Parley byte for byte, its WAL included', () => {
    const dir = tempDir();
    const written = join(dir, 'written.sqlite');
    const future = new BetterSqlite3(written);
    future.pragma('journal_mode = WAL');
    future.pragma('wal_autocheckpoint = 0');
    future.exec('CREATE TABLE things (x TEXT)');
    future.pragma(`user_version = ${migrations.length + 1}`);
    future.prepare('INSERT INTO things VALUES (?)').run('from the future');
    // As a newer Parley that was killed leaves it: the WAL still holds pages not yet in the file.
    const archivePath = join(dir, 'future.sqlite');
    copyFileSync(written, archivePath);
    copyFileSync(`${written}-wal`, `${archivePath}-wal`);
    future.close();
    const before = readFileSync(archivePath);
    const walBefore = readFileSync(`${archivePath}-wal`);
    expect(walBefore.length).toBeGreaterThan(0);
    expect(() => openArchive(archivePath)).toThrow(/newer version of Parley/);
    expect(() => openArchive(archivePath, { readonly: true })).toThrow(/newer version of Parley/);
    expect(readFileSync(archivePath).equals(before)).toBe(true);
    expect(readFileSync(`${archivePath}-wal`).equals(walBefore)).toBe(true);
  });
});
