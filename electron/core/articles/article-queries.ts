import type { Database, Statement } from 'better-sqlite3';
import type { ArticleFormat } from '../../../shared/domain/article';
import type { ArticleListArgs, ArticleSort } from '../../../shared/domain/article-list';
import type { ArticleDetail, ArticlePage, ArticleSummary } from '../../../shared/domain/archive';
import { toFtsQuery } from '../search/fts-query';

interface ArticleRow {
  id: number;
  title: string | null;
  outlet: string | null;
  published_at: string | null;
  original_name: string;
  statement_count: number;
  imported_at: string;
}

const SUMMARY_COLUMNS = 'a.id, a.title, a.outlet, a.published_at, a.original_name, a.imported_at, a.statement_count';

/** Each sort key exactly as the indexes of migration 0003 hold it, so ordering and keysets walk an index. */
const SORT_KEYS: Record<Exclude<ArticleSort, 'relevance'>, string> = {
  imported: 'a.id',
  title: 'coalesce(a.title, a.original_name) COLLATE NOCASE',
  outlet: "ifnull(a.outlet, '') COLLATE NOCASE",
  published: "ifnull(a.published_at, '')",
  name: 'a.original_name COLLATE NOCASE',
  statements: 'a.statement_count',
};

/** The order a column opens in when first clicked: newest, most and latest first; names A–Z. */
const DEFAULT_DIRECTION: Record<ArticleSort, 'asc' | 'desc'> = {
  imported: 'desc',
  title: 'asc',
  outlet: 'asc',
  published: 'desc',
  name: 'asc',
  statements: 'desc',
  relevance: 'asc',
};

function toSummary(row: ArticleRow): ArticleSummary {
  return {
    id: row.id,
    title: row.title,
    outlet: row.outlet,
    publishedAt: row.published_at,
    originalName: row.original_name,
    statementCount: row.statement_count,
    importedAt: row.imported_at,
  };
}

/** A row of SUMMARY_COLUMNS read as an array, in their order. */
type SummaryTuple = [
  id: number,
  title: string | null,
  outlet: string | null,
  publishedAt: string | null,
  originalName: string,
  importedAt: string,
  statementCount: number,
];
const SUMMARY_TUPLE_LENGTH = 7;

function fromTuple(row: readonly [...SummaryTuple, ...unknown[]]): ArticleSummary {
  return {
    id: row[0],
    title: row[1],
    outlet: row[2],
    publishedAt: row[3],
    originalName: row[4],
    statementCount: row[6],
    importedAt: row[5],
  };
}

export class ArticleNotFoundError extends Error {
  override readonly name = 'ArticleNotFoundError';
  constructor(id: number) {
    super(`No article with id ${id} in this archive.`);
  }
}

/** A page's `next` cursor was not made by this archive's articles.list. */
export class StaleCursorError extends Error {
  override readonly name = 'StaleCursorError';
  constructor() {
    super('That page cursor is not valid for this list; start again from the first page.');
  }
}

