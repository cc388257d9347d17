import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { migrate } from './migrate';
import { migrations } from './migrations';

export interface OpenArchiveOptions {
  /** Path to a better-sqlite3 binary built for another ABI (the desktop app's Electron build). */
  nativeBinding?: string;
  readonly?: boolean;
}

/** Opens (creating if needed) an archive file, configured and migrated to the current schema. */
export function openArchive(path: string, options: OpenArchiveOptions = {}): Database {
  if (!options.readonly) mkdirSync(dirname(path), { recursive: true });
  const db = new BetterSqlite3(path, {
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
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
    if (error instanceof Error && /file is not a database|file is encrypted/i.test(error.message)) {
      throw new Error(`${path} is not a Parley archive (not an SQLite database); it has not been changed.`, {
        cause: error,
      });
    }
    throw error;
  }
}
