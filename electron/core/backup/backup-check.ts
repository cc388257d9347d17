import { existsSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import BetterSqlite3 from 'better-sqlite3';

/** Lines of a quick_check report shown at most: a badly damaged file can have thousands. */
const PROBLEMS_SHOWN = 3;

/**
 * What makes the file unusable as a backup (it will not open, fails quick_check, or holds no
 * articles table), or null when it is usable. quick_check reads only this file, never the archive.
 * It reads every page (about a second for a 330 MB file) and holds its thread meanwhile: the core
 * checks each new backup on a worker (backup-copier), and the desktop app its restores (backup-checker).
 */
export function backupProblem(path: string, nativeBinding: string | null): string | null {
  if (!existsSync(path)) return 'there is no such file';
  let db: Database | null = null;
  try {
    db = new BetterSqlite3(path, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    const report = (db.pragma(`quick_check(${PROBLEMS_SHOWN})`) as { quick_check: string }[])
      .flatMap((row) => row.quick_check.split('\n'))
      // SQLite heads each database's part of the report so; the lines after it say what is wrong.
      .filter((line) => !/^\*\*\* in database \w+ \*\*\*$/.test(line));
    if (report.length !== 1 || report[0] !== 'ok') return report.join('; ');
    db.prepare('SELECT count(*) FROM articles').get();
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    db?.close();
  }
}
