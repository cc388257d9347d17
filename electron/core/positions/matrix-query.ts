import type { Database } from 'better-sqlite3';
import type { MatrixColumn, MatrixColumnKind, PositionFilters, PositionsMatrix } from '../../../shared/domain/positions';
import { addToCell, emptyGrid } from '../../../shared/positions/matrix-grid';
import { factConditions, placeholders, reviewStatesOf, spansWholeArchive, statementConditions } from './position-filters';
import { stanceKey, type MatrixQuoteLoader } from './position-quotes';
import { newestKey } from './position-index';
import { topicAncestors, topicPaths, topicSubtrees } from './topic-paths';

/** Extraction-only matrices show this many of the most recent articles or stories. */
export const EXTRACTION_COLUMNS = 24;
/** Every topic is a column up to this many; beyond it, only the topics that hold statements. */
const ALL_TOPICS_UP_TO = 60;

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

/** A tag of a statement tagged more than once, as the filters let it count. */
interface OverlapTag {
  statementId: number;
  topicId: number;
  nation: string;
  stance: string;
}

export function createMatrixQuery(db: Database, loadQuotes: MatrixQuoteLoader) {
  const anyTag = db.prepare<[], { one: number }>("SELECT 1 AS one FROM position_cells WHERE review_state <> 'rejected' LIMIT 1");

  /**
   * The tags of statements tagged more than once that the filters count, a statement's tags together.
   * CROSS JOIN keeps SQLite walking the short list first, never the whole index.
   */
  function overlapTags(filters: PositionFilters, topicIds: readonly number[] | undefined): OverlapTag[] {
    const where = factConditions(filters);
    const topicFilter = topicIds?.length ? ` AND f.topic_id IN (${placeholders(topicIds.length)})` : '';
    return db
      .prepare<unknown[], OverlapTag>(
        `SELECT f.statement_id AS statementId, f.topic_id AS topicId, f.nation, f.stance
         FROM position_multi_tagged m CROSS JOIN position_facts f ON f.statement_id = m.statement_id
         WHERE ${where.sql}${topicFilter} ORDER BY m.statement_id`,
      )
      .all(...where.params, ...(topicIds ?? []));
  }

  function topicMatrix(filters: PositionFilters, topicIds: readonly number[] | undefined): PositionsMatrix {
    const subtrees = topicSubtrees(db);
    const ancestors = topicAncestors(subtrees);
    const columnsOf = (topicId: number) => ancestors.get(topicId) ?? [topicId];
    // A chosen parent topic needs its subtopics' counts too.
    const wanted = topicIds?.length ? [...new Set(topicIds.flatMap((id) => subtrees.get(id) ?? [id]))] : undefined;
    const counts = topicCounts(db, filters, wanted);

    const nationTotals = new Map<string, number>();
    const usedTopics = new Set<number>();
    for (const row of counts) {
      nationTotals.set(row.nation, (nationTotals.get(row.nation) ?? 0) + row.n);
      // A tag counts in its own topic's column and in every parent topic's column above it.
      for (const columnId of columnsOf(row.columnId)) usedTopics.add(columnId);
    }
    const paths = topicPaths(db);
    const chosen = topicIds?.length
      ? paths.filter((t) => topicIds.includes(t.id))
      : paths.length <= ALL_TOPICS_UP_TO
        ? paths
        : paths.filter((t) => usedTopics.has(t.id));
    const columns: MatrixColumn[] = chosen.map((t) => ({ kind: 'topics', id: t.id, label: t.name, detail: t.path === t.name ? null : t.path }));
    const nations = orderNations(nationTotals);
    const rowOf = new Map(nations.map((nation, r) => [nation, r]));
    const columnOf = new Map(columns.map((column, c) => [column.id, c]));
    const grid = emptyGrid(nations.length, columns.length);
    /** Grid positions of the columns a tag of this nation and topic counts in. */
    const cellsOf = (nation: string, topicId: number) =>
      columnsOf(topicId).flatMap((columnId) => {
        const r = rowOf.get(nation);
        const c = columnOf.get(columnId);
        return r === undefined || c === undefined ? [] : [{ columnId, index: r * columns.length + c }];
      });

    // Per cell, its newest fact's key and that fact's stance (the quote shows it). Of one statement's
    // tags (equal keys), the column's own topic wins, then the first subtopic, as in a cell's quote list.
    const newest: { key: string; topicId: number; stance: string }[] = new Array(grid.counts.length);
    for (const row of counts) {
      for (const { columnId, index } of cellsOf(row.nation, row.columnId)) {
        addToCell(grid, index, stanceKey(row.stance), row.n);
        const held = newest[index];
        if (!row.newest) continue;
        if (!held || row.newest > held.key || (row.newest === held.key && showsOwnStance(row.columnId, held.topicId, columnId))) {
          newest[index] = { key: row.newest, topicId: row.columnId, stance: row.stance };
        }
      }
    }
    countEachStatementOnce(grid, overlapTags(filters, wanted), cellsOf);

    // Every cell's newest quote in one read: the counts carry which statement it is.
    const withQuote = [...newest.keys()].filter((index) => newest[index] !== undefined);
    const quotes = loadQuotes(
      withQuote.map((index) => statementOfKey(newest[index]!.key)),
      withQuote.map((index) => stanceKey(newest[index]!.stance)),
    );
    withQuote.forEach((index, i) => (grid.latest[index] = quotes[i] ?? null));
    return { columnKind: 'topics', columns, nations, ...grid, hiddenColumns: 0 };
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
    const rows = ids.length
      ? // The cell's quote is the nation's first statement in the article (the lead), read from min().
        db
          .prepare<unknown[], { columnId: number; nation: string; n: number; firstId: number; firstAt: number }>(
            `SELECT ${columnOf} AS columnId, coalesce(s.nation, '') AS nation, count(*) AS n, s.id AS firstId,
               min(a.id * 1000000000 + s.content_start) AS firstAt
             FROM statements s JOIN articles a ON a.id = s.article_id
             WHERE ${where.sql} AND ${columnOf} IN (${placeholders(ids.length)})
             GROUP BY columnId, nation`,
          )
          .all(...where.params, ...ids)
      : [];
    const nationTotals = new Map<string, number>();
    for (const row of rows) nationTotals.set(row.nation, (nationTotals.get(row.nation) ?? 0) + row.n);
    const nations = orderNations(nationTotals);
    const rowOf = new Map(nations.map((nation, r) => [nation, r]));
    const columnIndex = new Map(ids.map((id, c) => [id, c]));
    const grid = emptyGrid(nations.length, columns.length);
    const quotes = loadQuotes(
      rows.map((r) => r.firstId),
      rows.map(() => null),
    );
    rows.forEach((row, i) => {
      const index = rowOf.get(row.nation)! * columns.length + columnIndex.get(row.columnId)!;
      addToCell(grid, index, 'unset', row.n);
      grid.latest[index] = quotes[i] ?? null;
    });
    return { columnKind: kind, columns, nations, ...grid, hiddenColumns: columnRows.length - shown.length };
  }

  return (filters: PositionFilters, columns: MatrixColumnKind | 'auto', topicIds?: readonly number[]): PositionsMatrix => {
    const kind: MatrixColumnKind = columns === 'auto' ? (anyTag.get() ? 'topics' : 'articles') : columns;
    return kind === 'topics' ? topicMatrix(filters, topicIds) : extractionMatrix(filters, kind);
  };
}

