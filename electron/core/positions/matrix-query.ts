import type { Database } from 'better-sqlite3';
import type {
  MatrixCell,
  MatrixColumn,
  MatrixColumnKind,
  PositionFilters,
  PositionsMatrix,
  StanceKey,
  StanceMix,
} from '../../../shared/domain/positions';
import { factConditions, placeholders, reviewStatesOf, spansWholeArchive, statementConditions } from './position-filters';
import { stanceKey, type QuoteLoader } from './position-quotes';
import { newestKey } from './position-index';
import { topicAncestors, topicPaths, topicSubtrees } from './topic-paths';

/** Extraction-only matrices show this many of the most recent articles or stories. */
export const EXTRACTION_COLUMNS = 24;
/** Every topic is a column up to this many; beyond it, only the topics that hold statements. */
const ALL_TOPICS_UP_TO = 60;

export function emptyMix(): StanceMix {
  return { supports: 0, opposes: 0, concerned: 0, neutral: 0, ambiguous: 0, unset: 0 };
}

interface CountRow {
  nation: string;
  columnId: number;
  stance: string;
  n: number;
  /** The newest fact's key (see newestKey): day, then statement id. */
  newest: string;
}

/** Stance counts per nation and topic, from the whole-archive counts when the filters allow, else the index. */
export function topicCounts(db: Database, filters: PositionFilters, topicIds?: readonly number[]): CountRow[] {
  const topicFilter = topicIds?.length ? ` AND topic_id IN (${placeholders(topicIds.length)})` : '';
  if (spansWholeArchive(filters) && filters.outlets !== undefined) {
    const states = reviewStatesOf(filters);
    if (filters.outlets.length === 0) return [];
    return db
      .prepare<unknown[], CountRow>(
        `SELECT nation, topic_id AS columnId, stance, sum(n) AS n, max(newest) AS newest FROM position_outlet_cells
         WHERE outlet IN (${placeholders(filters.outlets.length)}) AND review_state IN (${placeholders(states.length)})${topicFilter}
         GROUP BY nation, topic_id, stance`,
      )
      .all(...filters.outlets, ...states, ...(topicIds ?? []));
  }
  if (spansWholeArchive(filters)) {
    const states = reviewStatesOf(filters);
    return db
      .prepare<unknown[], CountRow>(
        `SELECT nation, topic_id AS columnId, stance, sum(n) AS n, max(newest) AS newest FROM position_cells
         WHERE review_state IN (${placeholders(states.length)})${topicFilter}
         GROUP BY nation, topic_id, stance`,
      )
      .all(...states, ...(topicIds ?? []));
  }
  const where = factConditions(filters);
  return db
    .prepare<unknown[], CountRow>(
      `SELECT nation, topic_id AS columnId, stance, count(*) AS n, max(${newestKey('f.day', 'f.statement_id')}) AS newest
       FROM position_facts f WHERE ${where.sql}${topicFilter} GROUP BY nation, topic_id, stance`,
    )
    .all(...where.params, ...(topicIds ?? []));
}

function orderNations(totals: Map<string, number>): string[] {
  return [...totals.entries()]
    .sort(([a, na], [b, nb]) => (a === '' ? 1 : 0) - (b === '' ? 1 : 0) || nb - na || a.localeCompare(b))
    .map(([nation]) => nation);
}

const statementOfKey = (key: string) => Number(key.slice(key.indexOf('#') + 1));

