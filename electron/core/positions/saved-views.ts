import type { Database } from 'better-sqlite3';
import type { SavedView } from '../../../shared/domain/positions';

const COLUMNS = 'id, name, state, updated_at AS updatedAt';

/** Named positions views, stored in the archive so they travel with it. */
export function createSavedViews(db: Database) {
  const list = db.prepare<[], SavedView>(`SELECT ${COLUMNS} FROM saved_views ORDER BY name COLLATE NOCASE`);
  const upsert = db.prepare<[string, string, string, string], SavedView>(
    `INSERT INTO saved_views (name, state, created_at, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at
     RETURNING ${COLUMNS}`,
  );
  const remove = db.prepare<[number]>('DELETE FROM saved_views WHERE id = ?');
  return {
    list: () => list.all(),
    save(name: string, state: string): SavedView {
      const now = new Date().toISOString();
      return upsert.get(name.trim(), state, now, now)!;
    },
    delete: (id: number) => remove.run(id).changes > 0,
  };
}
