import type { Database } from 'better-sqlite3';
import type { ArticleSummary } from '../../../shared/domain/archive';
import type { QuotePair, SnippetPart, StatementHit, StatementSearchFilters, StatementSearchPage } from '../../../shared/domain/desk';
import { wordDiff, wordOverlap } from '../../../shared/desk/word-diff';
import { findQueryHits, indexTokens, parseSearchQuery } from '../../../shared/search/query-syntax';
import type { DeskStatementRow, StatementReader } from './statement-reader';

/** Counting stops here: "10,000+ statements" is as useful as the exact figure and much cheaper. */
export const TOTAL_CAP = 10_000;
const OPEN = '\u0002';
const CLOSE = '\u0003';
/** Two wordings sharing at least this share of their words report the same statement. */
export const SAME_QUOTE_THRESHOLD = 0.5;
/** Shorter statements ("No.", "We will see.") pair with too much by chance. */
const MIN_PAIR_WORDS = 6;

type HitRow = DeskStatementRow & { a_title: string | null; a_outlet: string | null; a_published: string | null; snip?: string };

function parseSnippet(snip: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const piece of snip.split(OPEN)) {
    const close = piece.indexOf(CLOSE);
    if (close < 0) {
      if (piece) parts.push({ text: piece, hit: false });
      continue;
    }
    parts.push({ text: piece.slice(0, close), hit: true });
    if (close + 1 < piece.length) parts.push({ text: piece.slice(close + 1), hit: false });
  }
  return parts;
}

function articleRef(row: HitRow): Pick<ArticleSummary, 'id' | 'title' | 'outlet' | 'publishedAt'> {
  return { id: row.article_id, title: row.a_title, outlet: row.a_outlet, publishedAt: row.a_published };
}

