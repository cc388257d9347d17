import type { Database } from 'better-sqlite3';
import type { ReviewState, StatementOrigin, StoredSpan, StoredStatement } from '../../../shared/domain/archive';
import type { ExtractedStatement, NationEvidence, NationEvidenceKind, StatementKind } from '../../../shared/domain/extraction';

interface StatementRow {
  id: number;
  article_id: number;
  kind: StatementKind;
  content_start: number;
  content_end: number;
  content_text: string;
  cue_start: number | null;
  cue_end: number | null;
  cue_text: string | null;
  speaker_start: number | null;
  speaker_end: number | null;
  speaker_text: string | null;
  speaker_name: string | null;
  speaker_role: string | null;
  speaker_organization: string | null;
  actor_id: number | null;
  nation: string | null;
  nation_evidence_kind: NationEvidenceKind | null;
  nation_evidence_start: number | null;
  nation_evidence_end: number | null;
  nation_evidence_text: string | null;
  confidence: number;
  origin: StatementOrigin;
  review_state: ReviewState;
}

function span(start: number | null, end: number | null, text: string | null): StoredSpan | null {
  return start === null || end === null || text === null ? null : { start, end, text };
}

function nationEvidenceOf(row: StatementRow): NationEvidence | null {
  const span = row.nation_evidence_kind ? { start: row.nation_evidence_start, end: row.nation_evidence_end, text: row.nation_evidence_text } : null;
  if (!span || span.start === null || span.end === null || span.text === null) return null;
  return { kind: row.nation_evidence_kind!, span: { start: span.start, end: span.end, text: span.text } };
}

function toStatement(row: StatementRow): StoredStatement {
  return {
    id: row.id,
    articleId: row.article_id,
    kind: row.kind,
    content: { start: row.content_start, end: row.content_end, text: row.content_text },
    cue: span(row.cue_start, row.cue_end, row.cue_text),
    speakerMention: span(row.speaker_start, row.speaker_end, row.speaker_text),
    speakerName: row.speaker_name,
    speakerRole: row.speaker_role,
    speakerOrganization: row.speaker_organization,
    actorId: row.actor_id,
    nation: row.nation,
    nationEvidence: nationEvidenceOf(row),
    confidence: row.confidence,
    origin: row.origin,
    reviewState: row.review_state,
  };
}

export function createStatementStore(db: Database) {
  const forArticle = db.prepare<[number], StatementRow>(
    `SELECT * FROM statements WHERE article_id = ? AND review_state <> 'rejected' ORDER BY content_start, id`,
  );
  const findActor = db.prepare<[string, string], { id: number }>(
    `SELECT id FROM actors WHERE name = ? AND coalesce(nation, '') = ?`,
  );
  const insertActor = db.prepare(
    `INSERT INTO actors (name, role, organization, nation, created_at) VALUES (?, ?, ?, ?, ?)`,
  );
  const countAll = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM statements');
  const insert = db.prepare(
    `INSERT INTO statements (article_id, kind, content_start, content_end, content_text, cue_start, cue_end, cue_text,
       speaker_start, speaker_end, speaker_text, speaker_name, speaker_role, speaker_organization, actor_id, nation,
       nation_evidence_kind, nation_evidence_start, nation_evidence_end, nation_evidence_text,
       confidence, origin, review_state, created_at, updated_at)
     VALUES (@articleId, @kind, @contentStart, @contentEnd, @contentText, @cueStart, @cueEnd, @cueText,
       @speakerStart, @speakerEnd, @speakerText, @speakerName, @speakerRole, @speakerOrganization, @actorId, @nation,
       @evidenceKind, @evidenceStart, @evidenceEnd, @evidenceText,
       @confidence, 'automatic', 'unreviewed', @now, @now)`,
  );

  /** The actor a named speaker stands for: one row per name and nation, made on first sight. */
  function actorFor(statement: ExtractedStatement, now: string): number | null {
    const { name, role, organization, nation } = statement.speaker;
    if (!name) return null;
    const found = findActor.get(name, nation ?? '');
    if (found) return found.id;
    return Number(insertActor.run(name, role, organization, nation, now).lastInsertRowid);
  }

  return {
    forArticle(articleId: number): StoredStatement[] {
      return forArticle.all(articleId).map(toStatement);
    },

    /** Call inside the article's transaction. */
    insertExtracted(articleId: number, statements: readonly ExtractedStatement[], now: string): void {
      for (const s of statements) {
        insert.run({
          articleId,
          kind: s.kind,
          contentStart: s.content.start,
          contentEnd: s.content.end,
          contentText: s.content.text,
          cueStart: s.cue?.start ?? null,
          cueEnd: s.cue?.end ?? null,
          cueText: s.cue?.text ?? null,
          speakerStart: s.speaker.mention?.start ?? null,
          speakerEnd: s.speaker.mention?.end ?? null,
          speakerText: s.speaker.mention?.text ?? null,
          speakerName: s.speaker.name,
          speakerRole: s.speaker.role,
          speakerOrganization: s.speaker.organization,
          actorId: actorFor(s, now),
          nation: s.speaker.nation,
          evidenceKind: s.speaker.nationEvidence?.kind ?? null,
          evidenceStart: s.speaker.nationEvidence?.span.start ?? null,
          evidenceEnd: s.speaker.nationEvidence?.span.end ?? null,
          evidenceText: s.speaker.nationEvidence?.span.text ?? null,
          confidence: s.confidence,
          now,
        });
      }
    },

    count(): number {
      return countAll.get()?.n ?? 0;
    },
  };
}

export type StatementStore = ReturnType<typeof createStatementStore>;