export function createMatrixQuery(db: Database, loadQuotes: QuoteLoader) {
  const anyTag = db.prepare<[], { one: number }>("SELECT 1 AS one FROM position_cells WHERE review_state <> 'rejected' LIMIT 1");

  function topicMatrix(filters: PositionFilters, topicIds: readonly number[] | undefined): PositionsMatrix {
    const subtrees = topicSubtrees(db);
    const ancestors = topicAncestors(subtrees);
    // A chosen parent topic needs its subtopics' counts too.
    const wanted = topicIds?.length ? [...new Set(topicIds.flatMap((id) => subtrees.get(id) ?? [id]))] : undefined;
    const counts = topicCounts(db, filters, wanted);
    const cells = new Map<string, MatrixCell>();
    // Per cell, the newest fact's key and the topic it was tagged with (whose stance its quote shows).
    const newest = new Map<MatrixCell, { key: string; topicId: number }>();
    const nationTotals = new Map<string, number>();
    const usedTopics = new Set<number>();
    for (const row of counts) {
      nationTotals.set(row.nation, (nationTotals.get(row.nation) ?? 0) + row.n);
      // A tag counts in its own topic's column and in every parent topic's column above it.
      for (const columnId of ancestors.get(row.columnId) ?? [row.columnId]) {
        const key = `${row.nation}\u0000${columnId}`;
        let cell = cells.get(key);
        if (!cell) {
          cell = { nation: row.nation, columnId, count: 0, stances: emptyMix(), latest: null };
          cells.set(key, cell);
        }
        cell.count += row.n;
        cell.stances[stanceKey(row.stance) as StanceKey] += row.n;
        usedTopics.add(columnId);
        const held = newest.get(cell);
        if (row.newest && (!held || row.newest > held.key)) newest.set(cell, { key: row.newest, topicId: row.columnId });
      }
    }

    const paths = topicPaths(db);
    const chosen = topicIds?.length
      ? paths.filter((t) => topicIds.includes(t.id))
      : paths.length <= ALL_TOPICS_UP_TO
        ? paths
        : paths.filter((t) => usedTopics.has(t.id));
    const columns: MatrixColumn[] = chosen.map((t) => ({
      kind: 'topics',
      id: t.id,
      label: t.name,
      detail: t.path === t.name ? null : t.path,
    }));
    const shown = new Set(columns.map((c) => c.id));
    const shownCells = [...cells.values()].filter((cell) => shown.has(cell.columnId));

    // Every cell's newest quote in one read: the counts carry which statement it is.
    const withQuote = shownCells.filter((cell) => newest.has(cell));
    const quotes = loadQuotes(
      withQuote.map((cell) => statementOfKey(newest.get(cell)!.key)),
      withQuote.map((cell) => newest.get(cell)!.topicId),
    );
    withQuote.forEach((cell, i) => (cell.latest = quotes[i] ?? null));

    return { columnKind: 'topics', columns, nations: orderNations(nationTotals), cells: shownCells, hiddenColumns: 0 };
  }

  /** Before anything is tagged: nations × the most recent articles (or stories), from extraction alone. */
  function extractionMatrix(filters: PositionFilters, kind: 'articles' | 'stories'): PositionsMatrix {
    const where = statementConditions(filters);
    // A story is named by its earliest article; an article outside any story stands for itself.
    const columnOf = kind === 'stories' ? `coalesce((SELECT min(x.id) FROM articles x WHERE x.story_id = a.story_id), a.id)` : 'a.id';
    const columnRows = db
      .prepare<unknown[], { columnId: number; newest: string | null; outlets: number }>(
        `SELECT ${columnOf} AS columnId, max(coalesce(a.published_at, '')) AS newest, count(DISTINCT coalesce(a.outlet, '')) AS outlets
         FROM articles a WHERE EXISTS (SELECT 1 FROM statements s WHERE s.article_id = a.id AND ${where.sql})
         GROUP BY columnId ORDER BY newest DESC, columnId DESC`,
      )
      .all(...where.params);
    const shown = columnRows.slice(0, EXTRACTION_COLUMNS);
    const heads = db.prepare<[number], { id: number; title: string | null; name: string; outlet: string | null; publishedAt: string | null }>(
      'SELECT id, title, original_name AS name, outlet, published_at AS publishedAt FROM articles WHERE id = ?',
    );
    const columns: MatrixColumn[] = shown.map((c) => {
      const head = heads.get(c.columnId)!;
      const when = head.publishedAt ? head.publishedAt.slice(0, 10) : 'date unknown';
      const detail = kind === 'stories' && c.outlets > 1 ? `${c.outlets} outlets, ${when}` : `${head.outlet ?? 'outlet unknown'}, ${when}`;
      return { kind, id: c.columnId, label: head.title ?? head.name, detail };
    });

    const ids = shown.map((c) => c.columnId);
    const cells: MatrixCell[] = [];
    const nationTotals = new Map<string, number>();
    if (ids.length) {
      // The cell's quote is the nation's first statement in the article (the lead), read from min().
      const rows = db
        .prepare<unknown[], { columnId: number; nation: string; n: number; firstId: number; firstAt: number }>(
          `SELECT ${columnOf} AS columnId, coalesce(s.nation, '') AS nation, count(*) AS n, s.id AS firstId,
             min(a.id * 1000000000 + s.content_start) AS firstAt
           FROM statements s JOIN articles a ON a.id = s.article_id
           WHERE ${where.sql} AND ${columnOf} IN (${placeholders(ids.length)})
           GROUP BY columnId, nation`,
        )
        .all(...where.params, ...ids);
      const quotes = loadQuotes(
        rows.map((r) => r.firstId),
        null,
      );
      rows.forEach((row, i) => {
        const stances = emptyMix();
        stances.unset = row.n;
        cells.push({ nation: row.nation, columnId: row.columnId, count: row.n, stances, latest: quotes[i] ?? null });
        nationTotals.set(row.nation, (nationTotals.get(row.nation) ?? 0) + row.n);
      });
    }
    return {
      columnKind: kind,
      columns,
      nations: orderNations(nationTotals),
      cells,
      hiddenColumns: columnRows.length - shown.length,
    };
  }

  return (filters: PositionFilters, columns: MatrixColumnKind | 'auto', topicIds?: readonly number[]): PositionsMatrix => {
    const kind: MatrixColumnKind = columns === 'auto' ? (anyTag.get() ? 'topics' : 'articles') : columns;
    return kind === 'topics' ? topicMatrix(filters, topicIds) : extractionMatrix(filters, kind);
  };
}
