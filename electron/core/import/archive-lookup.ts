import type { Database } from 'better-sqlite3';
import type { ArchiveLookup } from './prepare';

export const NO_ARCHIVE: ArchiveLookup = { articleWithContent: () => null, hasSourceFile: () => false };

/** Preparation's read-only questions to the archive, over whichever connection the thread has. */
export function archiveLookup(db: Database): ArchiveLookup {
  const article = db.prepare<[string], number>('SELECT id FROM articles WHERE content_hash = ?').pluck();
  const source = db.prepare<[string], number>('SELECT 1 FROM source_files WHERE sha256 = ?').pluck();
  return {
    articleWithContent: (key) => article.get(key) ?? null,
    hasSourceFile: (hash) => source.get(hash) !== undefined,
  };
}
