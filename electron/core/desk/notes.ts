import type { Database } from 'better-sqlite3';
import { makeAnchor } from '../../../shared/anchoring/text-anchor';
import type { Note, NoteTarget } from '../../../shared/domain/desk';
import type { EditHistory } from './edit-history';
import { DeskInputError } from './statement-edits';
import { NotFoundError } from './statement-reader';

interface NoteRow {
  id: number;
  article_id: number | null;
  statement_id: number | null;
  topic_id: number | null;
  body: string;
  anchor_start: number | null;
  anchor_end: number | null;
  anchor_exact: string | null;
  anchor_prefix: string | null;
  anchor_suffix: string | null;
  anchor_state: 'anchored' | 'orphaned';
  created_at: string;
  updated_at: string;
}

function toNote(row: NoteRow): Note {
  const anchor =
    row.anchor_start !== null && row.anchor_end !== null && row.anchor_exact !== null
      ? { start: row.anchor_start, end: row.anchor_end, exact: row.anchor_exact, prefix: row.anchor_prefix ?? '', suffix: row.anchor_suffix ?? '' }
      : null;
  const target: NoteTarget =
    row.statement_id !== null
      ? { kind: 'statement', id: row.statement_id }
      : row.topic_id !== null
        ? { kind: 'topic', id: row.topic_id }
        : { kind: 'article', id: row.article_id!, ...(anchor ? { span: { start: anchor.start, end: anchor.end } } : {}) };
  return { id: row.id, target, body: row.body, anchor, anchorState: row.anchor_state, createdAt: row.created_at, updatedAt: row.updated_at };
}

function clip(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}

/** Notes on statements, articles (optionally on a span) and topics. */
export function createNoteDesk(deps: { db: Database; history: EditHistory }) {
  const { db, history } = deps;
  const one = db.prepare<[number], NoteRow>('SELECT * FROM notes WHERE id = ?');

  function get(id: number): Note {
    const row = one.get(id);
    if (!row) throw new NotFoundError(`No note with id ${id} in this archive.`);
    return toNote(row);
  }

  /** The note's columns for its target; a statement note also records its article, for the article's panes. */
  function targetColumns(target: NoteTarget) {
    if (target.kind === 'statement') {
      const s = db.prepare<[number], { article_id: number }>('SELECT article_id FROM statements WHERE id = ?').get(target.id);
      if (!s) throw new NotFoundError(`No statement with id ${target.id} in this archive.`);
      return { article_id: s.article_id, statement_id: target.id, topic_id: null, anchor: null };
    }
    if (target.kind === 'topic') {
      if (!db.prepare('SELECT 1 FROM topics WHERE id = ?').get(target.id)) throw new NotFoundError(`No topic with id ${target.id} in this archive.`);
      return { article_id: null, statement_id: null, topic_id: target.id, anchor: null };
    }
    const article = db.prepare<[number], { text: string }>('SELECT text FROM articles WHERE id = ?').get(target.id);
    if (!article) throw new NotFoundError(`No article with id ${target.id} in this archive.`);
    let anchor = null;
    if (target.span) {
      const { start, end } = target.span;
      if (end <= start || end > article.text.length) throw new DeskInputError(`The note's span (${start}–${end}) is not inside the article.`);
      anchor = makeAnchor(article.text, start, end);
    }
    return { article_id: target.id, statement_id: null, topic_id: null, anchor };
  }

  return {
    list(target: NoteTarget): Note[] {
      const column = target.kind === 'statement' ? 'statement_id' : target.kind === 'topic' ? 'topic_id' : 'article_id';
      // An article's notes are the notes on the article itself, not those on its statements.
      const extra = target.kind === 'article' ? ' AND statement_id IS NULL' : '';
      return db
        .prepare<[number], NoteRow>(`SELECT * FROM notes WHERE ${column} = ?${extra} ORDER BY created_at, id`)
        .all(target.id)
        .map(toNote);
    },

    create(target: NoteTarget, body: string): Note {
      const columns = targetColumns(target);
      const now = new Date().toISOString();
      const { result: id } = history.edit('note.create', `Add note “${clip(body)}”`, (rec) => {
        const a = columns.anchor;
        const newId = Number(
          db
            .prepare(
              `INSERT INTO notes (article_id, statement_id, topic_id, body, anchor_start, anchor_end, anchor_exact, anchor_prefix, anchor_suffix, created_at, updated_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
            )
            .run(columns.article_id, columns.statement_id, columns.topic_id, body, a?.start ?? null, a?.end ?? null, a?.exact ?? null, a?.prefix ?? null, a?.suffix ?? null, now, now)
            .lastInsertRowid,
        );
        rec.created('notes', { id: newId });
        return newId;
      });
      return get(id);
    },

    update(id: number, body: string): Note {
      get(id);
      history.edit('note.edit', `Edit note “${clip(body)}”`, (rec) => {
        rec.touch('notes', { id });
        db.prepare('UPDATE notes SET body = ?, updated_at = ? WHERE id = ?').run(body, new Date().toISOString(), id);
      });
      return get(id);
    },

    delete(id: number): { deleted: boolean; articleId: number | null } {
      const note = one.get(id);
      if (!note) return { deleted: false, articleId: null };
      history.edit('note.delete', `Delete note “${clip(note.body)}”`, (rec) => {
        rec.touch('notes', { id });
        db.prepare('DELETE FROM notes WHERE id = ?').run(id);
      });
      return { deleted: true, articleId: note.article_id };
    },
  };
}
