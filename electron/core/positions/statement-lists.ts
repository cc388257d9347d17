import type { Database } from 'better-sqlite3';
import type {
  CellQuotes,
  MatrixColumnKind,
  PositionFilters,
  PositionQuote,
  PositionsTimeline,
  TimelineEntry,
  VersusColumn,
} from '../../../shared/domain/positions';
import { factConditions, placeholders, statementConditions } from './position-filters';
import type { QuoteLoader } from './position-quotes';
import { topicSubtrees } from './topic-paths';

/** Most quotes one nation's column of the nation-against-nation view holds. */
const VERSUS_LIMIT = 500;
const TIMELINE_LIMIT = 2000;

/** Dated statements in time order, then the undated ones. */
const TIME_ORDER_FACTS = 'f.day IS NULL, f.day, f.statement_id';
const TIME_ORDER_STATEMENTS = 'a.published_at IS NULL, a.published_at, a.id, s.content_start';

export function createStatementLists(db: Database, loadQuotes: QuoteLoader) {
  const ids = (sql: string, params: unknown[]) => db.prepare<unknown[], { id: number }>(sql).all(...params).map((r) => r.id);
  const count = (sql: string, params: unknown[]) => db.prepare<unknown[], { n: number }>(sql).get(...params)?.n ?? 0;
  /** A topic and its subtopics: a parent topic's quotes include theirs. */
  const subtreeOf = (topicId: number) => topicSubtrees(db).get(topicId) ?? [topicId];
  /**
   * Statements of a topic's subtree, once each (`rest` groups by statement), with the topic whose
   * stance they show: the topic itself when tagged with it, else the first subtopic.
   */
  const tagged = (rest: string, topicId: number, params: unknown[]) =>
    db
      .prepare<unknown[], { id: number; topicId: number }>(
        `SELECT f.statement_id AS id, coalesce(max(CASE WHEN f.topic_id = ${Number(topicId)} THEN f.topic_id END), min(f.topic_id)) AS topicId ${rest}`,
      )
      .all(...params);

  /** What a column of the extraction-only matrix holds: one article, or every article of a story. */
  function articleScope(kind: Exclude<MatrixColumnKind, 'topics'>): string {
    return kind === 'stories'
      ? `(a.id = ? OR a.story_id = (SELECT story_id FROM articles WHERE id = ?))`
      : `a.id = ?`;
  }

  function cell(filters: PositionFilters, nation: string, column: { kind: MatrixColumnKind; id: number }, limit: number): CellQuotes {
    if (column.kind === 'topics') {
      const where = factConditions(filters);
      const topics = subtreeOf(column.id);
      const params = [...topics, nation, ...where.params];
      const from = `FROM position_facts f WHERE f.topic_id IN (${placeholders(topics.length)}) AND f.nation = ? AND ${where.sql}`;
      const rows = tagged(`${from} GROUP BY f.statement_id ORDER BY f.day DESC, f.statement_id DESC LIMIT ?`, column.id, [...params, limit]);
      return {
        total: count(`SELECT count(DISTINCT f.statement_id) AS n ${from}`, params),
        quotes: loadQuotes(
          rows.map((r) => r.id),
          rows.map((r) => r.topicId),
        ),
      };
    }
    const where = statementConditions(filters);
    const scope = articleScope(column.kind);
    const scopeParams = column.kind === 'stories' ? [column.id, column.id] : [column.id];
    const from = `FROM statements s JOIN articles a ON a.id = s.article_id
      WHERE ${scope} AND coalesce(s.nation, '') = ? AND ${where.sql}`;
    const params = [...scopeParams, nation, ...where.params];
    return {
      total: count(`SELECT count(*) AS n ${from}`, params),
      quotes: loadQuotes(ids(`SELECT s.id ${from} ORDER BY ${TIME_ORDER_STATEMENTS} LIMIT ?`, [...params, limit]), null),
    };
  }

  function versus(filters: PositionFilters, topicId: number | null, nations: readonly string[]): VersusColumn[] {
    return nations.map((nation) => ({ nation, quotes: quotesOf(filters, topicId, { nation }, VERSUS_LIMIT) }));
  }

  function quotesOf(
    filters: PositionFilters,
    topicId: number | null,
    who: { nation?: string | null; actorId?: number | null },
    limit: number,
  ): PositionQuote[] {
    if (topicId !== null) {
      const where = factConditions(filters);
      const topics = subtreeOf(topicId);
      const conditions = [`f.topic_id IN (${placeholders(topics.length)})`, where.sql];
      const params: unknown[] = [...topics, ...where.params];
      if (who.nation != null) {
        conditions.push('f.nation = ?');
        params.push(who.nation);
      }
      if (who.actorId != null) {
        conditions.push('f.actor_id = ?');
        params.push(who.actorId);
      }
      const rows = tagged(`FROM position_facts f WHERE ${conditions.join(' AND ')} GROUP BY f.statement_id ORDER BY ${TIME_ORDER_FACTS} LIMIT ?`, topicId, [
        ...params,
        limit,
      ]);
      return loadQuotes(
        rows.map((r) => r.id),
        rows.map((r) => r.topicId),
      );
    }
    const where = statementConditions(filters);
    const conditions = [where.sql];
    const params: unknown[] = [...where.params];
    if (who.nation != null) {
      conditions.push(`coalesce(s.nation, '') = ?`);
      params.push(who.nation);
    }
    if (who.actorId != null) {
      conditions.push('s.actor_id = ?');
      params.push(who.actorId);
    }
    return loadQuotes(
      ids(
        `SELECT s.id FROM statements s JOIN articles a ON a.id = s.article_id WHERE ${conditions.join(' AND ')}
         ORDER BY ${TIME_ORDER_STATEMENTS} LIMIT ?`,
        [...params, limit],
      ),
      null,
    );
  }

  function timeline(
    filters: PositionFilters,
    topicId: number | null,
    nation: string | null,
    actorId: number | null,
  ): PositionsTimeline {
    const quotes = quotesOf(filters, topicId, { nation, actorId }, TIMELINE_LIMIT);
    return markStanceChanges(quotes);
  }

  return { cell, versus, timeline };
}

/** Splits off the undated statements and flags each dated one whose stated stance differs from the last stated one. */
export function markStanceChanges(quotes: readonly PositionQuote[]): PositionsTimeline {
  const dated: TimelineEntry[] = [];
  const undated: PositionQuote[] = [];
  let previous: string | null = null;
  for (const quote of quotes) {
    if (!hasDay(quote.publishedAt)) {
      undated.push(quote);
      continue;
    }
    const stated = quote.stance && quote.stance !== 'unset' ? quote.stance : null;
    dated.push({ ...quote, stanceChanged: stated !== null && previous !== null && stated !== previous });
    if (stated !== null) previous = stated;
  }
  return { dated, undated };
}

/** Only a full day places a statement on the timeline; a bare year or nothing is "date unknown". */
export function hasDay(publishedAt: string | null): boolean {
  return publishedAt !== null && /^\d{4}-\d{2}-\d{2}/.test(publishedAt);
}
