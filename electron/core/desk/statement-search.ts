import type { Database } from 'better-sqlite3';
import type { ArticleSummary } from '../../../shared/domain/archive';
import type { QuotePair, SnippetPart, StatementHit, StatementSearchFilters, StatementSearchPage } from '../../../shared/domain/desk';
import { dayWindow, MIN_PAIR_WORDS, SAME_TIME_DAYS, sameQuote, type QuoteSide } from '../../../shared/desk/same-quote';
import { wordDiff } from '../../../shared/desk/word-diff';
import { findQueryHits, indexTokens, parseSearchQuery } from '../../../shared/search/query-syntax';
import type { DeskStatementRow, StatementReader } from './statement-reader';

/** Counting stops here: "1,000+ statements" says as much as the exact figure and costs far less. */
export const TOTAL_CAP = 1_000;
const OPEN = '\u0002';
const CLOSE = '\u0003';
/** Candidates read per statement: a quote reported by more outlets than this is paired with the first ones. */
const MAX_CANDIDATES = 40;
/** A speaker's statements read as candidates for another wording of theirs when the article is undated (newest first). */
const MAX_SPEAKER_CANDIDATES = 60;
/** Words of a statement that look for its other wordings. */
const RARE_WORDS = 6;
/** A word in more than this share of statements (and more than MIN_COMMON) tells no quote apart. */
const COMMON_SHARE = 0.005;
const MIN_COMMON = 50;

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
  const descendants = db
    .prepare<[string], number>(
      `WITH RECURSIVE sub(id) AS (SELECT value FROM json_each(?) UNION SELECT c.id FROM topics c JOIN sub ON c.parent_id = sub.id) SELECT id FROM sub`,
    )
    .pluck();
  // How many statements hold a word, read from the full-text index itself (a per-connection view).
  db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.statements_vocabulary USING fts5vocab(main, statements_fts, row)');
  const documentFrequencies = db.prepare<[string], { term: string; doc: number }>(
    'SELECT term, doc FROM temp.statements_vocabulary WHERE term IN (SELECT value FROM json_each(?))',
  );
  const statementCount = db.prepare<[], number>('SELECT count(*) FROM statements').pluck();
  const pageRows = db.prepare<[string], HitRow>(
    `SELECT s.*, a.title AS a_title, a.outlet AS a_outlet, a.published_at AS a_published
     FROM statements s JOIN articles a ON a.id = s.article_id WHERE s.id IN (SELECT value FROM json_each(?))`,
  );
  const snippets = db.prepare<[string, string], { id: number; snip: string }>(
    `SELECT rowid AS id, snippet(statements_fts, -1, '${OPEN}', '${CLOSE}', '…', 32) AS snip
     FROM statements_fts WHERE statements_fts MATCH ? AND rowid IN (SELECT value FROM json_each(?))`,
  );

  /** The WHERE conditions of the filters; `needsArticle` when one reads the article. */
  function filterClause(filters: StatementSearchFilters): { sql: string[]; params: unknown[]; needsArticle: boolean } {
    const sql: string[] = [];
    const params: unknown[] = [];
    let needsArticle = false;
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
    if (filters.articleIds?.length) inList('s.article_id', filters.articleIds);
    if (filters.offeredForReview) sql.push('s.flagged_for_review = 1');
    inList('s.review_state', filters.reviewStates?.length ? filters.reviewStates : ['unreviewed', 'confirmed', 'corrected']);
    if (filters.outlets?.length) {
      needsArticle = true;
      inList('a.outlet', filters.outlets);
    }
    if (filters.dateFrom) {
      needsArticle = true;
      sql.push('substr(a.published_at, 1, 10) >= ?');
      params.push(filters.dateFrom);
    }
    if (filters.dateTo) {
      needsArticle = true;
      sql.push('a.published_at IS NOT NULL AND substr(a.published_at, 1, 10) <= ?');
      params.push(filters.dateTo);
    }
    if (filters.topicIds?.length || filters.stances?.length) {
      const tag: string[] = [];
      if (filters.topicIds?.length) {
        // A topic stands for its whole branch of the codebook.
        tag.push('t.topic_id IN (SELECT value FROM json_each(?))');
        params.push(JSON.stringify(descendants.all(JSON.stringify(filters.topicIds))));
      }
      if (filters.stances?.length) {
        tag.push('t.stance IN (SELECT value FROM json_each(?))');
        params.push(JSON.stringify(filters.stances));
      }
      // Tags are few next to statements: the planner can start from them.
      sql.push(`s.id IN (SELECT t.statement_id FROM statement_topics t WHERE ${tag.join(' AND ')})`);
    }
    return { sql, params, needsArticle };
  }

  return {
    /**
     * Newest statements first. The matching ids are found in one pass (up to the cap, which also
     * gives the total); only the page's rows are then read whole, with their snippets.
     */
    search(filters: StatementSearchFilters & { offset?: number; limit?: number }): StatementSearchPage {
      const parsed = filters.query ? parseSearchQuery(filters.query) : null;
      const offset = filters.offset ?? 0;
      const limit = filters.limit ?? 50;
      const { sql, params, needsArticle } = filterClause(filters);
      const joins = needsArticle ? ' JOIN articles a ON a.id = s.article_id' : '';
      const from = parsed ? `statements_fts f JOIN statements s ON s.id = f.rowid${joins}` : `statements s${joins}`;
      if (parsed) {
        sql.unshift('statements_fts MATCH ?');
        params.unshift(parsed.match);
      }
      // Newest first, in the order the full-text index can stream (so the cap ends the scan early).
      const idsSql = `SELECT s.id FROM ${from} WHERE ${sql.join(' AND ')} ORDER BY ${parsed ? 'f.rowid' : 's.id'} DESC`;
      const firstIds = db.prepare(`${idsSql} LIMIT ${TOTAL_CAP + 1}`).pluck().all(...params) as number[];
      const pageIds =
        offset + limit <= TOTAL_CAP
          ? firstIds.slice(offset, offset + limit)
          : (db.prepare(`${idsSql} LIMIT ? OFFSET ?`).pluck().all(...params, limit, offset) as number[]);
      const byId = new Map(pageRows.all(JSON.stringify(pageIds)).map((r) => [r.id, r]));
      const rows = pageIds.map((id) => byId.get(id)).filter((r): r is HitRow => r !== undefined);
      const snips = parsed ? new Map(snippets.all(parsed.match, JSON.stringify(pageIds)).map((r) => [r.id, r.snip])) : null;
      const statements = reader.decorate(rows);
      const hits: StatementHit[] = rows.map((row, i) => {
        const snip = snips?.get(row.id);
        return {
          statement: statements[i]!,
          article: articleRef(row),
          snippet: snip !== undefined ? parseSnippet(snip) : [{ text: row.content_text, hit: false }],
          highlights: parsed
            ? findQueryHits(row.content_text, parsed.terms).map((h) => ({ start: h.start + row.content_start, end: h.end + row.content_start }))
            : [],
        };
      });
      return { total: Math.min(firstIds.length, TOTAL_CAP), totalCapped: firstIds.length > TOTAL_CAP, offset, rows: hits };
    },

    /** Statements of an article that another article reports too, across the whole archive. */
    pairs(articleId: number, otherArticleId?: number): QuotePair[] {
      const withArticle = `SELECT s.*, a.title AS a_title, a.outlet AS a_outlet, a.published_at AS a_published
        FROM statements s JOIN articles a ON a.id = s.article_id`;
      const mine = db.prepare<[number], HitRow>(`${withArticle} WHERE s.article_id = ? AND s.review_state <> 'rejected' ORDER BY s.content_start`).all(articleId);
      const candidates = db.prepare<[string, number], HitRow>(
        `${withArticle} WHERE s.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ? LIMIT ${MAX_CANDIDATES})
           AND s.article_id <> ? AND s.review_state <> 'rejected'`,
      );
      // A translation shares few words with the other wording: the speaker's other statements are read too.
      // The speakers' other statements: from the articles of the week around this one when its date is
      // known (found through the date index, then narrowed to this article's speakers), else their newest.
      const window = dayWindow(mine[0]?.a_published ?? null, SAME_TIME_DAYS);
      const byActor = new Map<number, HitRow[]>();
      if (window && otherArticleId === undefined) {
        const actors = [...new Set(mine.map((row) => row.actor_id).filter((a): a is number => a !== null))];
        const rows = db
          .prepare<[string, string, number, string], HitRow>(
            `SELECT s.*, a.title AS a_title, a.outlet AS a_outlet, a.published_at AS a_published
             FROM articles a CROSS JOIN statements s ON s.article_id = a.id
             WHERE a.published_at >= ? AND a.published_at < ? AND a.id <> ? AND s.review_state <> 'rejected'
               AND s.actor_id IN (SELECT value FROM json_each(?))`,
          )
          .all(window.from, `${window.to}\uffff`, articleId, JSON.stringify(actors));
        for (const row of rows) {
          const list = byActor.get(row.actor_id!);
          if (list) list.push(row);
          else byActor.set(row.actor_id!, [row]);
        }
      }
      const newestOfActor = db.prepare<[number, number], HitRow>(
        `${withArticle} WHERE s.actor_id = ? AND s.article_id <> ? AND s.review_state <> 'rejected' ORDER BY s.id DESC LIMIT ${MAX_SPEAKER_CANDIDATES}`,
      );
      const speakerCandidates = (actorId: number): HitRow[] => {
        if (window) return byActor.get(actorId) ?? [];
        let rows = byActor.get(actorId);
        if (!rows) {
          rows = newestOfActor.all(actorId, articleId);
          byActor.set(actorId, rows);
        }
        return rows;
      };
      const sides = new Map<number, QuoteSide>();
      const side = (row: HitRow): QuoteSide => {
        let known = sides.get(row.id);
        if (!known) {
          known = { text: row.content_text, actorId: row.actor_id, speakerName: row.speaker_name ?? row.speaker_text, publishedAt: row.a_published };
          sides.set(row.id, known);
        }
        return known;
      };
      // Two given articles are compared statement by statement; the archive is searched otherwise.
      const others =
        otherArticleId === undefined
          ? null
          : db.prepare<[number], HitRow>(`${withArticle} WHERE s.article_id = ? AND s.review_state <> 'rejected'`).all(otherArticleId);
      const found: { left: HitRow; right: HitRow; similarity: number }[] = [];
      const wordsOf = new Map(mine.map((row) => [row.id, indexTokens(row.content_text).map((t) => t.token)]));
      const allWords = [...new Set([...wordsOf.values()].flat())];
      const frequencies = new Map(documentFrequencies.all(JSON.stringify(allWords)).map((r) => [r.term, r.doc]));
      const frequency = (word: string) => frequencies.get(word) ?? 0;
      const commonAbove = Math.max(MIN_COMMON, Math.round((statementCount.get() ?? 0) * COMMON_SHARE));
      const consider = (left: HitRow, right: HitRow) => {
        const same = sameQuote(side(left), side(right));
        if (same) found.push({ left, right, similarity: same.similarity });
      };
      for (const left of mine) {
        const words = wordsOf.get(left.id)!;
        if (words.length < MIN_PAIR_WORDS) continue;
        if (others) {
          for (const other of others) consider(left, other);
          continue;
        }
        const seen = new Set<number>();
        const once = (right: HitRow) => {
          if (seen.has(right.id)) return;
          seen.add(right.id);
          consider(left, right);
        };
        if (left.actor_id !== null) for (const right of speakerCandidates(left.actor_id)) once(right);
        // Distinctive words that occur elsewhere too find the candidates (a word found only here cannot
        // be in another wording; common words and numbers say little): two groups, either all present.
        const rare = [...new Set(words)]
          .filter((w) => frequency(w) >= 2 && frequency(w) <= commonAbove && !/^\d+$/u.test(w))
          .sort((a, b) => frequency(a) - frequency(b) || (a < b ? -1 : 1))
          .slice(0, RARE_WORDS);
        if (rare.length < 2) continue;
        const groups = rare.length >= 6 ? [rare.slice(0, 3), rare.slice(3, 6)] : [rare.slice(0, Math.min(3, rare.length))];
        const match = groups.map((g) => `(${g.map((w) => `"${w}"`).join(' AND ')})`).join(' OR ');
        for (const right of candidates.all(match, articleId)) once(right);
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
