import type { Database } from 'better-sqlite3';
import type { ReviewState, Stance } from '../../../shared/domain/archive';
import type { CitableStatement, QuoteCitationAttrs, ResolvedCitation } from '../../../shared/domain/briefings';
import type { StatementKind } from '../../../shared/domain/extraction';
import { nationName } from '../../../shared/nations';

/**
 * The columns a citation reads. The actor is the speaker's identity, so editing an actor shows in
 * every citation of its statements; a statement the analyst corrected (or made by hand) keeps its
 * own speaker fields, since those are the analyst's word. The nation is the statement's own: the
 * desk carries an actor's nation onto its statements unless one was set by hand.
 */
const OWN = `(s.review_state = 'corrected' OR s.origin = 'manual' OR ac.id IS NULL)`;
export const CITATION_COLUMNS = `s.id AS statement_id, s.article_id, s.content_start, s.content_end, s.content_text, s.kind,
  s.review_state,
  CASE WHEN ${OWN} THEN coalesce(s.speaker_name, ac.name, s.speaker_text) ELSE coalesce(ac.name, s.speaker_name, s.speaker_text) END AS speaker,
  CASE WHEN ${OWN} THEN coalesce(s.speaker_role, ac.role) ELSE coalesce(ac.role, s.speaker_role) END AS role,
  CASE WHEN ${OWN} THEN coalesce(s.speaker_organization, ac.organization) ELSE coalesce(ac.organization, s.speaker_organization) END AS organization,
  coalesce(s.nation, ac.nation) AS nation, a.title, a.outlet, a.published_at, a.original_name`;

export const CITATION_JOINS = `FROM statements s JOIN articles a ON a.id = s.article_id LEFT JOIN actors ac ON ac.id = s.actor_id`;

export interface CitationRow {
  statement_id: number;
  article_id: number;
  content_start: number;
  content_end: number;
  content_text: string;
  kind: StatementKind;
  review_state: ReviewState;
  speaker: string | null;
  role: string | null;
  organization: string | null;
  nation: string | null;
  title: string | null;
  outlet: string | null;
  published_at: string | null;
  original_name: string;
}

interface ArticleRow {
  title: string | null;
  outlet: string | null;
  published_at: string | null;
  original_name: string;
}

function nameOf(code: string | null): string | null {
  return code ? nationName(code.toUpperCase()) : null;
}

export function citationFromRow(row: CitationRow, statementId = row.statement_id): ResolvedCitation {
  return {
    statementId,
    liveStatementId: row.statement_id,
    articleId: row.article_id,
    start: row.content_start,
    end: row.content_end,
    text: row.content_text,
    speaker: row.speaker,
    role: row.role,
    organization: row.organization,
    nation: row.nation ? row.nation.toUpperCase() : null,
    nationName: nameOf(row.nation),
    outlet: row.outlet,
    publishedAt: row.published_at,
    articleTitle: row.title,
    file: row.original_name,
    kind: row.kind,
    reviewState: row.review_state,
    flag: row.review_state === 'rejected' ? 'rejected' : null,
  };
}

export function citableFromRow(row: CitationRow & { stance?: Stance | null }): CitableStatement {
  return { ...citationFromRow(row), stance: row.stance ?? null };
}

/**
 * Looks each citation up as it reads now. Nothing but ids, the span and the quoted text is
 * stored in a briefing; a statement that re-extraction replaced is found again by its span.
 */
export function createCitationResolver(db: Database) {
  const byId = db.prepare<[number], CitationRow>(`SELECT ${CITATION_COLUMNS} ${CITATION_JOINS} WHERE s.id = ?`);
  const bySpan = db.prepare<[number, number, number], CitationRow>(
    `SELECT ${CITATION_COLUMNS} ${CITATION_JOINS}
     WHERE s.article_id = ? AND s.content_start = ? AND s.content_end = ?
     ORDER BY s.review_state = 'rejected', s.id LIMIT 1`,
  );
  const article = db.prepare<[number], ArticleRow>('SELECT title, outlet, published_at, original_name FROM articles WHERE id = ?');

  function resolveOne(ref: QuoteCitationAttrs): ResolvedCitation {
    const same = byId.get(ref.statementId);
    if (same && same.article_id === ref.articleId) return citationFromRow(same, ref.statementId);
    const replaced = bySpan.get(ref.articleId, ref.start, ref.end);
    if (replaced) return citationFromRow(replaced, ref.statementId);
    const source = article.get(ref.articleId);
    return {
      statementId: ref.statementId,
      liveStatementId: null,
      articleId: ref.articleId,
      start: ref.start,
      end: ref.end,
      text: ref.quotedText,
      speaker: null,
      role: null,
      organization: null,
      nation: null,
      nationName: null,
      outlet: source?.outlet ?? null,
      publishedAt: source?.published_at ?? null,
      articleTitle: source?.title ?? null,
      file: source?.original_name ?? null,
      kind: null,
      reviewState: null,
      flag: source ? 'deleted' : 'source-deleted',
    };
  }

  return {
    resolve(refs: readonly QuoteCitationAttrs[]): ResolvedCitation[] {
      return refs.map(resolveOne);
    },
  };
}

export type CitationResolver = ReturnType<typeof createCitationResolver>;

/** The key a citation is found by in a resolved list: the same statement and span always read the same. */
export function citationKey(ref: Pick<QuoteCitationAttrs, 'statementId' | 'articleId' | 'start' | 'end'>): string {
  return `${ref.statementId}:${ref.articleId}:${ref.start}:${ref.end}`;
}
