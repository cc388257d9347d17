import { closeSync, openSync, writeSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';

/**
 * The backup copy keeps the archive's WAL mode, in which even a read-only look (a restore checks the
 * backup first) leaves -wal and -shm files beside it, strays once rotation removes the backup. The
 * copy is whole in its file, so its header's two format bytes (offsets 18 and 19: 2 for WAL, 1 for a
 * rollback journal) are set as PRAGMA journal_mode = DELETE would, without a connection: the archive's
 * own may be read-only (parley backup) and the desktop app's SQLite is not Node's. A restored archive
 * is switched back to WAL when Parley opens it.
 */
export function markRollbackJournal(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, Buffer.from([1, 1]), 0, 2, 18);
  } finally {
    closeSync(fd);
  }
}

/** Pages per step of a copy made on a thread of its own: all of them. */
const ALL_PAGES = 0x7fffffff;

/**
 * Copies the archive with SQLite's online backup API through a read-only connection of its own, for
 * a worker thread. A copy in steps would start again whenever the core writes between two of them
 * (a write through another connection restarts it), and an import writes every 50 ms: copied in one
 * step, the copy is of one snapshot and always ends, and the core writes on meanwhile (WAL).
 */
export async function copyArchive(archivePath: string, copyPath: string, nativeBinding: string | null): Promise<void> {
  const source = new BetterSqlite3(archivePath, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    source.pragma('busy_timeout = 5000');
    await source.backup(copyPath, { progress: () => ALL_PAGES });
  } finally {
    source.close();
  }
  markRollbackJournal(copyPath);
}
