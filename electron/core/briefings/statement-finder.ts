import type { Database } from 'better-sqlite3';
import type { Stance } from '../../../shared/domain/archive';
import type { CitableStatement } from '../../../shared/domain/briefings';
import type { PositionFilters } from '../../../shared/domain/positions';
import { statementConditions } from '../positions/position-filters';
import { toFtsQuery } from '../search/fts-query';
import { CITATION_COLUMNS, CITATION_JOINS, citableFromRow, type CitationRow } from './citation-resolver';

type Row = CitationRow & { stance: Stance | null };

export interface NationQuotes {
  nation: string;
  /** Every statement the nation has in the selection; `quotes` holds the few picked to show. */
  total: number;
  quotes: CitableStatement[];
  stances: Partial<Record<Stance, number>>;
}

export interface NationSelection {
  /** Only statements tagged on this topic, with their stances there. */
  topicId?: number;
  /** Only statements tagged on some topic (what a matrix of topics counts), with their stances. */
  anyTopic?: boolean;
  /** The positions matrix's filters: period, outlets, review states. */
  filters?: PositionFilters;
  statementIds?: readonly number[];
  /** Quotes shown per nation: direct quotes first, the most confident next. */
  perNation: number;
}

/** Which statements a selection covers, as SQL over statements `s` joined to articles `a`. */
function scopeOf(selection: NationSelection): { sql: string; params: (string | number)[] } {
  const parts = ['s.nation IS NOT NULL'];
  const params: (string | number)[] = [];
  if (selection.filters) {
    const conditions = statementConditions(selection.filters);
    parts.push(conditions.sql);
    params.push(...conditions.params);
  } else {
    parts.push(`s.review_state <> 'rejected'`);
  }
  if (selection.topicId !== undefined) {
    parts.push('s.id IN (SELECT statement_id FROM statement_topics WHERE topic_id = ?)');
    params.push(selection.topicId);
  } else if (selection.anyTopic) {
    parts.push('s.id IN (SELECT statement_id FROM statement_topics)');
  }
  if (selection.statementIds) {
    parts.push('s.id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(selection.statementIds));
  }
  return { sql: parts.join(' AND '), params };
}

/** Newest article first, then reading order. */
const READING_ORDER = `coalesce(a.published_at, '') DESC, a.id DESC, s.content_start, s.id`;

export function createStatementFinder(db: Database) {
  const stanceColumn = (topic: boolean) => (topic ? 'st.stance' : 'NULL AS stance');
  const topicJoin = (topic: boolean) => (topic ? 'JOIN statement_topics st ON st.statement_id = s.id AND st.topic_id = @topicId' : '');

  const listQueries = new Map<string, ReturnType<typeof db.prepare<Record<string, unknown>, Row>>>();
  function listQuery(topic: boolean, search: boolean) {
    const key = `${topic}:${search}`;
    let query = listQueries.get(key);
    if (!query) {
      query = db.prepare<Record<string, unknown>, Row>(
        `SELECT ${CITATION_COLUMNS}, ${stanceColumn(topic)} ${CITATION_JOINS} ${topicJoin(topic)}
         WHERE s.review_state <> 'rejected'
         ${search ? 'AND s.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH @fts)' : ''}
         ORDER BY ${READING_ORDER} LIMIT @limit`,
      );
      listQueries.set(key, query);
    }
    return query;
  }

  const topics = db.prepare<[], { id: number; name: string; statement_count: number }>(
    `SELECT t.id, t.name, (SELECT count(*) FROM statement_topics st JOIN statements s ON s.id = st.statement_id
       WHERE st.topic_id = t.id AND s.review_state <> 'rejected') AS statement_count
     FROM topics t ORDER BY t.name COLLATE NOCASE`,
  );
  const topicByName = db.prepare<[string], { id: number; name: string }>('SELECT id, name FROM topics WHERE name = ? COLLATE NOCASE ORDER BY id LIMIT 1');
  const anyTag = db.prepare<[], { found: number }>('SELECT EXISTS (SELECT 1 FROM statement_topics) AS found');
  const topicById = db.prepare<[number], { id: number; name: string }>('SELECT id, name FROM topics WHERE id = ?');

  function byNation(selection: NationSelection): NationQuotes[] {
    const scope = scopeOf(selection);
    // Rank within each nation so a million statements still give a handful of quotes per nation.
    const rows = db
      .prepare<unknown[], Row & { rank: number; total: number }>(
        `WITH picked AS (
           SELECT s.id,
             row_number() OVER (PARTITION BY upper(s.nation) ORDER BY s.kind = 'indirect', s.confidence DESC, ${READING_ORDER}) AS rank,
             count(*) OVER (PARTITION BY upper(s.nation)) AS total
           FROM statements s JOIN articles a ON a.id = s.article_id
           WHERE ${scope.sql}
         )
         SELECT ${CITATION_COLUMNS}, NULL AS stance, p.rank, p.total FROM picked p JOIN statements s ON s.id = p.id
           JOIN articles a ON a.id = s.article_id LEFT JOIN actors ac ON ac.id = s.actor_id
         WHERE p.rank <= ?
         ORDER BY p.total DESC, upper(s.nation), coalesce(a.published_at, ''), a.id, s.content_start`,
      )
      .all(...scope.params, selection.perNation);

    const tagged = selection.topicId !== undefined || selection.anyTopic === true;
    const stanceCounts = tagged ? countStances(selection) : new Map<string, Partial<Record<Stance, number>>>();
    const nations = new Map<string, NationQuotes>();
    for (const row of rows) {
      const code = (row.nation ?? '').toUpperCase();
      let entry = nations.get(code);
      if (!entry) {
        entry = { nation: code, total: row.total, quotes: [], stances: stanceCounts.get(code) ?? {} };
        nations.set(code, entry);
      }
      entry.quotes.push(citableFromRow(row));
    }
    return [...nations.values()];
  }

  /** Stances tagged per nation: on the chosen topic, or on every topic. */
  function countStances(selection: NationSelection): Map<string, Partial<Record<Stance, number>>> {
    const scope = scopeOf(selection);
    const topicCondition = selection.topicId !== undefined ? 'AND st.topic_id = ?' : '';
    const rows = db
      .prepare<unknown[], { nation: string; stance: Stance; n: number }>(
        `SELECT upper(s.nation) AS nation, st.stance, count(*) AS n
         FROM statements s JOIN articles a ON a.id = s.article_id JOIN statement_topics st ON st.statement_id = s.id
         WHERE ${scope.sql} AND st.stance IS NOT NULL ${topicCondition}
         GROUP BY upper(s.nation), st.stance`,
      )
      .all(...scope.params, ...(selection.topicId !== undefined ? [selection.topicId] : []));
    const counts = new Map<string, Partial<Record<Stance, number>>>();
    for (const row of rows) {
      const entry = counts.get(row.nation) ?? {};
      entry[row.stance] = row.n;
      counts.set(row.nation, entry);
    }
    return counts;
  }

  return {
    /** Statements to cite, newest first; with a query, those whose words or speaker match. */
    list(options: { query?: string; topicId?: number; limit: number }): CitableStatement[] {
      const fts = options.query ? toFtsQuery(options.query) : null;
      if (options.query && !fts) return [];
      const topic = options.topicId !== undefined;
      return listQuery(topic, fts !== null)
        .all({ fts, topicId: options.topicId ?? null, limit: options.limit })
        .map(citableFromRow);
    },
    byNation,
    anyTagged: (): boolean => (anyTag.get()?.found ?? 0) === 1,
    topics(): { id: number; name: string; statementCount: number }[] {
      return topics.all().map((t) => ({ id: t.id, name: t.name, statementCount: t.statement_count }));
    },
    /** A topic named by the analyst (the CLI's --topic): its id, or its name, case aside. */
    findTopic(nameOrId: string): { id: number; name: string } | null {
      const asId = /^\d+$/.test(nameOrId) ? topicById.get(Number(nameOrId)) : undefined;
      return asId ?? topicByName.get(nameOrId.trim()) ?? null;
    },
    topicName(id: number): string | null {
      return topicById.get(id)?.name ?? null;
    },
  };
}

export type StatementFinder = ReturnType<typeof createStatementFinder>;
