import type { Migration } from '../migration';

/** The archive as the mission needs it: later versions only add to this. */
export const initialSchema: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      -- Every imported file's original bytes, for provenance and re-extraction.
      CREATE TABLE source_files (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        path TEXT NOT NULL,
        format TEXT NOT NULL,
        byte_size INTEGER NOT NULL,
        sha256 TEXT NOT NULL UNIQUE,
        bytes BLOB NOT NULL,
        modified_at TEXT,
        imported_at TEXT NOT NULL
      ) STRICT;

      -- One story told by several outlets (near-duplicates are linked here).
      CREATE TABLE stories (
        id INTEGER PRIMARY KEY,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        source_file_id INTEGER REFERENCES source_files(id) ON DELETE SET NULL,
        source_index INTEGER NOT NULL DEFAULT 0,
        story_id INTEGER REFERENCES stories(id) ON DELETE SET NULL,
        title TEXT,
        outlet TEXT,
        byline TEXT,
        published_at TEXT,
        language TEXT,
        url TEXT,
        dateline TEXT,
        original_name TEXT NOT NULL,
        format TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        fingerprint BLOB,
        text TEXT NOT NULL,
        extractor_version TEXT,
        imported_at TEXT NOT NULL
      ) STRICT;
      -- The same text arriving again, in any format, is one article.
      CREATE UNIQUE INDEX articles_content ON articles(content_hash);
      CREATE INDEX articles_story ON articles(story_id);

      -- Locality-sensitive buckets of each article's MinHash: articles sharing a bucket are
      -- candidates for being the same story (a wire story republished with small edits).
      CREATE TABLE article_buckets (
        bucket INTEGER NOT NULL,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        PRIMARY KEY (bucket, article_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX article_buckets_article ON article_buckets(article_id);

      CREATE TABLE actors (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT,
        organization TEXT,
        nation TEXT,
        aliases TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(aliases)),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX actors_identity ON actors(name, coalesce(nation, ''));

      CREATE TABLE statements (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('direct', 'indirect', 'mixed')),
        content_start INTEGER NOT NULL,
        content_end INTEGER NOT NULL,
        content_text TEXT NOT NULL,
        cue_start INTEGER,
        cue_end INTEGER,
        cue_text TEXT,
        speaker_start INTEGER,
        speaker_end INTEGER,
        speaker_text TEXT,
        speaker_name TEXT,
        speaker_role TEXT,
        speaker_organization TEXT,
        actor_id INTEGER REFERENCES actors(id) ON DELETE SET NULL,
        nation TEXT,
        confidence REAL NOT NULL DEFAULT 0,
        origin TEXT NOT NULL CHECK (origin IN ('automatic', 'manual')),
        review_state TEXT NOT NULL DEFAULT 'unreviewed'
          CHECK (review_state IN ('unreviewed', 'confirmed', 'corrected', 'rejected')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (content_end > content_start)
      ) STRICT;
      CREATE INDEX statements_article ON statements(article_id, content_start);
      CREATE INDEX statements_actor ON statements(actor_id);
      CREATE INDEX statements_nation ON statements(nation);

      -- Topics form a tree (e.g. Security > Arms transfers).
      CREATE TABLE topics (
        id INTEGER PRIMARY KEY,
        parent_id INTEGER REFERENCES topics(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX topics_name ON topics(coalesce(parent_id, 0), name);

      CREATE TABLE statement_topics (
        statement_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
        topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
        stance TEXT CHECK (stance IN ('supports', 'opposes', 'neutral', 'mixed')),
        created_at TEXT NOT NULL,
        PRIMARY KEY (statement_id, topic_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX statement_topics_topic ON statement_topics(topic_id);

      CREATE TABLE notes (
        id INTEGER PRIMARY KEY,
        article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE,
        statement_id INTEGER REFERENCES statements(id) ON DELETE CASCADE,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE briefings (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        body TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(body)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      -- A citation points at the exact span of the source it quotes.
      CREATE TABLE briefing_citations (
        id INTEGER PRIMARY KEY,
        briefing_id INTEGER NOT NULL REFERENCES briefings(id) ON DELETE CASCADE,
        statement_id INTEGER REFERENCES statements(id) ON DELETE SET NULL,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL,
        quoted_text TEXT NOT NULL
      ) STRICT;
      CREATE INDEX briefing_citations_briefing ON briefing_citations(briefing_id);

      CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
      END;
      CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
      END;
      CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
      END;

      CREATE VIRTUAL TABLE statements_fts USING fts5(
        content_text, speaker_name, content='statements', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
        INSERT INTO statements_fts(rowid, content_text, speaker_name) VALUES (new.id, new.content_text, new.speaker_name);
      END;
      CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
        INSERT INTO statements_fts(statements_fts, rowid, content_text, speaker_name)
          VALUES ('delete', old.id, old.content_text, old.speaker_name);
      END;
      CREATE TRIGGER statements_fts_update AFTER UPDATE OF content_text, speaker_name ON statements BEGIN
        INSERT INTO statements_fts(statements_fts, rowid, content_text, speaker_name)
          VALUES ('delete', old.id, old.content_text, old.speaker_name);
        INSERT INTO statements_fts(rowid, content_text, speaker_name) VALUES (new.id, new.content_text, new.speaker_name);
      END;
    `);
  },
};
