import type { Migration } from '../migration';

/**
 * Saved views of the positions pages, and the positions index: one row per statement-topic tag with
 * what the views filter on (nation, day, outlet, review state, stance), plus its counts per cell.
 * The index is derived data; electron/core/positions/position-index.ts keeps it in step with triggers
 * and rebuilds it whenever those triggers are missing.
 */
export const positionsSchema: Migration = {
  version: 3,
  name: 'positions',
  up(db) {
    db.exec(`
      CREATE TABLE saved_views (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL COLLATE NOCASE UNIQUE,
        state TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE position_facts (
        statement_id INTEGER NOT NULL,
        topic_id INTEGER NOT NULL,
        nation TEXT NOT NULL,
        actor_id INTEGER,
        day TEXT,
        outlet TEXT NOT NULL,
        review_state TEXT NOT NULL,
        stance TEXT NOT NULL,
        PRIMARY KEY (statement_id, topic_id)
      ) STRICT, WITHOUT ROWID;
      -- A cell's quotes, newest first, filtered from the index alone.
      CREATE INDEX position_facts_cell ON position_facts(topic_id, nation, day, statement_id, review_state, outlet);
      -- Matrices over a period read only that period's rows, from the index alone.
      CREATE INDEX position_facts_period ON position_facts(day, nation, topic_id, stance, review_state, outlet);
      CREATE INDEX position_facts_actor ON position_facts(actor_id, topic_id, day);

      -- Counts per nation, topic, review state and stance: the whole-archive matrix reads only this.
      CREATE TABLE position_cells (
        nation TEXT NOT NULL,
        topic_id INTEGER NOT NULL,
        review_state TEXT NOT NULL,
        stance TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (nation, topic_id, stance, review_state)
      ) STRICT, WITHOUT ROWID;
      -- The same per outlet, for matrices over some outlets.
      CREATE TABLE position_outlet_cells (
        outlet TEXT NOT NULL,
        nation TEXT NOT NULL,
        topic_id INTEGER NOT NULL,
        review_state TEXT NOT NULL,
        stance TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (outlet, nation, topic_id, stance, review_state)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
