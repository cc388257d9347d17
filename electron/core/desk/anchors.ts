import type { Database } from 'better-sqlite3';
import { makeAnchor, reanchor } from '../../../shared/anchoring/text-anchor';
import type { Orphan, TextAnchor } from '../../../shared/domain/desk';
import type { EditHistory } from './edit-history';
import { DeskInputError } from './statement-edits';
import { NotFoundError } from './statement-reader';

/** Statements the analyst touched keep their place when an article's text changes (see reextract.ts). */
const TOUCHED = `(s.origin = 'manual' OR s.review_state <> 'unreviewed'
  OR EXISTS (SELECT 1 FROM statement_topics t WHERE t.statement_id = s.id)
  OR EXISTS (SELECT 1 FROM notes n WHERE n.statement_id = s.id)
  OR EXISTS (SELECT 1 FROM briefing_citations c WHERE c.statement_id = s.id))`;

interface AnchoredStatementRow {
  id: number;
  content_start: number;
  content_end: number;
  content_text: string;
  anchor_prefix: string | null;
  anchor_suffix: string | null;
  cue_start: number | null;
  cue_end: number | null;
  cue_text: string | null;
  speaker_start: number | null;
  speaker_end: number | null;
  speaker_text: string | null;
}

interface AnchoredNoteRow {
  id: number;
  anchor_start: number;
  anchor_end: number;
  anchor_exact: string;
  anchor_prefix: string | null;
  anchor_suffix: string | null;
}

export interface ReanchorOutcome {
  statementsMoved: number;
  statementsOrphaned: number;
  notesMoved: number;
  notesOrphaned: number;
}

/** The remembered anchor, or one rebuilt from the old text (statements stored by import keep no context). */
function anchorOf(oldText: string, start: number, end: number, exact: string, prefix: string | null, suffix: string | null): TextAnchor {
  if (prefix !== null && suffix !== null) return { start, end, exact, prefix, suffix };
  return { ...makeAnchor(oldText, start, end), exact };
}