interface Cursor {
  /** Sort key value of the last row (null for `imported`, whose key is the id). */
  key: string | number | null;
  id: number;
  /** Rank position for relevance pages, which page by offset inside the search. */
  at?: number;
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeCursor(text: string): Cursor {
  try {
    const value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Cursor;
    const keyOk = value.key === null || typeof value.key === 'string' || typeof value.key === 'number';
    if (keyOk && Number.isInteger(value.id) && (value.at === undefined || Number.isInteger(value.at))) return value;
  } catch {
    // Falls through to the error below.
  }
  throw new StaleCursorError();
}

export function createArticleQueries(db: Database) {
  const countAll = db.prepare<[], number>('SELECT count(*) FROM articles').pluck();
  const byId = db.prepare<[number], ArticleRow & Record<string, unknown>>(
    `SELECT ${SUMMARY_COLUMNS}, a.byline, a.language, a.url, a.dateline, a.format, a.story_id, a.text
     FROM articles a WHERE a.id = ?`,
  );
  const cache = new Map<string, Statement>();
  const prepared = (sql: string): Statement => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      cache.set(sql, statement);
    }
    return statement;
  };

  /** Summaries of the given ids, in the given order. */
  function summaries(ids: number[]): ArticleSummary[] {
    if (ids.length === 0) return [];
    const rows = prepared(`SELECT ${SUMMARY_COLUMNS} FROM articles a WHERE a.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as ArticleRow[];
    const byIdMap = new Map(rows.map((r) => [r.id, r]));
    return ids.flatMap((id) => {
      const row = byIdMap.get(id);
      return row ? [toSummary(row)] : [];
    });
  }

  function filters(args: ArticleListArgs, match: string | null): { where: string[]; params: unknown[] } {
    const where: string[] = [];
    const params: unknown[] = [];
    if (match !== null) {
      where.push('a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)');
      params.push(match);
    }
    if (args.outlet !== undefined) {
      where.push("ifnull(a.outlet, '') COLLATE NOCASE = ?");
      params.push(args.outlet);
    }
    if (args.from !== undefined) {
      where.push('a.published_at >= ?');
      params.push(args.from);
    }
    if (args.to !== undefined) {
      where.push('substr(a.published_at, 1, 10) <= ?');
      params.push(args.to);
    }
    if (args.nation !== undefined) {
      where.push("a.id IN (SELECT article_id FROM statements WHERE nation = ? AND review_state <> 'rejected')");
      params.push(args.nation);
    }
    return { where, params };
  }

  /**
   * Search ranked by relevance, in one statement (one step from JavaScript). FTS5 ranks every match
   * and SQLite keeps only the best `limit + offset` of them while reading; only the page's own
   * articles are then read. Ordering by `+f.rank`, an expression rather than FTS5's own column, keeps
   * FTS5 from taking the ORDER BY itself (it would sort every match in full), and naming it once in
   * the select list has each match ranked once rather than again for the rows that enter the page.
   * The total is a count of the same matches, which reads the index alone: far cheaper than ranking,
   * and cheaper than a window count, which would store every ranked match.
   */
  function byRelevance(args: ArticleListArgs, match: string): ArticlePage {
    const start = args.after !== undefined ? (decodeCursor(args.after).at ?? 0) : (args.offset ?? 0);
    const { where, params } = filters({ ...args, query: undefined }, null);
    const matches = matchesFrom(where);
    // `LIMIT +?` rather than `LIMIT ?`: SQLite plans with a bare bound LIMIT's value, so binding it
    // again would expire the statement and have it prepared anew on every search. The outer ORDER BY
    // is the page's own order, which SQLite reads as it comes (no second sort). Rows come as arrays,
    // which better-sqlite3 builds faster than objects.
    const rows = prepared(
      `SELECT ${SUMMARY_COLUMNS}, (SELECT count(*) ${matches}) AS total FROM (
         SELECT f.rowid AS id, +f.rank AS rank ${matches} ORDER BY rank LIMIT +? OFFSET ?
       ) AS hits CROSS JOIN articles a ON a.id = hits.id ORDER BY hits.rank`,
    )
      .raw()
      .all(match, ...params, match, ...params, args.limit, start) as [...SummaryTuple, number][];
    const total = rows[0]?.[SUMMARY_TUPLE_LENGTH] ?? (start === 0 ? 0 : countMatches(match, where, params));
    const page = rows.map(fromTuple);
    const last = page.at(-1);
    const end = start + page.length;
    return {
      total,
      offset: start,
      rows: page,
      next: last && end < total ? encodeCursor({ key: null, id: last.id, at: end }) : null,
    };
  }

  /** The FROM and WHERE of a search's matches under the other filters, whose parameters follow the MATCH. */
  function matchesFrom(where: string[]): string {
    return where.length > 0
      ? `FROM articles_fts f JOIN articles a ON a.id = f.rowid WHERE articles_fts MATCH ? AND ${where.join(' AND ')}`
      : 'FROM articles_fts f WHERE articles_fts MATCH ?';
  }

  function countMatches(match: string, where: string[], params: unknown[]): number {
    return prepared(`SELECT count(*) ${matchesFrom(where)}`).pluck().get(match, ...params) as number;
  }

  function count(where: string[], params: unknown[]): number {
    if (where.length === 0) return countAll.get() ?? 0;
    return prepared(`SELECT count(*) FROM articles a WHERE ${where.join(' AND ')}`).pluck().get(...params) as number;
  }

  /** A sorted page: by keyset after a cursor, else by offset over the sort index (reading from whichever end is nearer). */
  function byColumn(args: ArticleListArgs, sort: Exclude<ArticleSort, 'relevance'>, match: string | null): ArticlePage {
    const key = SORT_KEYS[sort];
    const direction = args.direction ?? DEFAULT_DIRECTION[sort];
    const { where, params } = filters(args, match);
    const total = count(where, params);
    const idOnly = sort === 'imported';
    const select = idOnly ? 'a.id AS id, NULL AS key' : `a.id AS id, ${key} AS key`;

    let ids: { id: number; key: string | number | null }[];
    let offset: number;
    if (args.after !== undefined) {
      const cursor = decodeCursor(args.after);
      const [past, pastOrAt] = direction === 'asc' ? ['>', '>='] : ['<', '<='];
      // Spelled out rather than as a row value, which SQLite would not seek in the expression index.
      const after = idOnly ? `a.id ${past} ?` : `${key} ${pastOrAt} ? AND (${key} ${past} ? OR a.id ${past} ?)`;
      const bound = idOnly ? [cursor.id] : [cursor.key, cursor.key, cursor.id];
      const order = idOnly ? `a.id ${direction}` : `${key} ${direction}, a.id ${direction}`;
      ids = prepared(`SELECT ${select} FROM articles a WHERE ${[...where, after].join(' AND ')} ORDER BY ${order} LIMIT ?`).all(
        ...params,
        ...bound,
        args.limit,
      ) as typeof ids;
      offset = cursor.at ?? 0;
    } else {
      offset = Math.min(args.offset ?? 0, total);
      // Skipping is done in the index (ids only); from the far end when that is nearer.
      const fromEnd = offset > total / 2;
      const readDirection = fromEnd ? (direction === 'asc' ? 'desc' : 'asc') : direction;
      const skip = fromEnd ? Math.max(0, total - offset - args.limit) : offset;
      const take = fromEnd ? Math.min(args.limit, total - offset) : args.limit;
      const order = idOnly ? `a.id ${readDirection}` : `${key} ${readDirection}, a.id ${readDirection}`;
      const filter = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
      ids = prepared(`SELECT ${select} FROM articles a ${filter} ORDER BY ${order} LIMIT ? OFFSET ?`).all(...params, Math.max(0, take), skip) as typeof ids;
      if (fromEnd) ids.reverse();
    }
    const last = ids.at(-1);
    const end = offset + ids.length;
    return {
      total,
      offset,
      rows: summaries(ids.map((r) => r.id)),
      next: last && ids.length === args.limit && end < total ? encodeCursor({ key: last.key, id: last.id, at: end }) : null,
    };
  }

  return {
    list(args: ArticleListArgs): ArticlePage {
      const match = args.query ? toFtsQuery(args.query) : null;
      if (args.query && match === null) return { total: 0, offset: args.offset ?? 0, rows: [], next: null };
      const sort = args.sort ?? (match !== null ? 'relevance' : 'imported');
      if (sort === 'relevance') {
        if (match === null) return byColumn(args, 'imported', null);
        return byRelevance(args, match);
      }
      return byColumn(args, sort, match);
    },

    get(id: number): ArticleDetail {
      const row = byId.get(id);
      if (!row) throw new ArticleNotFoundError(id);
      return {
        ...toSummary(row),
        byline: row.byline as string | null,
        language: row.language as string | null,
        url: row.url as string | null,
        dateline: row.dateline as string | null,
        format: row.format as ArticleFormat,
        storyId: row.story_id as number | null,
        text: row.text as string,
      };
    },

    count(): number {
      return countAll.get() ?? 0;
    },
  };
}

export type ArticleQueries = ReturnType<typeof createArticleQueries>;
