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

/**
 * Each topic's subtree (itself and every topic below it): a parent topic's column, cell, nation
 * against nation and timeline take in its subtopics' statements, as an analyst reading "Security"
 * expects "Security › Arms transfers" to be part of it.
 */
export function topicSubtrees(db: Database): Map<number, number[]> {
  const rows = db.prepare<[], { id: number; parentId: number | null }>('SELECT id, parent_id AS parentId FROM topics').all();
  const children = new Map<number, number[]>();
  for (const row of rows) {
    if (row.parentId === null) continue;
    const list = children.get(row.parentId) ?? [];
    list.push(row.id);
    children.set(row.parentId, list);
  }
  const subtrees = new Map<number, number[]>();
  for (const row of rows) {
    const seen = new Set<number>([row.id]);
    const queue = [row.id];
    // The seen set also keeps a (malformed) cycle of parents from looping.
    for (let i = 0; i < queue.length; i++) {
      for (const child of children.get(queue[i]!) ?? []) {
        if (!seen.has(child)) {
          seen.add(child);
          queue.push(child);
        }
      }
    }
    subtrees.set(row.id, queue);
  }
  return subtrees;
}

/** Each topic's ancestors and itself: the columns a statement tagged with it counts in. */
export function topicAncestors(subtrees: Map<number, number[]>): Map<number, number[]> {
  const ancestors = new Map<number, number[]>();
  for (const [topic, members] of subtrees) {
    for (const member of members) {
      const list = ancestors.get(member) ?? [];
      list.push(topic);
      ancestors.set(member, list);
    }
  }
  return ancestors;
}