/** Whether a tag on `topicId` should give a cell of column `columnId` its quote's stance rather than one on `heldTopicId`. */
function showsOwnStance(topicId: number, heldTopicId: number, columnId: number): boolean {
  if (heldTopicId === columnId) return false;
  return topicId === columnId || topicId < heldTopicId;
}

/**
 * The counts kept per cell count tags; a statement with two tags in one column (a parent topic and
 * its subtopic, or two subtopics) is one statement there. Its stance in that column is the one on the
 * column's own topic, else the one on its first subtopic, as the cell's list of quotes shows it.
 */
function countEachStatementOnce(
  grid: Pick<PositionsMatrix, 'counts' | 'stances'>,
  tags: readonly OverlapTag[],
  cellsOf: (nation: string, topicId: number) => { columnId: number; index: number }[],
): void {
  for (let start = 0; start < tags.length; ) {
    let end = start + 1;
    while (end < tags.length && tags[end]!.statementId === tags[start]!.statementId) end++;
    const statementTags = tags.slice(start, end);
    start = end;
    if (statementTags.length < 2) continue;
    const byCell = new Map<number, { columnId: number; tags: OverlapTag[] }>();
    for (const tag of statementTags) {
      for (const { columnId, index } of cellsOf(tag.nation, tag.topicId)) {
        const cell = byCell.get(index) ?? { columnId, tags: [] };
        cell.tags.push(tag);
        byCell.set(index, cell);
      }
    }
    for (const [index, { columnId, tags: inCell }] of byCell) {
      if (inCell.length < 2) continue;
      for (const tag of inCell) addToCell(grid, index, stanceKey(tag.stance), -1);
      const own = inCell.find((tag) => tag.topicId === columnId) ?? inCell.reduce((first, tag) => (tag.topicId < first.topicId ? tag : first));
      addToCell(grid, index, stanceKey(own.stance), 1);
    }
  }
}
