import type { Migration } from '../migration';

/**
 * What a large archive needs: original bytes kept compressed, a stored statement count per article
 * (kept by triggers, so every writer keeps it right; bulk imports write it with the article) and indexes that let the library page and sort by
 * any column with a keyset instead of an OFFSET.
 */
export const scaleSchema: Migration = {
  version: 3,
  name: 'scale',
  up(db) {
    db.exec(`
      -- NULL: the bytes as they arrived; 'deflate': raw DEFLATE of them (byte_size stays the original size).
      ALTER TABLE source_files ADD COLUMN compression TEXT CHECK (compression IN ('deflate'));

      ALTER TABLE articles ADD COLUMN statement_count INTEGER NOT NULL DEFAULT 0;
      UPDATE articles SET statement_count =
        (SELECT count(*) FROM statements s WHERE s.article_id = articles.id AND s.review_state <> 'rejected');
      -- Empty except inside an import's own write transaction (so no other connection ever sees a row):
      -- while it holds a row, the import writes statement counts itself and indexes its statements in
      -- one pass per transaction instead of a trigger per row.
      CREATE TABLE bulk_insert (active INTEGER NOT NULL) STRICT;
      DROP TRIGGER statements_fts_insert;
      CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements WHEN NOT EXISTS (SELECT 1 FROM bulk_insert) BEGIN
        INSERT INTO statements_fts(rowid, content_text, speaker_name) VALUES (new.id, new.content_text, new.speaker_name);
      END;

      CREATE TRIGGER articles_statement_count_insert AFTER INSERT ON statements
        WHEN new.review_state <> 'rejected' AND NOT EXISTS (SELECT 1 FROM bulk_insert) BEGIN
        UPDATE articles SET statement_count = statement_count + 1 WHERE id = new.article_id;
      END;
      CREATE TRIGGER articles_statement_count_delete AFTER DELETE ON statements WHEN old.review_state <> 'rejected' BEGIN
        UPDATE articles SET statement_count = statement_count - 1 WHERE id = old.article_id;
      END;
      CREATE TRIGGER articles_statement_count_update AFTER UPDATE OF review_state, article_id ON statements BEGIN
        UPDATE articles SET statement_count = statement_count - 1 WHERE id = old.article_id AND old.review_state <> 'rejected';
        UPDATE articles SET statement_count = statement_count + 1 WHERE id = new.article_id AND new.review_state <> 'rejected';
      END;

      -- Keyset paging and sorting: each sort key exactly as articles.list orders by it, id breaking ties.
      CREATE INDEX articles_sort_title ON articles(coalesce(title, original_name) COLLATE NOCASE, id);
      CREATE INDEX articles_sort_outlet ON articles(ifnull(outlet, '') COLLATE NOCASE, id);
      CREATE INDEX articles_sort_published ON articles(ifnull(published_at, ''), id);
      CREATE INDEX articles_sort_name ON articles(original_name COLLATE NOCASE, id);
      CREATE INDEX articles_sort_statements ON articles(statement_count, id);
    `);
  },
};
