import type { Database } from 'better-sqlite3';

/** Every topic with its path from the root ("Security › Arms transfers"), in path order. */
export function topicPaths(db: Database): { id: number; name: string; path: string }[] {
  return db
    .prepare<[], { id: number; name: string; path: string }>(
      `WITH RECURSIVE tree(id, name, path) AS (
         SELECT id, name, name FROM topics WHERE parent_id IS NULL
         UNION ALL
         SELECT t.id, t.name, tree.path || ' › ' || t.name FROM topics t JOIN tree ON t.parent_id = tree.id
       )
       SELECT id, name, path FROM tree ORDER BY path COLLATE NOCASE`,
    )
    .all();
}
