import type { Database } from 'better-sqlite3';

/**
 * Keeps the positions index (position_facts, position_cells, position_outlet_cells; see migration 0004-positions) in step with
 * the statements, their topic tags and their articles. Triggers do the work on every write; they are
 * (re)installed here rather than in a migration because a later migration that rebuilds one of the
 * watched tables drops them with it. When any is missing, the index is rebuilt from scratch.
 * Each cell also keeps its newest fact (migration 0007), so the matrix reads every cell's latest quote from the counts.
 */

/** Old archives may hold 'mixed'; the analyst's vocabulary calls it ambiguous. Untagged stances count as ''. */
function stanceOf(column: string): string {
  return `CASE WHEN ${column} IN ('supports', 'opposes', 'concerned', 'neutral', 'ambiguous') THEN ${column}
    WHEN ${column} = 'mixed' THEN 'ambiguous' ELSE '' END`;
}

/** A day only when the article's date has one; partial or unknown dates stay unknown. */
function dayOf(column: string): string {
  return `CASE WHEN ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN substr(${column}, 1, 10) END`;
}

const factsFromTags = (where: string, topicColumn: string, stanceColumn: string) => `
  SELECT s.id, ${topicColumn}, coalesce(s.nation, ''), s.actor_id, ${dayOf('a.published_at')}, coalesce(a.outlet, ''),
    s.review_state, ${stanceOf(stanceColumn)}
  FROM statements s JOIN articles a ON a.id = s.article_id ${where}`;

const cellKey = (row: 'new' | 'old') =>
  `nation = ${row}.nation AND topic_id = ${row}.topic_id AND review_state = ${row}.review_state AND stance = ${row}.stance`;

/** Orders facts as the matrix does (newest day first, undated last, then the later statement): see migration 0007. */
export const newestKey = (day: string, statementId: string) => `printf('%s#%012d', coalesce(${day}, ''), ${statementId})`;

/** The cell's newest fact once `old` has left it: one short walk down the cell's index, newest first. */
const newestLeft = (outlet: boolean) => `coalesce((SELECT ${newestKey('f.day', 'f.statement_id')} FROM position_facts f
    WHERE f.topic_id = old.topic_id AND f.nation = old.nation AND f.review_state = old.review_state AND f.stance = old.stance
    ${outlet ? 'AND f.outlet = old.outlet' : ''} ORDER BY f.day DESC, f.statement_id DESC LIMIT 1), '')`;

const addToCell = `INSERT INTO position_cells (nation, topic_id, review_state, stance, n, newest)
    VALUES (new.nation, new.topic_id, new.review_state, new.stance, 1, ${newestKey('new.day', 'new.statement_id')})
    ON CONFLICT (nation, topic_id, stance, review_state) DO UPDATE SET n = n + 1, newest = max(newest, excluded.newest);
  INSERT INTO position_outlet_cells (outlet, nation, topic_id, review_state, stance, n, newest)
    VALUES (new.outlet, new.nation, new.topic_id, new.review_state, new.stance, 1, ${newestKey('new.day', 'new.statement_id')})
    ON CONFLICT (outlet, nation, topic_id, stance, review_state) DO UPDATE SET n = n + 1, newest = max(newest, excluded.newest);`;
const takeFromCell = `UPDATE position_cells SET n = n - 1 WHERE ${cellKey('old')};
    DELETE FROM position_cells WHERE ${cellKey('old')} AND n <= 0;
    UPDATE position_cells SET newest = ${newestLeft(false)}
      WHERE ${cellKey('old')} AND newest = ${newestKey('old.day', 'old.statement_id')};
    UPDATE position_outlet_cells SET n = n - 1 WHERE outlet = old.outlet AND ${cellKey('old')};
    DELETE FROM position_outlet_cells WHERE outlet = old.outlet AND ${cellKey('old')} AND n <= 0;
    UPDATE position_outlet_cells SET newest = ${newestLeft(true)}
      WHERE outlet = old.outlet AND ${cellKey('old')} AND newest = ${newestKey('old.day', 'old.statement_id')};`;

const FACT_COLUMNS = 'statement_id, topic_id, nation, actor_id, day, outlet, review_state, stance';

