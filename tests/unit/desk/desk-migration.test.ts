import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../../electron/core/db/open';
import { migrations } from '../../../electron/core/db/migrations';
import { deskSchema } from '../../../electron/core/db/migrations/0002-desk';
import { useTempDir } from '../../support/temp-dir';

describe('the desk migration', () => {
  const tempDir = useTempDir();

  it('upgrades an archive of the first schema: stances follow the shared vocabulary, actors get their names indexed', () => {
    const path = join(tempDir(), 'old.sqlite');
    const old = new BetterSqlite3(path);
    const index = migrations.indexOf(deskSchema);
    old.transaction(() => {
      for (const m of migrations.slice(0, index)) m.up(old);
      old.pragma(`user_version = ${index}`);
    })();
    const now = '2026-01-01T00:00:00Z';
    old.prepare(`INSERT INTO articles (id, original_name, format, content_hash, text, imported_at) VALUES (1, 'a.txt', 'txt', 'h', 'Text said here.', ?)`).run(now);
    old.prepare(`INSERT INTO actors (id, name, nation, created_at) VALUES (1, 'Sabrina Singh', 'US', ?)`).run(now);
    old.prepare(`INSERT INTO statements (id, article_id, kind, content_start, content_end, content_text, actor_id, origin, created_at, updated_at)
      VALUES (1, 1, 'indirect', 0, 4, 'Text', 1, 'automatic', ?, ?)`).run(now, now);
    old.prepare(`INSERT INTO topics (id, name, created_at) VALUES (1, 'Arms', ?)`).run(now);
    old.prepare(`INSERT INTO statement_topics (statement_id, topic_id, stance, created_at) VALUES (1, 1, 'mixed', ?)`).run(now);
    old.close();

    const db = openArchive(path);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(db.prepare('SELECT stance FROM statement_topics').get()).toEqual({ stance: 'ambiguous' });
    expect(db.prepare('SELECT name_key, actor_id FROM actor_names').all()).toEqual([{ name_key: 'sabrina singh', actor_id: 1 }]);
    expect(db.prepare('SELECT nation_set_by_hand, anchor_state, flagged_for_review FROM statements').get()).toEqual({
      nation_set_by_hand: 0, anchor_state: 'anchored', flagged_for_review: 0,
    });
    expect(() => db.prepare(`UPDATE statement_topics SET stance = 'mixed'`).run()).toThrow(/CHECK/);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});
