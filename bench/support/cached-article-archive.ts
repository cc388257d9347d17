// An archive of articles alone (no statements), written straight into the articles table for the
// benchmarks that need a large one fast, built once and kept in the temporary folder for this schema
// version: building takes minutes, and every run of the benchmark then reads the same file.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openArchive } from '../../electron/core/db/open';
import { migrations } from '../../electron/core/db/migrations';

export interface CachedArchiveOptions {
  /** Names the file (with the schema version) and the articles' content keys. */
  name: string;
  /** The i-th article's text; its first line, cut to 120 characters, is its title. */
  textOf: (i: number) => string;
  /** Written until this many articles… */
  articles?: number;
  /** …or until the file holds at least this many bytes. */
  bytes?: number;
}

const BATCH = 2_000;

export function cachedArticleArchive({ name, textOf, articles = Infinity, bytes = Infinity }: CachedArchiveOptions): string {
  const path = join(tmpdir(), `parley-bench-${name}-v${migrations.length}.sqlite`);
  if (existsSync(path)) return path;
  const building = `${path}.building`;
  rmSync(building, { force: true });
  const db = openArchive(building);
  const insert = db.prepare(
    `INSERT INTO articles (title, outlet, published_at, original_name, format, content_hash, text, imported_at)
     VALUES (?, ?, ?, ?, 'txt', ?, ?, ?)`,
  );
  const size = () => (db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number);
  const started = performance.now();
  let i = 0;
  while (i < articles && size() < bytes) {
    db.transaction(() => {
      for (const end = Math.min(articles, i + BATCH); i < end; i++) {
        const text = textOf(i);
        const date = `20${10 + (i % 15)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
        insert.run(text.split('\n')[0]!.slice(0, 120), `Outlet ${i % 60}`, date, `article-${i}.txt`, `bench-${name}-${i}`, text, new Date().toISOString());
      }
    })();
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  renameSync(building, path);
  rmSync(`${building}-wal`, { force: true });
  rmSync(`${building}-shm`, { force: true });
  console.log(`built the ${i}-article archive in ${((performance.now() - started) / 1000).toFixed(0)} s at ${path}`);
  return path;
}