/** Named with a version: a changed definition gets a new name, and the old triggers are dropped. */
const TRIGGERS: Record<string, string> = {
  positions_v2_tag_added: `AFTER INSERT ON statement_topics BEGIN
    INSERT INTO position_facts (${FACT_COLUMNS}) ${factsFromTags('WHERE s.id = new.statement_id', 'new.topic_id', 'new.stance')};
  END`,
  positions_v2_tag_removed: `AFTER DELETE ON statement_topics BEGIN
    DELETE FROM position_facts WHERE statement_id = old.statement_id AND topic_id = old.topic_id;
  END`,
  positions_v2_tag_changed: `AFTER UPDATE ON statement_topics BEGIN
    UPDATE position_facts SET topic_id = new.topic_id, stance = ${stanceOf('new.stance')}
      WHERE statement_id = old.statement_id AND topic_id = old.topic_id;
  END`,
  positions_v2_statement_changed: `AFTER UPDATE OF nation, actor_id, review_state ON statements BEGIN
    UPDATE position_facts SET nation = coalesce(new.nation, ''), actor_id = new.actor_id, review_state = new.review_state
      WHERE statement_id = new.id;
  END`,
  positions_v2_article_changed: `AFTER UPDATE OF outlet, published_at ON articles BEGIN
    UPDATE position_facts SET day = ${dayOf('new.published_at')}, outlet = coalesce(new.outlet, '')
      WHERE statement_id IN (SELECT id FROM statements WHERE article_id = new.id);
  END`,
  positions_v2_fact_added: `AFTER INSERT ON position_facts BEGIN ${addToCell} END`,
  positions_v2_fact_removed: `AFTER DELETE ON position_facts BEGIN ${takeFromCell} END`,
  positions_v2_fact_moved: `AFTER UPDATE OF nation, topic_id, review_state, stance, outlet, day ON position_facts BEGIN
    ${takeFromCell}
    ${addToCell}
  END`,
};

/**
 * The statements tagged more than once (position_multi_tagged, migration 0008), kept apart from the
 * triggers above: an archive whose index is otherwise current only refills this list (one pass over
 * the tags) instead of rebuilding the whole index.
 */
const MULTI_TAGGED_TRIGGERS: Record<string, string> = {
  positions_v3_tagged_again: `AFTER INSERT ON position_facts
    WHEN (SELECT count(*) FROM position_facts WHERE statement_id = new.statement_id) > 1 BEGIN
    INSERT OR IGNORE INTO position_multi_tagged (statement_id) VALUES (new.statement_id);
  END`,
  positions_v3_tag_left: `AFTER DELETE ON position_facts
    WHEN (SELECT count(*) FROM position_facts WHERE statement_id = old.statement_id) < 2 BEGIN
    DELETE FROM position_multi_tagged WHERE statement_id = old.statement_id;
  END`,
};

export function ensurePositionIndex(db: Database): { rebuilt: boolean } {
  const present = new Set(
    db
      .prepare<[], { name: string }>(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'positions\\_%' ESCAPE '\\'`)
      .all()
      .map((r) => r.name),
  );
  const complete = (triggers: Record<string, string>) => Object.keys(triggers).every((name) => present.has(name));
  const known = new Set([...Object.keys(TRIGGERS), ...Object.keys(MULTI_TAGGED_TRIGGERS)]);
  const stale = [...present].some((name) => !known.has(name));
  const whole = complete(TRIGGERS) && !stale;
  if (whole && complete(MULTI_TAGGED_TRIGGERS)) return { rebuilt: false };
  // An archive that cannot be written cannot change either: its index stays as the last writer left it.
  if (db.readonly) return { rebuilt: false };
  try {
    db.transaction(() => {
      if (whole) {
        for (const name of Object.keys(MULTI_TAGGED_TRIGGERS)) if (present.has(name)) db.exec(`DROP TRIGGER "${name}"`);
        refillMultiTagged(db);
      } else {
        for (const name of present) db.exec(`DROP TRIGGER "${name}"`);
        rebuildPositionIndex(db);
        for (const [name, body] of Object.entries(TRIGGERS)) db.exec(`CREATE TRIGGER "${name}" ${body}`);
      }
      for (const [name, body] of Object.entries(MULTI_TAGGED_TRIGGERS)) db.exec(`CREATE TRIGGER "${name}" ${body}`);
    })();
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_READONLY') return { rebuilt: false };
    throw error;
  }
  return { rebuilt: true };
}

function refillMultiTagged(db: Database): void {
  db.exec(`
    DELETE FROM position_multi_tagged;
    INSERT INTO position_multi_tagged (statement_id)
      SELECT statement_id FROM position_facts GROUP BY statement_id HAVING count(*) > 1;
  `);
}

/** Refills the index from the archive; call with the index's triggers dropped, inside a transaction. */
function rebuildPositionIndex(db: Database): void {
  db.exec(`
    DELETE FROM position_cells;
    DELETE FROM position_outlet_cells;
    DELETE FROM position_facts;
    INSERT INTO position_facts (${FACT_COLUMNS})
      ${factsFromTags('JOIN statement_topics t ON t.statement_id = s.id', 't.topic_id', 't.stance')};
    INSERT INTO position_cells (nation, topic_id, review_state, stance, n, newest)
      SELECT nation, topic_id, review_state, stance, count(*), max(${newestKey('day', 'statement_id')}) FROM position_facts
      GROUP BY nation, topic_id, review_state, stance;
    INSERT INTO position_outlet_cells (outlet, nation, topic_id, review_state, stance, n, newest)
      SELECT outlet, nation, topic_id, review_state, stance, count(*), max(${newestKey('day', 'statement_id')}) FROM position_facts
      GROUP BY outlet, nation, topic_id, review_state, stance;
  `);
  refillMultiTagged(db);
}
