import type { Database, Statement } from 'better-sqlite3';
import type { HistoryEntry, HistoryKind, HistoryPage, HistoryState, HistoryStep } from '../../../shared/domain/desk';

/**
 * Undo and redo for every desk edit, kept in the archive so they survive a restart.
 *
 * An edit declares the rows it is about to touch; the history keeps each row as it was before and
 * after. Undo writes the "before" rows back, redo the "after" rows, so merges, splits and cascades
 * need no inverse operation of their own. The history is linear: a new edit drops what was undone.
 */

type Row = Record<string, unknown>;
type Prepared = Statement<unknown[]>;

/** The tables desk edits write to, parents before children, with their key columns. */
const TABLES = {
  topics: { keys: ['id'], columns: '*' },
  actors: { keys: ['id'], columns: '*' },
  actor_names: { keys: ['name_key', 'actor_id'], columns: '*' },
  // Desk edits change an article's metadata only; its text never goes into the history.
  articles: { keys: ['id'], columns: 'id, title, outlet, byline, published_at, language' },
  statements: { keys: ['id'], columns: '*' },
  statement_topics: { keys: ['statement_id', 'topic_id'], columns: '*' },
  notes: { keys: ['id'], columns: '*' },
} as const;

export type HistoryTable = keyof typeof TABLES;
const TABLE_ORDER = Object.keys(TABLES) as HistoryTable[];

interface RowChange {
  table: HistoryTable;
  key: Row;
  before: Row | null;
  after: Row | null;
}

/** What an edit uses to declare the rows it touches. */
export interface EditRecorder {
  /** Call before changing (or deleting) the row with this key. */
  touch(table: HistoryTable, key: Row): void;
  /** Call before changing every row matching `where` (a trusted SQL condition). */
  touchWhere(table: HistoryTable, where: string, params: unknown[]): void;
  /** Call after inserting a row that did not exist. */
  created(table: HistoryTable, key: Row): void;
}

interface EntryRow {
  id: number;
  kind: HistoryKind;
  label: string;
  changes: string;
  undone: number;
  created_at: string;
}

function toEntry(row: Omit<EntryRow, 'changes'>): HistoryEntry {
  return { id: row.id, kind: row.kind, label: row.label, createdAt: row.created_at, undone: row.undone === 1 };
}

function keyId(table: string, key: Row): string {
  return `${table}:${JSON.stringify(key)}`;
}

