import type { Database } from 'better-sqlite3';
import type { ReviewState, StatementOrigin } from '../../../shared/domain/archive';
import type { ParsedArticle } from '../../../shared/domain/article';
import type { StatementKind } from '../../../shared/domain/extraction';
import { topicPaths } from '../positions/topic-paths';

/** An article as the archive holds it: what the importer parsed, and where it came from. */
export interface ArticleRecord extends Omit<ParsedArticle, 'subheadings'> {
  id: number;
  originalName: string;
  format: string;
  contentHash: string;
  importedAt: string;
}

export interface StatementRecord {
  id: number;
  articleId: number;
  kind: StatementKind;
  contentStart: number;
  contentEnd: number;
  contentText: string;
  cueStart: number | null;
  cueEnd: number | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  speakerName: string | null;
  speakerRole: string | null;
  speakerOrganization: string | null;
  nation: string | null;
  confidence: number;
  origin: StatementOrigin;
  reviewState: ReviewState;
  createdAt: string;
}

export interface TagRecord {
  statementId: number;
  topicId: number;
  stance: string | null;
}

/** Reads the archive's articles, statements, topics and tags for the exporters, one article at a time. */
export function createArchiveReader(db: Database) {
  const articles = db.prepare<[], ArticleRecord>(
    `SELECT id, title, outlet, byline, published_at AS publishedAt, language, url, dateline, original_name AS originalName,
       format, content_hash AS contentHash, text, imported_at AS importedAt FROM articles ORDER BY id`,
  );
  const statements = db.prepare<[number], StatementRecord>(
    `SELECT id, article_id AS articleId, kind, content_start AS contentStart, content_end AS contentEnd, content_text AS contentText,
       cue_start AS cueStart, cue_end AS cueEnd, speaker_start AS speakerStart, speaker_end AS speakerEnd,
       speaker_name AS speakerName, speaker_role AS speakerRole, speaker_organization AS speakerOrganization, nation,
       confidence, origin, review_state AS reviewState, created_at AS createdAt
     FROM statements WHERE article_id = ? ORDER BY content_start, id`,
  );
  const tags = db.prepare<[number], TagRecord>(
    `SELECT t.statement_id AS statementId, t.topic_id AS topicId, t.stance FROM statement_topics t
     JOIN statements s ON s.id = t.statement_id WHERE s.article_id = ? ORDER BY t.statement_id, t.topic_id`,
  );
  return {
    *articles(): Generator<ArticleRecord> {
      yield* articles.iterate();
    },
    statementsOf: (articleId: number) => statements.all(articleId),
    /** The article's tags, by statement. */
    tagsOf(articleId: number): Map<number, TagRecord[]> {
      const byStatement = new Map<number, TagRecord[]>();
      for (const tag of tags.all(articleId)) {
        const list = byStatement.get(tag.statementId) ?? [];
        list.push(tag);
        byStatement.set(tag.statementId, list);
      }
      return byStatement;
    },
    topics: () => {
      const parents = new Map(
        db.prepare<[], { id: number; parentId: number | null }>('SELECT id, parent_id AS parentId FROM topics').all().map((t) => [t.id, t.parentId]),
      );
      return topicPaths(db).map((t) => ({ ...t, parentId: parents.get(t.id) ?? null }));
    },
  };
}

export type ArchiveReader = ReturnType<typeof createArchiveReader>;
