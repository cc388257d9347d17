import type { Database } from 'better-sqlite3';
import type { Topic, TopicChanges, TopicInput } from '../../../shared/domain/desk';
import type { EditHistory, EditRecorder } from './edit-history';
import { DeskInputError } from './statement-edits';
import { NotFoundError, readTopics } from './statement-reader';

/** The hierarchical codebook: create, rename, recolour, describe, move, merge, delete. */
export function createTopicDesk(deps: { db: Database; history: EditHistory }) {
  const { db, history } = deps;
  const counts = db.prepare<[], { topic_id: number; n: number }>(
    `SELECT t.topic_id, count(*) AS n FROM statement_topics t JOIN statements s ON s.id = t.statement_id
     WHERE s.review_state <> 'rejected' GROUP BY t.topic_id`,
  );

  function tree(): Topic[] {
    const n = new Map(counts.all().map((r) => [r.topic_id, r.n]));
    const all = [...readTopics(db).values()].map((t) => ({ ...t, statementCount: n.get(t.id) ?? 0 }));
    const key = (t: Topic) => t.path.map((p) => p.toLocaleLowerCase()).join('\u0000');
    return all.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id - b.id));
  }

  function get(id: number): Topic {
    const topic = tree().find((t) => t.id === id);
    if (!topic) throw new NotFoundError(`No topic with id ${id} in this archive.`);
    return topic;
  }

  function checkNameFree(name: string, parentId: number | null, exceptId: number | null): void {
    const clash = db
      .prepare<[number, string, number], { id: number }>(
        'SELECT id FROM topics WHERE coalesce(parent_id, 0) = ? AND name = ? AND id <> ?',
      )
      .get(parentId ?? 0, name, exceptId ?? 0);
    if (clash) throw new DeskInputError(`There is already a topic “${name}” at that place in the codebook.`);
  }

  function descendants(id: number): number[] {
    return db
      .prepare<[number], { id: number }>(
        `WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT t.id FROM topics t JOIN sub ON t.parent_id = sub.id) SELECT id FROM sub`,
      )
      .all(id)
      .map((r) => r.id);
  }

  function touchTopicAndUses(rec: EditRecorder, id: number): void {
    rec.touch('topics', { id });
    rec.touchWhere('statement_topics', 'topic_id = ?', [id]);
    rec.touchWhere('notes', 'topic_id = ?', [id]);
    rec.touchWhere('topics', 'parent_id = ?', [id]);
  }

  return {
    tree,

    create(input: TopicInput): Topic {
      const parentId = input.parentId ?? null;
      if (parentId !== null) get(parentId);
      checkNameFree(input.name, parentId, null);
      const { result: id } = history.edit('topic.create', `Add topic “${input.name}”`, (rec) => {
        const newId = Number(
          db
            .prepare('INSERT INTO topics (parent_id, name, colour, description, created_at) VALUES (?, ?, ?, ?, ?)')
            .run(parentId, input.name, input.colour ?? null, input.description ?? null, new Date().toISOString()).lastInsertRowid,
        );
        rec.created('topics', { id: newId });
        return newId;
      });
      return get(id);
    },

    update(id: number, changes: TopicChanges): Topic {
      const current = get(id);
      if (changes.name !== undefined && changes.name !== current.name) checkNameFree(changes.name, current.parentId, id);
      const what = changes.name !== undefined && changes.name !== current.name ? `Rename topic “${current.name}” to “${changes.name}”` : `Edit topic “${current.name}”`;
      history.edit('topic.edit', what, (rec) => {
        rec.touch('topics', { id });
        db.prepare('UPDATE topics SET name = ?, colour = ?, description = ? WHERE id = ?').run(
          changes.name ?? current.name,
          changes.colour !== undefined ? changes.colour : current.colour,
          changes.description !== undefined ? changes.description : current.description,
          id,
        );
      });
      return get(id);
    },

    move(id: number, parentId: number | null): Topic {
      const current = get(id);
      if (parentId !== null) {
        const parent = get(parentId);
        if (descendants(id).includes(parentId)) {
          throw new DeskInputError(`“${current.name}” cannot move under “${parent.name}”, which is inside it.`);
        }
      }
      checkNameFree(current.name, parentId, id);
      history.edit('topic.move', `Move topic “${current.name}”`, (rec) => {
        rec.touch('topics', { id });
        db.prepare('UPDATE topics SET parent_id = ? WHERE id = ?').run(parentId, id);
      });
      return get(id);
    },

    merge(sourceId: number, targetId: number): Topic {
      if (sourceId === targetId) throw new DeskInputError('A topic cannot be merged into itself.');
      const source = get(sourceId);
      const target = get(targetId);
      if (descendants(sourceId).includes(targetId)) {
        throw new DeskInputError(`“${source.name}” cannot be merged into “${target.name}”, which is inside it.`);
      }
      history.edit('topic.merge', `Merge topic “${source.name}” into “${target.name}”`, (rec) => {
        touchTopicAndUses(rec, sourceId);
        const tags = db
          .prepare<[number], { statement_id: number; stance: string | null; created_at: string }>(
            'SELECT statement_id, stance, created_at FROM statement_topics WHERE topic_id = ?',
          )
          .all(sourceId);
        for (const tag of tags) {
          rec.touch('statement_topics', { statement_id: tag.statement_id, topic_id: targetId });
          // A statement tagged with both keeps the target's stance.
          db.prepare('INSERT OR IGNORE INTO statement_topics (statement_id, topic_id, stance, created_at) VALUES (?, ?, ?, ?)').run(
            tag.statement_id, targetId, tag.stance, tag.created_at,
          );
        }
        db.prepare('UPDATE notes SET topic_id = ? WHERE topic_id = ?').run(targetId, sourceId);
        const children = db.prepare<[number], { id: number; name: string }>('SELECT id, name FROM topics WHERE parent_id = ?').all(sourceId);
        for (const child of children) {
          const clash = db.prepare<[number, string], { id: number }>('SELECT id FROM topics WHERE parent_id = ? AND name = ?').get(targetId, child.name);
          if (clash) throw new DeskInputError(`Both topics have a sub-topic “${child.name}”: merge those first.`);
          db.prepare('UPDATE topics SET parent_id = ? WHERE id = ?').run(targetId, child.id);
        }
        db.prepare('DELETE FROM topics WHERE id = ?').run(sourceId);
      });
      return get(targetId);
    },

    delete(id: number): { deleted: number } {
      const current = get(id);
      const ids = descendants(id);
      const { result } = history.edit('topic.delete', `Delete topic “${current.name}”`, (rec) => {
        for (const topicId of ids) touchTopicAndUses(rec, topicId);
        return db.prepare('DELETE FROM topics WHERE id IN (SELECT value FROM json_each(?))').run(JSON.stringify(ids)).changes;
      });
      return { deleted: result };
    },
  };
}
