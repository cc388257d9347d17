import type { Database } from 'better-sqlite3';
import type { ArticleSummary } from '../../../shared/domain/archive';
import type { ArticleMetadataChanges } from '../../../shared/domain/desk';
import type { EditHistory } from './edit-history';
import { NotFoundError } from './statement-reader';

const COLUMN_OF: Record<keyof ArticleMetadataChanges, string> = {
  title: 'title',
  outlet: 'outlet',
  byline: 'byline',
  publishedAt: 'published_at',
  language: 'language',
};

/** Article metadata edits, "also reported by" and the outlets the archive knows. */
export function createArticleDesk(deps: { db: Database; history: EditHistory }) {
  const { db, history } = deps;
  const titleOf = db.prepare<[number], { title: string | null; original_name: string; story_id: number | null }>(
    'SELECT title, original_name, story_id FROM articles WHERE id = ?',
  );

  return {
    update(id: number, changes: ArticleMetadataChanges): void {
      const row = titleOf.get(id);
      if (!row) throw new NotFoundError(`No article with id ${id} in this archive.`);
      const keys = (Object.keys(changes) as (keyof ArticleMetadataChanges)[]).filter((k) => changes[k] !== undefined);
      if (keys.length === 0) return;
      history.edit('article.edit', `Edit ${keys.join(', ')} of “${row.title ?? row.original_name}”`, (rec) => {
        rec.touch('articles', { id });
        db.prepare(`UPDATE articles SET ${keys.map((k) => `${COLUMN_OF[k]} = ?`).join(', ')} WHERE id = ?`).run(
          ...keys.map((k) => changes[k] ?? null),
          id,
        );
      });
    },

    siblings(id: number): ArticleSummary[] {
      const row = titleOf.get(id);
      if (!row) throw new NotFoundError(`No article with id ${id} in this archive.`);
      if (row.story_id === null) return [];
      return db
        .prepare<[number, number], { id: number; title: string | null; outlet: string | null; published_at: string | null; original_name: string; imported_at: string; statement_count: number }>(
          `SELECT a.id, a.title, a.outlet, a.published_at, a.original_name, a.imported_at,
             (SELECT count(*) FROM statements s WHERE s.article_id = a.id AND s.review_state <> 'rejected') AS statement_count
           FROM articles a WHERE a.story_id = ? AND a.id <> ? ORDER BY a.published_at IS NULL, a.published_at, a.id`,
        )
        .all(row.story_id, id)
        .map((r) => ({
          id: r.id,
          title: r.title,
          outlet: r.outlet,
          publishedAt: r.published_at,
          originalName: r.original_name,
          statementCount: r.statement_count,
          importedAt: r.imported_at,
        }));
    },

    outlets(): { outlet: string; articles: number }[] {
      return db
        .prepare<[], { outlet: string; articles: number }>(
          'SELECT outlet, count(*) AS articles FROM articles WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY articles DESC, outlet',
        )
        .all();
    },
  };
}
