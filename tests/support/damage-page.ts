import { closeSync, openSync, writeSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';

/**
 * Damages the first page of one table or index of a closed SQLite file as a bad sector or a stray
 * write would: SQLite notices only when it reads that page, so the file still opens (and an
 * archive still backs up) while quick_check fails. The page-type byte is set to a value no b-tree
 * page has; pick a table or index nothing reads on the way (e.g. `edit_history_undone`).
 */
export function damageFirstPageOf(path: string, tableOrIndex: string): void {
  const db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  let pageSize: number;
  let rootPage: number | undefined;
  try {
    pageSize = db.pragma('page_size', { simple: true }) as number;
    rootPage = db.prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?').pluck().get(tableOrIndex) as number | undefined;
  } finally {
    db.close();
  }
  if (!rootPage) throw new Error(`${path} has no table or index ${tableOrIndex}`);
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, Buffer.from([0x07]), 0, 1, (rootPage - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
}