export function createEditHistory(db: Database) {
  const selectOne = new Map<HistoryTable, Prepared>();
  for (const table of TABLE_ORDER) {
    const spec = TABLES[table];
    selectOne.set(
      table,
      db.prepare<unknown[]>(`SELECT ${spec.columns} FROM ${table} WHERE ${spec.keys.map((k) => `${k} = ?`).join(' AND ')}`),
    );
  }
  const insertEntry = db.prepare('INSERT INTO edit_history (kind, label, changes, created_at) VALUES (?, ?, ?, ?)');
  const dropRedo = db.prepare('DELETE FROM edit_history WHERE undone = 1');
  const lastDone = db.prepare<[], EntryRow>('SELECT * FROM edit_history WHERE undone = 0 ORDER BY id DESC LIMIT 1');
  const firstUndone = db.prepare<[], EntryRow>('SELECT * FROM edit_history WHERE undone = 1 ORDER BY id ASC LIMIT 1');
  const setUndone = db.prepare('UPDATE edit_history SET undone = ? WHERE id = ?');
  const recent = db.prepare<[number], Omit<EntryRow, 'changes'>>(
    'SELECT id, kind, label, undone, created_at FROM edit_history ORDER BY id DESC LIMIT ?',
  );

  const prepared = new Map<string, Prepared>();
  const prepare = (sql: string) => {
    let statement = prepared.get(sql);
    if (!statement) {
      statement = db.prepare<unknown[]>(sql);
      prepared.set(sql, statement);
    }
    return statement;
  };

  function read(table: HistoryTable, key: Row): Row | null {
    const values = TABLES[table].keys.map((k) => key[k]);
    return (selectOne.get(table)!.get(...values) as Row | undefined) ?? null;
  }

  function keyOf(table: HistoryTable, row: Row): Row {
    return Object.fromEntries(TABLES[table].keys.map((k) => [k, row[k]]));
  }

  /** Writes rows back to a recorded state: inserts and updates parents first, deletes children first. */
  function restore(changes: RowChange[], side: 'before' | 'after'): void {
    // Rows come back in any order within the transaction; the keys are checked at commit.
    db.pragma('defer_foreign_keys = ON');
    const byTable = (t: HistoryTable) => changes.filter((c) => c.table === t);
    for (const table of TABLE_ORDER) {
      for (const change of byTable(table)) {
        const target = change[side];
        if (!target) continue;
        const keys = TABLES[table].keys as readonly string[];
        const current = read(table, change.key);
        const columns = Object.keys(target);
        if (current) {
          const sets = columns.filter((c) => !keys.includes(c));
          if (sets.length === 0) continue;
          prepare(`UPDATE ${table} SET ${sets.map((c) => `${c} = @${c}`).join(', ')} WHERE ${keys.map((k) => `${k} = @${k}`).join(' AND ')}`).run(target);
        } else {
          prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(target);
        }
      }
    }
    for (const table of [...TABLE_ORDER].reverse()) {
      for (const change of byTable(table)) {
        if (change[side]) continue;
        const keys = TABLES[table].keys;
        prepare(`DELETE FROM ${table} WHERE ${keys.map((k) => `${k} = ?`).join(' AND ')}`).run(...keys.map((k) => change.key[k]));
      }
    }
  }

  function state(): HistoryState {
    const undo = lastDone.get();
    const redo = firstUndone.get();
    return {
      canUndo: Boolean(undo),
      canRedo: Boolean(redo),
      nextUndo: undo ? toEntry(undo) : null,
      nextRedo: redo ? toEntry(redo) : null,
    };
  }

  function step(entry: EntryRow | undefined, side: 'before' | 'after'): { step: HistoryStep; changes: RowChange[] } {
    if (!entry) return { step: { ...state(), entry: null }, changes: [] };
    const changes = JSON.parse(entry.changes) as RowChange[];
    db.transaction(() => {
      restore(changes, side);
      setUndone.run(side === 'before' ? 1 : 0, entry.id);
    }).immediate();
    return { step: { ...state(), entry: toEntry({ ...entry, undone: side === 'before' ? 1 : 0 }) }, changes };
  }

  return {
    /**
     * Runs an edit in one transaction and records the rows it declared. An edit that changed
     * nothing leaves no entry.
     */
    edit<T>(kind: HistoryKind, label: string, run: (recorder: EditRecorder) => T): { result: T; changes: RowChange[] } {
      return db.transaction(() => {
        const touched = new Map<string, RowChange>();
        const recorder: EditRecorder = {
          touch(table, key) {
            const id = keyId(table, key);
            if (!touched.has(id)) touched.set(id, { table, key, before: read(table, key), after: null });
          },
          touchWhere(table, where, params) {
            const keys = TABLES[table].keys.join(', ');
            for (const row of prepare(`SELECT ${keys} FROM ${table} WHERE ${where}`).all(...params) as Row[]) {
              recorder.touch(table, keyOf(table, row));
            }
          },
          created(table, key) {
            const id = keyId(table, key);
            if (!touched.has(id)) touched.set(id, { table, key, before: null, after: null });
          },
        };
        const result = run(recorder);
        const changes: RowChange[] = [];
        for (const change of touched.values()) {
          change.after = read(change.table, change.key);
          if (JSON.stringify(change.before) !== JSON.stringify(change.after)) changes.push(change);
        }
        if (changes.length > 0) {
          dropRedo.run();
          insertEntry.run(kind, label, JSON.stringify(changes), new Date().toISOString());
        }
        return { result, changes };
      }).immediate();
    },

    undo: () => step(lastDone.get(), 'before'),
    redo: () => step(firstUndone.get(), 'after'),
    state,
    list(limit: number): HistoryPage {
      return { entries: recent.all(limit).map(toEntry), state: state() };
    },
  };
}

export type EditHistory = ReturnType<typeof createEditHistory>;
export type { RowChange };

/** The articles a set of row changes concerns, so open panes of those articles refresh. */
export function articlesOf(changes: readonly RowChange[]): number[] {
  const ids = new Set<number>();
  for (const c of changes) {
    for (const row of [c.before, c.after]) {
      if (!row) continue;
      if (c.table === 'articles' && typeof row.id === 'number') ids.add(row.id);
      if ((c.table === 'statements' || c.table === 'notes') && typeof row.article_id === 'number') ids.add(row.article_id);
    }
  }
  return [...ids];
}
