import type { Migration } from '../migration';

/**
 * The newest statement of each positions cell, kept beside its count, so the matrix shows every
 * cell's latest quote without walking the index once per cell. The value is a sortable key
 * (the day, '' when unknown, then '#' and the zero-padded statement id); the positions index
 * triggers fill it, and the index is rebuilt on open because its triggers change name with it.
 */
export const positionNewest: Migration = {
  version: 7,
  name: 'position-newest',
  up(db) {
    db.exec(`
      ALTER TABLE position_cells ADD COLUMN newest TEXT NOT NULL DEFAULT '';
      ALTER TABLE position_outlet_cells ADD COLUMN newest TEXT NOT NULL DEFAULT '';
    `);
  },
};
