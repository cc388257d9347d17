import type { Database, Statement } from 'better-sqlite3';
import type { ReviewState, StatementOrigin, StoredSpan, StoredStatement } from '../../../shared/domain/archive';
import type { ExtractedStatement, NationEvidence, NationEvidenceKind, StatementKind } from '../../../shared/domain/extraction';
import { createActorRegistry } from '../desk/actor-registry';

export interface StatementRow {
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

export function toStatement(row: StatementRow): StoredStatement {
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
  const actors = createActorRegistry(db);
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

  // Bulk statements go in as multi-row INSERTs: each INSERT on a table with triggers opens a statement
  // journal that copies every page it touches, so one INSERT of many rows pays that once, not per row.
  const ROW_VALUES = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'automatic', 'unreviewed', ?, ?)";
  const BULK_ROWS = 64;
  const multiRow = new Map<number, Statement<unknown[]>>();
  const insertRows = (rows: number) => {
    let statement = multiRow.get(rows);
    if (!statement) {
      statement = db.prepare<unknown[]>(
        `INSERT INTO statements (article_id, kind, content_start, content_end, content_text, cue_start, cue_end, cue_text,
           speaker_start, speaker_end, speaker_text, speaker_name, speaker_role, speaker_organization, actor_id, nation,
           nation_evidence_kind, nation_evidence_start, nation_evidence_end, nation_evidence_text,
           confidence, origin, review_state, created_at, updated_at)
         VALUES ${Array<string>(rows).fill(ROW_VALUES).join(', ')}`,
      );
      multiRow.set(rows, statement);
    }
    return statement;
  };
  let pending: unknown[] = [];
  let pendingRows = 0;
  const flushPending = () => {
    if (pendingRows > 0) insertRows(pendingRows).run(pending);
    pending = [];
    pendingRows = 0;
  };
  const lastId = db.prepare<[], number>('SELECT ifnull(max(id), 0) FROM statements').pluck();
  const indexSince = db.prepare('INSERT INTO statements_fts(rowid, content_text, speaker_name) SELECT id, content_text, speaker_name FROM statements WHERE id > ?');
  const beginBulk = db.prepare('INSERT INTO bulk_insert (active) VALUES (1)');
  const endBulk = db.prepare('DELETE FROM bulk_insert');

  /** The actor a named speaker stands for (by name or alias), registered on first sight. */
  function actorFor(statement: ExtractedStatement, now: string): { id: number | null; nation: string | null } {
    const { name, role, organization, nation } = statement.speaker;
    if (!name) return { id: null, nation };
    return actors.resolve({ name, role, organization, nation }, now);
  }

  return {
    forArticle(articleId: number): StoredStatement[] {
      return forArticle.all(articleId).map(toStatement);
    },

    /** Call inside the article's transaction. */
    insertExtracted(articleId: number, statements: readonly ExtractedStatement[], now: string): void {
      for (const s of statements) {
        const actor = actorFor(s, now);
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
          actorId: actor.id,
          nation: actor.nation,
          // Why the extractor chose the nation; a nation taken from the actor registry has no evidence here.
          ...evidenceColumns(actor.nation === s.speaker.nation ? (s.speaker.nationEvidence ?? null) : null),
          confidence: s.confidence,
          now,
        });
      }
    },

    /**
     * Opens bulk mode inside the caller's write transaction: statements inserted with insertBulk are
     * indexed together by endBulk, and the caller writes each article's statement count itself.
     */
    beginBulk(): number {
      beginBulk.run();
      return lastId.get() ?? 0;
    },

    /** Call inside a bulk transaction (see beginBulk); rows may be written as late as endBulk. */
    insertBulk(articleId: number, statements: readonly ExtractedStatement[], now: string): void {
      for (const s of statements) {
        const actor = actorFor(s, now);
        const evidence = evidenceColumns(actor.nation === s.speaker.nation ? (s.speaker.nationEvidence ?? null) : null);
        pending.push(
          articleId,
          s.kind,
          s.content.start,
          s.content.end,
          s.content.text,
          s.cue?.start ?? null,
          s.cue?.end ?? null,
          s.cue?.text ?? null,
          s.speaker.mention?.start ?? null,
          s.speaker.mention?.end ?? null,
          s.speaker.mention?.text ?? null,
          s.speaker.name,
          s.speaker.role,
          s.speaker.organization,
          actor.id,
          actor.nation,
          evidence.evidenceKind,
          evidence.evidenceStart,
          evidence.evidenceEnd,
          evidence.evidenceText,
          s.confidence,
          now,
          now,
        );
        if (++pendingRows === BULK_ROWS) flushPending();
      }
    },

    /** Writes the rows insertBulk still holds (an article stored on its own savepoint calls it before releasing). */
    flushBulk(): void {
      flushPending();
    },

    /** Forgets rows not yet written, after the caller rolled back. */
    abortBulk(): void {
      pending = [];
      pendingRows = 0;
    },

    /** Indexes the statements stored since beginBulk in one pass and leaves bulk mode; before COMMIT. */
    endBulk(since: number): void {
      flushPending();
      indexSince.run(since);
      endBulk.run();
    },

    count(): number {
      return countAll.get()?.n ?? 0;
    },
  };
}

function evidenceColumns(evidence: NationEvidence | null) {
  return {
    evidenceKind: evidence?.kind ?? null,
    evidenceStart: evidence?.span.start ?? null,
    evidenceEnd: evidence?.span.end ?? null,
    evidenceText: evidence?.span.text ?? null,
  };
}

export type StatementStore = ReturnType<typeof createStatementStore>;
