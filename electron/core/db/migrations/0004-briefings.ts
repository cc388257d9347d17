import type { Migration } from '../migration';

/** Kept versions of each briefing, and a look-up of the briefings that cite a statement. */
export const briefingVersions: Migration = {
  version: 4,
  name: 'briefings',
  up(db) {
    db.exec(`
      CREATE TABLE briefing_versions (
        id INTEGER PRIMARY KEY,
        briefing_id INTEGER NOT NULL REFERENCES briefings(id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        body TEXT NOT NULL CHECK (json_valid(body)),
        -- Named by the analyst, or why it was kept; NULL for the automatic ones autosave keeps.
        label TEXT,
        word_count INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX briefing_versions_briefing ON briefing_versions(briefing_id, id);
      CREATE INDEX briefing_citations_statement ON briefing_citations(statement_id);
    `);
  },
};
