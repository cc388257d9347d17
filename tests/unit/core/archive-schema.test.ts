import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ArchiveTooNewError, migrate, schemaVersion } from '../../../electron/core/db/migrate';
import type { Migration } from '../../../electron/core/db/migration';
import { migrations } from '../../../electron/core/db/migrations';
import { openArchive } from '../../../electron/core/db/open';
import { useTempDir } from '../../support/temp-dir';

describe('the archive file', () => {
  const tempDir = useTempDir();

  it('is created with WAL, foreign keys and the current schema', () => {
    const path = join(tempDir(), 'nested', 'archive.sqlite');
    const db = openArchive(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(schemaVersion(db)).toBe(migrations.length);
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE '%fts%' ORDER BY name")
      .pluck()
      .all();
    expect(tables).toEqual(
      expect.arrayContaining(['actors', 'articles', 'briefings', 'briefing_citations', 'notes', 'source_files', 'statement_topics', 'statements', 'stories', 'topics']),
    );
    const strict = db.prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND strict = 1").pluck().all();
    expect(strict).toEqual(expect.arrayContaining(['articles', 'statements', 'actors', 'topics']));
    db.close();
  });

  it('is refused, unchanged, when a newer Parley wrote it', () => {
    const path = join(tempDir(), 'archive.sqlite');
    openArchive(path).close();
    const raw = new BetterSqlite3(path);
    raw.pragma(`user_version = ${migrations.length + 5}`);
    raw.pragma('wal_checkpoint(TRUNCATE)');
    raw.close();
    const before = readFileSync(path);

    expect(() => openArchive(path)).toThrow(ArchiveTooNewError);
    expect(() => openArchive(path)).toThrow(/newer version of Parley/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses a file that is not an SQLite database without changing it', () => {
    const path = join(tempDir(), 'notes.sqlite');
    writeFileSync(path, 'these are my notes, not a database'.repeat(200));
    const before = readFileSync(path);
    expect(() => openArchive(path)).toThrow(/is not a Parley archive/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses another program’s SQLite database without changing it, for reading or writing', () => {
    const path = join(tempDir(), 'zotero.sqlite');
    const other = new BetterSqlite3(path);
    other.exec("CREATE TABLE items (id INTEGER PRIMARY KEY, title TEXT); INSERT INTO items (title) VALUES ('a reference')");
    other.close();
    const before = readFileSync(path);
    expect(() => openArchive(path, { readonly: true })).toThrow(/zotero\.sqlite is an SQLite database, but not a Parley archive/);
    expect(() => openArchive(path)).toThrow(/not a Parley archive/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('takes an empty file as a new archive', () => {
    const path = join(tempDir(), 'empty.sqlite');
    writeFileSync(path, '');
    const db = openArchive(path);
    expect(schemaVersion(db)).toBe(migrations.length);
    db.close();
  });

  it('applies pending migrations in one transaction: a failing step leaves nothing behind', () => {
    const db = new BetterSqlite3(':memory:');
    const steps: Migration[] = [
      { version: 1, name: 'one', up: (d) => d.exec('CREATE TABLE a (x INTEGER) STRICT') },
      { version: 2, name: 'two', up: (d) => d.exec('CREATE TABLE b (x INTEGER) STRICT; SELECT no_such_function()') },
    ];
    expect(() => migrate(db, steps)).toThrow();
    expect(schemaVersion(db)).toBe(0);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name IN ('a','b')").pluck().get()).toBe(0);
    expect(migrate(db, steps.slice(0, 1))).toEqual({ from: 0, to: 1 });
    expect(migrate(db, steps.slice(0, 1))).toEqual({ from: 1, to: 1 });
  });

  it('keeps the full-text indexes in step with articles and statements', () => {
    const db = openArchive(join(tempDir(), 'archive.sqlite'));
    const now = new Date().toISOString();
    const articleId = db
      .prepare(
        `INSERT INTO articles (title, original_name, format, content_hash, text, imported_at)
         VALUES ('Talks in Vostochny', 'a.txt', 'txt', 'h1', 'Putin and Kim met at the cosmodrome.', ?)`,
      )
      .run(now).lastInsertRowid;
    db.prepare(
      `INSERT INTO statements (article_id, kind, content_start, content_end, content_text, speaker_name, origin, created_at, updated_at)
       VALUES (?, 'direct', 0, 5, 'productive talks', 'Vladimir Putin', 'automatic', ?, ?)`,
    ).run(articleId, now, now);
    const articleHits = db.prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?').pluck();
    const statementHits = db.prepare('SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?').pluck();
    expect(articleHits.all('cosmodrome')).toEqual([Number(articleId)]);
    expect(statementHits.all('putin')).toHaveLength(1);

    db.prepare("UPDATE articles SET text = 'Rewritten entirely.' WHERE id = ?").run(articleId);
    expect(articleHits.all('cosmodrome')).toEqual([]);
    expect(articleHits.all('rewritten')).toEqual([Number(articleId)]);

    db.prepare('DELETE FROM articles WHERE id = ?').run(articleId);
    expect(articleHits.all('rewritten')).toEqual([]);
    expect(statementHits.all('putin')).toEqual([]);
    db.close();
  });
});
