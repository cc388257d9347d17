import type { Migration } from '../migration';

/**
 * The statements tagged with more than one topic, kept beside the positions index. A parent topic's
 * column takes in its subtopics' tags, so a statement tagged with the parent and a subtopic (or two
 * subtopics) holds two of the counts kept per cell: the matrix takes those few statements' tags from
 * here and counts each statement once. Derived data: electron/core/positions/position-index.ts fills it
 * and keeps it in step.
 */
export const positionMultiTagged: Migration = {
  version: 8,
  name: 'position-multi-tagged',
  up(db) {
    db.exec(`CREATE TABLE position_multi_tagged (statement_id INTEGER PRIMARY KEY) STRICT;`);
  },
};
