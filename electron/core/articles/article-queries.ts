import type { Database } from 'better-sqlite3';
import type { ArticleFormat } from '../../../shared/domain/article';
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

const SUMMARY_COLUMNS = `a.id, a.title, a.outlet, a.published_at, a.original_name, a.imported_at,
  (SELECT count(*) FROM statements s WHERE s.article_id = a.id AND s.review_state <> 'rejected') AS statement_count`;

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

export class ArticleNotFoundError extends Error {
  override readonly name = 'ArticleNotFoundError';
  constructor(id: number) {
    super(`No article with id ${id} in this archive.`);
  }
}

export function createArticleQueries(db: Database) {
  const newest = db.prepare<[number, number], ArticleRow>(
    `SELECT ${SUMMARY_COLUMNS} FROM articles a ORDER BY a.id DESC LIMIT ? OFFSET ?`,
  );
  const countAll = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM articles');
  const matching = db.prepare<[string, number, number], ArticleRow>(
    `SELECT ${SUMMARY_COLUMNS} FROM articles_fts f JOIN articles a ON a.id = f.rowid
     WHERE articles_fts MATCH ? ORDER BY f.rank LIMIT ? OFFSET ?`,
  );
  const countMatching = db.prepare<[string], { n: number }>(
    'SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?',
  );
  const byId = db.prepare<[number], ArticleRow & Record<string, unknown>>(
    `SELECT ${SUMMARY_COLUMNS}, a.byline, a.language, a.url, a.dateline, a.format, a.story_id, a.text
     FROM articles a WHERE a.id = ?`,
  );

  return {
    list(offset: number, limit: number, query?: string): ArticlePage {
      const fts = query ? toFtsQuery(query) : null;
      if (query && !fts) return { total: 0, offset, rows: [] };
      if (fts) {
        return {
          total: countMatching.get(fts)?.n ?? 0,
          offset,
          rows: matching.all(fts, limit, offset).map(toSummary),
        };
      }
      return { total: countAll.get()?.n ?? 0, offset, rows: newest.all(limit, offset).map(toSummary) };
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
      return countAll.get()?.n ?? 0;
    },
  };
}

export type ArticleQueries = ReturnType<typeof createArticleQueries>;
