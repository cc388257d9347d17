import type { Database } from 'better-sqlite3';
import type { MatrixQuote, PositionQuote, StanceKey } from '../../../shared/domain/positions';

/** A quote as SQLite returns it: the stance is still unchecked text. */
type QuoteRow = Omit<PositionQuote, 'stance'> & { stance: string | null };

const QUOTE_COLUMNS = `s.id AS statementId, s.article_id AS articleId, s.kind, s.content_text AS text,
  s.content_start AS contentStart, s.content_end AS contentEnd, s.speaker_name AS speakerName,
  s.speaker_role AS speakerRole, s.speaker_organization AS speakerOrganization, s.actor_id AS actorId,
  coalesce(s.nation, '') AS nation, s.review_state AS reviewState, a.title AS articleTitle,
  a.original_name AS articleName, a.outlet, a.published_at AS publishedAt`;

export function stanceKey(stance: string | null): StanceKey {
  if (stance === 'mixed') return 'ambiguous';
  if (stance === 'supports' || stance === 'opposes' || stance === 'concerned' || stance === 'neutral' || stance === 'ambiguous') return stance;
  return 'unset';
}

/**
 * Loads quotes by statement id, in the order given, with their stance on one topic, on a topic
 * given per statement (a parent topic's quotes carry the stance of the subtopic they were tagged with), or none.
 */
export function createQuoteLoader(db: Database) {
  const onTopic = db.prepare<[string, number], QuoteRow>(
    `SELECT ${QUOTE_COLUMNS}, t.stance AS stance
     FROM json_each(?) j JOIN statements s ON s.id = j.value JOIN articles a ON a.id = s.article_id
     LEFT JOIN statement_topics t ON t.statement_id = s.id AND t.topic_id = ?
     ORDER BY j.key`,
  );
  const perStatement = db.prepare<[string], QuoteRow>(
    `SELECT ${QUOTE_COLUMNS}, t.stance AS stance
     FROM json_each(?) j JOIN statements s ON s.id = j.value ->> 0 JOIN articles a ON a.id = s.article_id
     LEFT JOIN statement_topics t ON t.statement_id = s.id AND t.topic_id = j.value ->> 1
     ORDER BY j.key`,
  );
  const plain = db.prepare<[string], QuoteRow>(
    `SELECT ${QUOTE_COLUMNS}, NULL AS stance
     FROM json_each(?) j JOIN statements s ON s.id = j.value JOIN articles a ON a.id = s.article_id
     ORDER BY j.key`,
  );
  return (ids: readonly number[], topic: number | null | readonly number[]): PositionQuote[] => {
    if (ids.length === 0) return [];
    const rows =
      topic === null
        ? plain.all(JSON.stringify(ids))
        : typeof topic === 'number'
          ? onTopic.all(JSON.stringify(ids), topic)
          : perStatement.all(JSON.stringify(ids.map((id, i) => [id, topic[i]])));
    return rows.map((row) => ({ ...row, stance: topic === null ? null : stanceKey(row.stance) }));
  };
}

export type QuoteLoader = ReturnType<typeof createQuoteLoader>;

/**
 * Loads what a matrix cell shows of its newest statement, by statement id in the order given: only
 * the few columns the cell and the CSV export use, since a matrix carries a quote for each of its cells.
 */
export function createMatrixQuoteLoader(db: Database) {
  const read = db
    .prepare<[string], [number, string, string | null, string | null, string | null]>(
      `SELECT s.id, s.content_text, s.speaker_name, a.outlet, a.published_at
       FROM json_each(?) j JOIN statements s ON s.id = j.value JOIN articles a ON a.id = s.article_id`,
    )
    .raw(true);
  /** One quote per id given (null for a statement no longer there), each with the stance given beside its id. */
  return (ids: readonly number[], stances: readonly (StanceKey | null)[]): (MatrixQuote | null)[] => {
    if (ids.length === 0) return [];
    const found = new Map(read.all(JSON.stringify(ids)).map((row) => [row[0], row]));
    return ids.map((id, i) => {
      const row = found.get(id);
      return row ? { statementId: id, text: row[1], speakerName: row[2], outlet: row[3], publishedAt: row[4], stance: stances[i] ?? null } : null;
    });
  };
}

export type MatrixQuoteLoader = ReturnType<typeof createMatrixQuoteLoader>;
