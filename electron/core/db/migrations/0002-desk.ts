import type { Migration } from '../migration';

/**
 * The analyst's desk: stances of the shared vocabulary, a richer codebook and actor registry,
 * robust anchors, hand-set nations, review marks and a persisted edit history.
 * Depends on the 0001 schema only.
 */
export const deskSchema: Migration = {
  version: 2,
  name: 'desk',
  up(db) {
    db.exec(`
      -- Stances follow STANCES (shared/domain/archive.ts); a CHECK cannot be altered, so the table is rebuilt.
      CREATE TABLE statement_topics_new (
        statement_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
        topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
        stance TEXT CHECK (stance IN ('supports', 'opposes', 'concerned', 'neutral', 'ambiguous')),
        created_at TEXT NOT NULL,
        PRIMARY KEY (statement_id, topic_id)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO statement_topics_new (statement_id, topic_id, stance, created_at)
        SELECT statement_id, topic_id, CASE stance WHEN 'mixed' THEN 'ambiguous' ELSE stance END, created_at
        FROM statement_topics;
      DROP TABLE statement_topics;
      ALTER TABLE statement_topics_new RENAME TO statement_topics;
      CREATE INDEX statement_topics_topic ON statement_topics(topic_id, stance);

      ALTER TABLE topics ADD COLUMN colour TEXT;
      ALTER TABLE topics ADD COLUMN description TEXT;

      -- Roles with dates: [{role, organization, from, to}].
      ALTER TABLE actors ADD COLUMN roles TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(roles));
      -- Merges and renames can make two actors share a name for a while; identity is the id.
      DROP INDEX actors_identity;
      CREATE INDEX actors_nation ON actors(nation);
      -- Every name an actor is known by (canonical and aliases), folded, for matching speakers on import.
      CREATE TABLE actor_names (
        name_key TEXT NOT NULL,
        actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
        PRIMARY KEY (name_key, actor_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX actor_names_actor ON actor_names(actor_id);
      INSERT OR IGNORE INTO actor_names (name_key, actor_id) SELECT lower(trim(name)), id FROM actors;

      ALTER TABLE statements ADD COLUMN nation_set_by_hand INTEGER NOT NULL DEFAULT 0 CHECK (nation_set_by_hand IN (0, 1));
      -- Context around the exact words (content_text at content_start), to find them again in a changed text.
      ALTER TABLE statements ADD COLUMN anchor_prefix TEXT;
      ALTER TABLE statements ADD COLUMN anchor_suffix TEXT;
      ALTER TABLE statements ADD COLUMN anchor_state TEXT NOT NULL DEFAULT 'anchored'
        CHECK (anchor_state IN ('anchored', 'orphaned'));
      -- What a rejected statement was before, so restoring it brings that back.
      ALTER TABLE statements ADD COLUMN rejected_from TEXT
        CHECK (rejected_from IN ('unreviewed', 'confirmed', 'corrected'));
      -- A re-extraction candidate next to a reviewed statement: offered for review, never merged silently.
      ALTER TABLE statements ADD COLUMN flagged_for_review INTEGER NOT NULL DEFAULT 0 CHECK (flagged_for_review IN (0, 1));
      CREATE INDEX statements_review ON statements(review_state);
      CREATE INDEX statements_kind ON statements(kind);
      CREATE INDEX statements_orphaned ON statements(anchor_state) WHERE anchor_state = 'orphaned';

      ALTER TABLE notes ADD COLUMN topic_id INTEGER REFERENCES topics(id) ON DELETE CASCADE;
      ALTER TABLE notes ADD COLUMN anchor_start INTEGER;
      ALTER TABLE notes ADD COLUMN anchor_end INTEGER;
      ALTER TABLE notes ADD COLUMN anchor_exact TEXT;
      ALTER TABLE notes ADD COLUMN anchor_prefix TEXT;
      ALTER TABLE notes ADD COLUMN anchor_suffix TEXT;
      ALTER TABLE notes ADD COLUMN anchor_state TEXT NOT NULL DEFAULT 'anchored'
        CHECK (anchor_state IN ('anchored', 'orphaned'));
      CREATE INDEX notes_article ON notes(article_id);
      CREATE INDEX notes_statement ON notes(statement_id);
      CREATE INDEX notes_topic ON notes(topic_id);

      -- A file imported again from the same place, with changed text, is a new version of its article.
      CREATE INDEX source_files_path ON source_files(path);
      CREATE INDEX articles_source ON articles(source_file_id, source_index);
      CREATE INDEX articles_outlet ON articles(outlet);
      CREATE INDEX articles_published ON articles(published_at);

      -- Every desk edit, with the rows it touched before and after, so it can be undone and redone
      -- after a restart. Entries with undone = 1 are the redo stack; a new edit discards them.
      CREATE TABLE edit_history (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        label TEXT NOT NULL,
        changes TEXT NOT NULL CHECK (json_valid(changes)),
        undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX edit_history_undone ON edit_history(undone, id);
    `);
  },
};
