import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { latestUsableBackup } from '../backup/backups';
import { ArchiveTooNewError, migrate, schemaVersion } from './migrate';
import { migrations } from './migrations';

export interface OpenArchiveOptions {
  /** Path to a better-sqlite3 binary built for another ABI (the desktop app's Electron build). */
  nativeBinding?: string;
  /** Open for reading only: the file must exist, and nothing (not even an upgrade) is written. */
  readonly?: boolean;
}

/** The archive file is missing where a command only reads it; nothing was created. */
export class ArchiveMissingError extends Error {
  override readonly name = 'ArchiveMissingError';
  constructor(readonly path: string) {
    super(`There is no archive at ${path} (nothing was created). Import articles first, or name an archive with --archive.`);
  }
}

/** The archive cannot be written (a read-only file or folder, a full disk): said once, not per article. */
export class ArchiveReadOnlyError extends Error {
  override readonly name = 'ArchiveReadOnlyError';
  constructor(path: string, detail: string) {
    super(`The archive ${path} cannot be written (${detail}); nothing was changed.`);
  }
}

/** The archive cannot be read as an SQLite database; `latestBackup` is what could replace it. */
export class ArchiveDamagedError extends Error {
  override readonly name = 'ArchiveDamagedError';
  constructor(
    message: string,
    readonly latestBackup: string | null,
    cause: unknown,
  ) {
    super(message, { cause });
  }
}

function connect(path: string, options: OpenArchiveOptions, readonly: boolean): Database {
  return new BetterSqlite3(path, {
    readonly,
    fileMustExist: readonly,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
}

/**
 * The schema version of an existing archive, read through a read-only connection: closing it
 * checkpoints nothing, so an archive from a newer Parley (its WAL included) is left byte for byte.
 */
function peekVersion(path: string, options: OpenArchiveOptions): number {
  const peek = connect(path, options, true);
  try {
    const version = schemaVersion(peek);
    // Parley's first migration sets a version: tables without one are another program's database
    // (a --archive that names the wrong file), which a migration must not fill with Parley's tables.
    if (version === 0 && peek.prepare('SELECT count(*) FROM sqlite_schema').pluck().get() !== 0) {
      throw new Error(`${path} is an SQLite database, but not a Parley archive; it has not been changed. Name a Parley archive, or a new file, with --archive.`);
    }
    return version;
  } finally {
    peek.close();
  }
}

function notAnArchive(path: string, error: unknown, options: OpenArchiveOptions): Error {
  const code = (error as { code?: unknown } | null)?.code;
  if (existsSync(path) && statSync(path).isDirectory()) {
    return new Error(`${path} is a folder, not an archive file; name the archive file inside it with --archive.`, { cause: error });
  }
  // Even a reader must create the -wal and -shm files beside a WAL archive: a read-only folder stops both kinds of command.
  if (code === 'SQLITE_READONLY_DIRECTORY') {
    return new ArchiveReadOnlyError(path, 'its folder is read-only, and SQLite must create the archive’s -wal and -shm files there even to read it; copy the archive to a writable folder');
  }
  if (code === 'SQLITE_CANTOPEN' && existsSync(path)) {
    const cause = error instanceof Error ? error.message : String(error);
    return new Error(`The archive ${path} cannot be opened: permission denied (${cause}); nothing was changed.`, { cause: error });
  }
  if (error instanceof Error && /file is not a database|file is encrypted|malformed/i.test(error.message)) {
    const latest = latestUsableBackup(path, options.nativeBinding ?? null);
    const offer = latest
      ? ` The latest backup is ${latest.path} (made ${latest.createdAt}): restore it with "parley restore --archive ${path}" or File → Restore Backup…; the damaged file is set aside, never overwritten.`
      : '';
    return new ArchiveDamagedError(`${path} is not a Parley archive (not an SQLite database, or damaged); it has not been changed.${offer}`, latest?.path ?? null, error);
  }
  return error instanceof Error ? error : new Error(String(error));
}

/** Opens (creating if needed) an archive file, configured and migrated to the current schema. */
export function openArchive(path: string, options: OpenArchiveOptions = {}): Database {
  const exists = path !== ':memory:' && existsSync(path);
  if (options.readonly && !exists) throw new ArchiveMissingError(path);
  if (exists) {
    let version: number;
    try {
      version = peekVersion(path, options);
    } catch (error) {
      throw notAnArchive(path, error, options);
    }
    if (version > migrations.length) throw new ArchiveTooNewError(version, migrations.length);
    // An older archive is brought up to date once (the only write a reading command ever causes).
    if (options.readonly && version < migrations.length) openArchive(path, { ...options, readonly: false }).close();
  }
  if (!options.readonly && !exists) mkdirSync(dirname(path), { recursive: true });
  const db = connect(path, options, options.readonly ?? false);
  try {
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    // Up to 64 MiB of pages in memory (allocated only as used): desk searches and filters read
    // statements by id all over a large archive, and the default 2 MiB sends most reads to the OS.
    db.pragma('cache_size = -65536');
    if (!options.readonly) {
      // Version check comes before anything that could write (WAL switch included).
      migrate(db, migrations);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    return db;
  } catch (error) {
    db.close();
    throw notAnArchive(path, error, options);
  }
}

/** Whether the archive can take a write right now; a read-only file says so here, once. */
export function checkWritable(db: Database, path: string): void {
  if (db.readonly) throw new ArchiveReadOnlyError(path, 'it is open for reading only');
  try {
    // A write that is rolled back: a read-only file or folder refuses it here, before any import work.
    db.exec('BEGIN IMMEDIATE');
    try {
      db.pragma(`user_version = ${schemaVersion(db)}`);
    } finally {
      db.exec('ROLLBACK');
    }
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (/READONLY|CANTOPEN|PERM|FULL/.test(code) || /readonly|read-only/i.test(String(error))) {
      throw new ArchiveReadOnlyError(path, error instanceof Error ? error.message : String(error));
    }
    throw error;
  }
}
