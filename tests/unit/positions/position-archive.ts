import type { Database } from 'better-sqlite3';
import { contentKey } from '../../../electron/core/articles/article-store';
import { openArchive } from '../../../electron/core/db/open';
import type { Stance } from '../../../shared/domain/archive';

/** Builds an archive row by row, so each positions test states exactly what the analyst has tagged. */
export class PositionArchive {
  readonly db: Database;
  private readonly now = '2026-01-01T00:00:00.000Z';

  constructor(path: string) {
    this.db = openArchive(path);
  }

  article(spec: { title: string; outlet: string | null; publishedAt: string | null; text?: string }): number {
    const text = spec.text ?? `${spec.title}\n\nOn ${spec.title.toLowerCase()}, officials spoke. ${'They spoke at length. '.repeat(40)}`;
    const result = this.db
      .prepare(
        `INSERT INTO articles (title, outlet, published_at, original_name, format, content_hash, text, imported_at)
         VALUES (?, ?, ?, ?, 'text', ?, ?, ?)`,
      )
      .run(spec.title, spec.outlet, spec.publishedAt, `${spec.title}.txt`, contentKey(text, spec.title), text, this.now);
    return Number(result.lastInsertRowid);
  }

  statement(articleId: number, spec: { nation: string | null; speaker: string; text: string; role?: string; reviewState?: string }): number {
    const start = Number(this.db.prepare('SELECT count(*) AS n FROM statements WHERE article_id = ?').pluck().get(articleId)) * 10;
    let actorId: number | null = null;
    if (spec.speaker) {
      const found = this.db.prepare(`SELECT id FROM actors WHERE name = ? AND coalesce(nation, '') = ?`).pluck().get(spec.speaker, spec.nation ?? '');
      actorId = found === undefined
        ? Number(this.db.prepare('INSERT INTO actors (name, nation, role, created_at) VALUES (?, ?, ?, ?)').run(spec.speaker, spec.nation, spec.role ?? null, this.now).lastInsertRowid)
        : Number(found);
    }
    const result = this.db
      .prepare(
        `INSERT INTO statements (article_id, kind, content_start, content_end, content_text, speaker_name, speaker_role, actor_id,
           nation, origin, review_state, created_at, updated_at)
         VALUES (?, 'direct', ?, ?, ?, ?, ?, ?, ?, 'manual', ?, ?, ?)`,
      )
      .run(articleId, start, start + 5, spec.text, spec.speaker, spec.role ?? null, actorId, spec.nation, spec.reviewState ?? 'confirmed', this.now, this.now);
    return Number(result.lastInsertRowid);
  }

  topic(name: string, parentId: number | null = null): number {
    return Number(this.db.prepare('INSERT INTO topics (parent_id, name, created_at) VALUES (?, ?, ?)').run(parentId, name, this.now).lastInsertRowid);
  }

  tag(statementId: number, topicId: number, stance: Stance | null): void {
    this.db.prepare('INSERT INTO statement_topics (statement_id, topic_id, stance, created_at) VALUES (?, ?, ?, ?)').run(statementId, topicId, stance, this.now);
  }

  close(): void {
    this.db.close();
  }
}