/** Statement search with combined filters, and statements reported by two articles (quote pairs). */
export function createStatementSearch(db: Database, reader: StatementReader) {
  function filterClause(filters: StatementSearchFilters): { sql: string[]; params: unknown[] } {
    const sql: string[] = [];
    const params: unknown[] = [];
    const inList = (column: string, values: readonly unknown[]) => {
      sql.push(`${column} IN (SELECT value FROM json_each(?))`);
      params.push(JSON.stringify(values));
    };
    if (filters.nations?.length || filters.nationUnknown) {
      const parts: string[] = [];
      if (filters.nations?.length) {
        parts.push('s.nation IN (SELECT value FROM json_each(?))');
        params.push(JSON.stringify(filters.nations));
      }
      if (filters.nationUnknown) parts.push('s.nation IS NULL');
      sql.push(`(${parts.join(' OR ')})`);
    }
    if (filters.actorIds?.length) inList('s.actor_id', filters.actorIds);
    if (filters.kinds?.length) inList('s.kind', filters.kinds);
    if (filters.outlets?.length) inList('a.outlet', filters.outlets);
    if (filters.articleIds?.length) inList('s.article_id', filters.articleIds);
    inList('s.review_state', filters.reviewStates?.length ? filters.reviewStates : ['unreviewed', 'confirmed', 'corrected']);
    if (filters.dateFrom) {
      sql.push('substr(a.published_at, 1, 10) >= ?');
      params.push(filters.dateFrom);
    }
    if (filters.dateTo) {
      sql.push('a.published_at IS NOT NULL AND substr(a.published_at, 1, 10) <= ?');
      params.push(filters.dateTo);
    }
    if (filters.topicIds?.length || filters.stances?.length) {
      const tag: string[] = ['t.statement_id = s.id'];
      if (filters.topicIds?.length) {
        // A topic stands for its whole branch of the codebook.
        tag.push(`t.topic_id IN (WITH RECURSIVE sub(id) AS (SELECT value FROM json_each(?)
          UNION SELECT c.id FROM topics c JOIN sub ON c.parent_id = sub.id) SELECT id FROM sub)`);
        params.push(JSON.stringify(filters.topicIds));
      }
      if (filters.stances?.length) {
        tag.push('t.stance IN (SELECT value FROM json_each(?))');
        params.push(JSON.stringify(filters.stances));
      }
      sql.push(`EXISTS (SELECT 1 FROM statement_topics t WHERE ${tag.join(' AND ')})`);
    }
    return { sql, params };
  }

  return {
    search(filters: StatementSearchFilters & { offset?: number; limit?: number }): StatementSearchPage {
      const parsed = filters.query ? parseSearchQuery(filters.query) : null;
      const offset = filters.offset ?? 0;
      const limit = filters.limit ?? 50;
      const { sql, params } = filterClause(filters);
      const columns = `s.*, a.title AS a_title, a.outlet AS a_outlet, a.published_at AS a_published`;
      let from: string;
      let order: string;
      const allParams: unknown[] = [];
      if (parsed) {
        from = 'statements_fts f JOIN statements s ON s.id = f.rowid JOIN articles a ON a.id = s.article_id';
        sql.unshift('statements_fts MATCH ?');
        allParams.push(parsed.match);
        order = 'f.rank, s.id DESC';
      } else {
        from = 'statements s JOIN articles a ON a.id = s.article_id';
        order = 's.id DESC';
      }
      allParams.push(...params);
      const where = sql.length > 0 ? `WHERE ${sql.join(' AND ')}` : '';
      const total = (
        db.prepare(`SELECT count(*) AS n FROM (SELECT 1 FROM ${from} ${where} LIMIT ${TOTAL_CAP + 1})`).get(...allParams) as { n: number }
      ).n;
      const snippet = parsed ? `, snippet(statements_fts, -1, '${OPEN}', '${CLOSE}', '…', 32) AS snip` : '';
      const rows = db
        .prepare(`SELECT ${columns}${snippet} FROM ${from} ${where} ORDER BY ${order} LIMIT ? OFFSET ?`)
        .all(...allParams, limit, offset) as HitRow[];
      const statements = reader.decorate(rows);
      const hits: StatementHit[] = rows.map((row, i) => ({
        statement: statements[i]!,
        article: articleRef(row),
        snippet: row.snip !== undefined ? parseSnippet(row.snip) : [{ text: row.content_text, hit: false }],
        highlights: parsed
          ? findQueryHits(row.content_text, parsed.terms).map((h) => ({ start: h.start + row.content_start, end: h.end + row.content_start }))
          : [],
      }));
      return { total: Math.min(total, TOTAL_CAP), totalCapped: total > TOTAL_CAP, offset, rows: hits };
    },

    /** Statements of an article that another article reports too, across the whole archive. */
    pairs(articleId: number, otherArticleId?: number): QuotePair[] {
      const withArticle = `SELECT s.*, a.title AS a_title, a.outlet AS a_outlet, a.published_at AS a_published
        FROM statements s JOIN articles a ON a.id = s.article_id`;
      const mine = db.prepare<[number], HitRow>(`${withArticle} WHERE s.article_id = ? AND s.review_state <> 'rejected' ORDER BY s.content_start`).all(articleId);
      const candidates = db.prepare<[string, number, number, number], HitRow>(
        `${withArticle} WHERE s.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ? LIMIT 200)
           AND s.article_id <> ? AND (? = 0 OR s.article_id = ?) AND s.review_state <> 'rejected'`,
      );
      const found: { left: HitRow; right: HitRow; similarity: number }[] = [];
      for (const left of mine) {
        const words = indexTokens(left.content_text).map((t) => t.token);
        if (words.length < MIN_PAIR_WORDS) continue;
        // The longest words are the rarest: two groups of three, either of which must all be present.
        const distinct = [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
        const groups = [distinct.slice(0, 3), distinct.slice(3, 6)].filter((g) => g.length > 0);
        const match = groups.map((g) => `(${g.map((w) => `"${w}"`).join(' AND ')})`).join(' OR ');
        for (const right of candidates.all(match, articleId, otherArticleId ?? 0, otherArticleId ?? 0)) {
          const similarity = wordOverlap(words, indexTokens(right.content_text).map((t) => t.token));
          if (similarity >= SAME_QUOTE_THRESHOLD) found.push({ left, right, similarity });
        }
      }
      const decorated = reader.decorate([...found.map((f) => f.left), ...found.map((f) => f.right)]);
      const attribution = (row: HitRow) => [row.speaker_text ?? row.speaker_name, row.cue_text].filter(Boolean).join(' ');
      return found.map((pair, i) => ({
        left: { statement: decorated[i]!, article: articleRef(pair.left) },
        right: { statement: decorated[found.length + i]!, article: articleRef(pair.right) },
        similarity: pair.similarity,
        contentDiff: wordDiff(pair.left.content_text, pair.right.content_text),
        attributionDiff: attribution(pair.left) || attribution(pair.right) ? wordDiff(attribution(pair.left), attribution(pair.right)) : [],
      }));
    },
  };
}
