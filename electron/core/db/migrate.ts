import type { Database } from 'better-sqlite3';
import type { Migration } from './migration';

/** The archive was written by a newer Parley; it is left exactly as it is. */
export class ArchiveTooNewError extends Error {
  override readonly name = 'ArchiveTooNewError';
  constructor(
    readonly archiveVersion: number,
    readonly knownVersion: number,
  ) {
    super(
      `This archive was written by a newer version of Parley (schema ${archiveVersion}; this version knows up to ${knownVersion}). ` +
        'Update Parley to open it; the archive has not been changed.',
    );
  }
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Applies every pending migration in one transaction, so a failure leaves the archive as it was. */
export function migrate(db: Database, migrations: readonly Migration[]): { from: number; to: number } {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration ${m.name} has version ${m.version}, expected ${i + 1}`);
  });
  const latest = migrations.length;
  const from = schemaVersion(db);
  if (from > latest) throw new ArchiveTooNewError(from, latest);
  if (from === latest) return { from, to: from };

  db.transaction(() => {
    for (const m of migrations.slice(from)) m.up(db);
    // user_version cannot take a bound parameter; latest is our own integer.
    db.pragma(`user_version = ${latest}`);
  }).immediate();
  return { from, to: latest };
}