/** Anchors that survive a changed text, and the list of those that did not (orphans). */
export function createAnchorDesk(deps: { db: Database; history: EditHistory }) {
  const { db, history } = deps;

  function subSpan(newText: string, oldText: string, start: number | null, end: number | null, text: string | null) {
    if (start === null || end === null || text === null) return [null, null, null] as const;
    const found = reanchor(newText, makeAnchor(oldText, start, end));
    return found ? ([found.start, found.end, newText.slice(found.start, found.end)] as const) : ([null, null, null] as const);
  }

  return {
    /**
     * Replaces an article's text (a changed file imported again) and finds every touched statement
     * and anchored note in it again; what cannot be found is marked orphaned, never dropped.
     * Untouched automatic statements are left to the re-extraction that follows.
     */
    replaceText(articleId: number, newText: string, contentHash: string): ReanchorOutcome {
      const outcome: ReanchorOutcome = { statementsMoved: 0, statementsOrphaned: 0, notesMoved: 0, notesOrphaned: 0 };
      db.transaction(() => {
        const article = db.prepare<[number], { text: string }>('SELECT text FROM articles WHERE id = ?').get(articleId);
        if (!article) throw new NotFoundError(`No article with id ${articleId} in this archive.`);
        const oldText = article.text;
        const statements = db
          .prepare<[number], AnchoredStatementRow>(`SELECT s.* FROM statements s WHERE s.article_id = ? AND s.anchor_state = 'anchored' AND ${TOUCHED}`)
          .all(articleId);
        const now = new Date().toISOString();
        for (const s of statements) {
          const anchor = anchorOf(oldText, s.content_start, s.content_end, s.content_text, s.anchor_prefix, s.anchor_suffix);
          const found = reanchor(newText, anchor);
          if (!found) {
            db.prepare(`UPDATE statements SET anchor_state = 'orphaned', anchor_prefix = ?, anchor_suffix = ?, updated_at = ? WHERE id = ?`).run(
              anchor.prefix, anchor.suffix, now, s.id,
            );
            outcome.statementsOrphaned++;
            continue;
          }
          const moved = makeAnchor(newText, found.start, found.end);
          const cue = subSpan(newText, oldText, s.cue_start, s.cue_end, s.cue_text);
          const speaker = subSpan(newText, oldText, s.speaker_start, s.speaker_end, s.speaker_text);
          db.prepare(
            `UPDATE statements SET content_start = ?, content_end = ?, content_text = ?, anchor_prefix = ?, anchor_suffix = ?,
               cue_start = ?, cue_end = ?, cue_text = ?, speaker_start = ?, speaker_end = ?, speaker_text = ?, updated_at = ? WHERE id = ?`,
          ).run(found.start, found.end, moved.exact, moved.prefix, moved.suffix, ...cue, ...speaker, now, s.id);
          outcome.statementsMoved++;
        }
        const notes = db
          .prepare<[number], AnchoredNoteRow>(
            `SELECT * FROM notes WHERE article_id = ? AND statement_id IS NULL AND anchor_start IS NOT NULL AND anchor_state = 'anchored'`,
          )
          .all(articleId);
        for (const n of notes) {
          const found = reanchor(newText, anchorOf(oldText, n.anchor_start, n.anchor_end, n.anchor_exact, n.anchor_prefix, n.anchor_suffix));
          if (!found) {
            db.prepare(`UPDATE notes SET anchor_state = 'orphaned' WHERE id = ?`).run(n.id);
            outcome.notesOrphaned++;
            continue;
          }
          const moved = makeAnchor(newText, found.start, found.end);
          db.prepare('UPDATE notes SET anchor_start = ?, anchor_end = ?, anchor_exact = ?, anchor_prefix = ?, anchor_suffix = ? WHERE id = ?').run(
            found.start, found.end, moved.exact, moved.prefix, moved.suffix, n.id,
          );
          outcome.notesMoved++;
        }
        db.prepare('UPDATE articles SET text = ?, content_hash = ? WHERE id = ?').run(newText, contentHash, articleId);
      })();
      return outcome;
    },

    orphans(articleId?: number): Orphan[] {
      const filter = articleId === undefined ? '' : 'AND x.article_id = ?';
      const params = articleId === undefined ? [] : [articleId];
      const statements = db
        .prepare(
          `SELECT x.id, x.article_id, a.title, x.content_start AS start, x.content_end AS end, x.content_text AS exact,
             coalesce(x.anchor_prefix, '') AS prefix, coalesce(x.anchor_suffix, '') AS suffix
           FROM statements x JOIN articles a ON a.id = x.article_id WHERE x.anchor_state = 'orphaned' ${filter} ORDER BY x.article_id, x.content_start`,
        )
        .all(...params) as { id: number; article_id: number; title: string | null; start: number; end: number; exact: string; prefix: string; suffix: string }[];
      const notes = db
        .prepare(
          `SELECT x.id, x.article_id, a.title, x.anchor_start AS start, x.anchor_end AS end, x.anchor_exact AS exact,
             coalesce(x.anchor_prefix, '') AS prefix, coalesce(x.anchor_suffix, '') AS suffix
           FROM notes x JOIN articles a ON a.id = x.article_id WHERE x.anchor_state = 'orphaned' ${filter} ORDER BY x.article_id, x.id`,
        )
        .all(...params) as typeof statements;
      const toOrphan = (kind: Orphan['kind']) => (r: (typeof statements)[number]): Orphan => ({
        kind,
        id: r.id,
        articleId: r.article_id,
        articleTitle: r.title,
        anchor: { start: r.start, end: r.end, exact: r.exact, prefix: r.prefix, suffix: r.suffix },
      });
      return [...statements.map(toOrphan('statement')), ...notes.map(toOrphan('note'))];
    },

    /** The analyst points an orphan at its new place in the text. Returns the article changed. */
    reattach(kind: 'statement' | 'note', id: number, start: number, end: number): number {
      const table = kind === 'statement' ? 'statements' : 'notes';
      const row = db.prepare(`SELECT article_id, anchor_state FROM ${table} WHERE id = ?`).get(id) as
        | { article_id: number | null; anchor_state: string }
        | undefined;
      if (!row || row.article_id === null) throw new NotFoundError(`No ${kind} with id ${id} in this archive.`);
      const text = (db.prepare<[number], { text: string }>('SELECT text FROM articles WHERE id = ?').get(row.article_id))!.text;
      if (end <= start || end > text.length) throw new DeskInputError(`The span ${start}–${end} is not inside the article.`);
      const anchor = makeAnchor(text, start, end);
      history.edit(kind === 'statement' ? 'statement.edit' : 'note.edit', `Re-attach ${kind} to “${anchor.exact.slice(0, 40)}”`, (rec) => {
        rec.touch(table, { id });
        if (kind === 'statement') {
          db.prepare(
            `UPDATE statements SET content_start = ?, content_end = ?, content_text = ?, anchor_prefix = ?, anchor_suffix = ?,
               anchor_state = 'anchored', review_state = CASE review_state WHEN 'rejected' THEN 'rejected' ELSE 'corrected' END, updated_at = ? WHERE id = ?`,
          ).run(start, end, anchor.exact, anchor.prefix, anchor.suffix, new Date().toISOString(), id);
        } else {
          db.prepare(
            `UPDATE notes SET anchor_start = ?, anchor_end = ?, anchor_exact = ?, anchor_prefix = ?, anchor_suffix = ?, anchor_state = 'anchored', updated_at = ? WHERE id = ?`,
          ).run(start, end, anchor.exact, anchor.prefix, anchor.suffix, new Date().toISOString(), id);
        }
      });
      return row.article_id;
    },

    /**
     * The analyst gives up on an orphan whose words are gone: the statement (with its tags and notes)
     * or the note is deleted, as one undoable edit. Only orphans can be discarded this way, so an
     * anchored statement is never lost by a stale click.
     */
    discard(kind: 'statement' | 'note', id: number): number {
      const table = kind === 'statement' ? 'statements' : 'notes';
      const row = db.prepare(`SELECT article_id, anchor_state FROM ${table} WHERE id = ?`).get(id) as
        | { article_id: number | null; anchor_state: string }
        | undefined;
      if (!row || row.article_id === null) throw new NotFoundError(`No ${kind} with id ${id} in this archive.`);
      if (row.anchor_state !== 'orphaned') throw new DeskInputError(`This ${kind} still finds its words; only an orphan can be discarded.`);
      const label = kind === 'statement' ? 'Discard orphaned statement' : 'Discard orphaned note';
      history.edit(kind === 'statement' ? 'statement.discard' : 'note.delete', label, (rec) => {
        if (kind === 'statement') {
          rec.touchWhere('statement_topics', 'statement_id = ?', [id]);
          rec.touchWhere('notes', 'statement_id = ?', [id]);
        }
        rec.touch(table, { id });
        db.prepare(`DELETE FROM ${table} WHERE id = ?`).run(id);
      });
      return row.article_id;
    },
  };
}

export type AnchorDesk = ReturnType<typeof createAnchorDesk>;
