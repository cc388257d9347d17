import type { Database } from 'better-sqlite3';
import type { Stance } from '../../../shared/domain/archive';
import type { DeskStatement, DeskStatementPage, StatementCursor, StatementTopic, Topic } from '../../../shared/domain/desk';
import { toStatement, type StatementRow } from '../statements/statement-store';

export interface DeskStatementRow extends StatementRow {
  nation_set_by_hand: number;
  anchor_state: 'anchored' | 'orphaned';
  flagged_for_review: number;
  rejected_from: 'unreviewed' | 'confirmed' | 'corrected' | null;
  anchor_prefix: string | null;
  anchor_suffix: string | null;
}

export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
}

export interface TopicRow {
  id: number;
  parent_id: number | null;
  name: string;
  colour: string | null;
  description: string | null;
}

/** Every topic with its path from the root; the codebook is small enough to read whole. */
export function readTopics(db: Database): Map<number, Omit<Topic, 'statementCount'>> {
  const rows = db.prepare<[], TopicRow>('SELECT id, parent_id, name, colour, description FROM topics').all();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const out = new Map<number, Omit<Topic, 'statementCount'>>();
  for (const row of rows) {
    const path: string[] = [];
    const seen = new Set<number>();
    for (let at: TopicRow | undefined = row; at && !seen.has(at.id); at = at.parent_id === null ? undefined : byId.get(at.parent_id)) {
      seen.add(at.id);
      path.unshift(at.name);
    }
    out.set(row.id, { id: row.id, parentId: row.parent_id, name: row.name, path, colour: row.colour, description: row.description });
  }
  return out;
}

/** Statements as the desk shows them: with their topics, stances, note counts and review marks. */
export function createStatementReader(db: Database) {
  const one = db.prepare<[number], DeskStatementRow>('SELECT * FROM statements WHERE id = ?');
  const ofArticle = db.prepare<[number, number], DeskStatementRow>(
    `SELECT * FROM statements WHERE article_id = ? AND (? OR review_state <> 'rejected') ORDER BY content_start, id`,
  );
  // Row values keep the reading order's tie-break (same start, then id) and let the index find where to resume.
  const pageOfArticle = db.prepare<[number, number, number, number, number], DeskStatementRow>(
    `SELECT * FROM statements WHERE article_id = ? AND (? OR review_state <> 'rejected') AND (content_start, id) > (?, ?)
     ORDER BY content_start, id LIMIT ?`,
  );
  const tagsOf = db.prepare<[string], { statement_id: number; topic_id: number; stance: Stance | null }>(
    `SELECT statement_id, topic_id, stance FROM statement_topics
     WHERE statement_id IN (SELECT value FROM json_each(?)) ORDER BY created_at, topic_id`,
  );
  const notesOf = db.prepare<[string], { statement_id: number; n: number }>(
    `SELECT statement_id, count(*) AS n FROM notes WHERE statement_id IN (SELECT value FROM json_each(?)) GROUP BY statement_id`,
  );

  function decorate(rows: DeskStatementRow[]): DeskStatement[] {
    if (rows.length === 0) return [];
    const ids = JSON.stringify(rows.map((r) => r.id));
    const tags = tagsOf.all(ids);
    const topics = tags.length > 0 ? readTopics(db) : new Map<number, Omit<Topic, 'statementCount'>>();
    const tagsByStatement = new Map<number, StatementTopic[]>();
    for (const tag of tags) {
      const topic = topics.get(tag.topic_id);
      if (!topic) continue;
      const list = tagsByStatement.get(tag.statement_id) ?? [];
      list.push({ topicId: topic.id, name: topic.name, path: topic.path, colour: topic.colour, stance: tag.stance });
      tagsByStatement.set(tag.statement_id, list);
    }
    const notes = new Map(notesOf.all(ids).map((r) => [r.statement_id, r.n]));
    return rows.map((row) => ({
      ...toStatement(row),
      nationSetByHand: row.nation_set_by_hand === 1,
      topics: tagsByStatement.get(row.id) ?? [],
      noteCount: notes.get(row.id) ?? 0,
      anchorState: row.anchor_state,
      flaggedForReview: row.flagged_for_review === 1,
    }));
  }

  return {
    row(id: number): DeskStatementRow {
      const row = one.get(id);
      if (!row) throw new NotFoundError(`No statement with id ${id} in this archive.`);
      return row;
    },
    get(id: number): DeskStatement {
      return decorate([this.row(id)])[0]!;
    },
    inArticle(articleId: number, includeRejected: boolean): DeskStatement[] {
      return decorate(ofArticle.all(articleId, includeRejected ? 1 : 0));
    },
    inArticlePage(articleId: number, includeRejected: boolean, after: StatementCursor | null, limit: number): DeskStatementPage {
      const rows = pageOfArticle.all(articleId, includeRejected ? 1 : 0, after?.start ?? -1, after?.id ?? 0, limit);
      const last = rows[rows.length - 1];
      return {
        statements: decorate(rows),
        next: rows.length === limit && last ? { start: last.content_start, id: last.id } : null,
      };
    },
    decorate,
  };
}

export type StatementReader = ReturnType<typeof createStatementReader>;
