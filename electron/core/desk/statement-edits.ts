import type { Database } from 'better-sqlite3';
import { makeAnchor } from '../../../shared/anchoring/text-anchor';
import type { Stance, StoredSpan } from '../../../shared/domain/archive';
import type { StatementChanges, StatementSuggestion } from '../../../shared/domain/desk';
import type { ExtractionResult, StatementKind } from '../../../shared/domain/extraction';
import type { ActorRegistry } from './actor-registry';
import type { EditHistory } from './edit-history';
import { NotFoundError, type StatementReader } from './statement-reader';

export class DeskInputError extends Error {
  override readonly name = 'DeskInputError';
}

function clip(text: string, max = 60): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export interface NewStatement {
  articleId: number;
  start: number;
  end: number;
  kind: StatementKind;
  cue?: { start: number; end: number } | null;
  speakerMention?: { start: number; end: number } | null;
  speakerName?: string | null;
  speakerRole?: string | null;
  speakerOrganization?: string | null;
  nation?: string | null;
  actorId?: number | null;
}

/** Review, correction, creation and tagging of statements; every change goes through the history. */
export function createStatementEdits(deps: {
  db: Database;
  history: EditHistory;
  reader: StatementReader;
  actors: ActorRegistry;
  extract: (text: string) => ExtractionResult;
}) {
  const { db, history, reader, actors, extract } = deps;
  const articleText = db.prepare<[number], { text: string }>('SELECT text FROM articles WHERE id = ?');
  const actorNation = db.prepare<[number], { nation: string | null; name: string }>('SELECT nation, name FROM actors WHERE id = ?');
  const topicName = db.prepare<[number], { name: string }>('SELECT name FROM topics WHERE id = ?');

  function textOf(articleId: number): string {
    const row = articleText.get(articleId);
    if (!row) throw new NotFoundError(`No article with id ${articleId} in this archive.`);
    return row.text;
  }

  function checkSpan(text: string, start: number, end: number, what: string): void {
    if (end <= start) throw new DeskInputError(`The ${what} must end after it starts (${start}–${end}).`);
    if (end > text.length) throw new DeskInputError(`The ${what} (${start}–${end}) runs past the article's end (${text.length}).`);
    if (text.slice(start, end).trim() === '') throw new DeskInputError(`The ${what} holds no words.`);
  }

  function actor(id: number): { nation: string | null; name: string } {
    const row = actorNation.get(id);
    if (!row) throw new NotFoundError(`No actor with id ${id} in this archive.`);
    return row;
  }

  function setReview(id: number, label: string, next: (state: string, rejectedFrom: string | null) => { state: string; rejectedFrom: string | null }) {
    const row = reader.row(id);
    history.edit('statement.review', `${label} “${clip(row.content_text)}”`, (rec) => {
      rec.touch('statements', { id });
      const { state, rejectedFrom } = next(row.review_state, row.rejected_from);
      db.prepare(
        'UPDATE statements SET review_state = ?, rejected_from = ?, flagged_for_review = 0, updated_at = ? WHERE id = ?',
      ).run(state, rejectedFrom, new Date().toISOString(), id);
    });
    return reader.get(id);
  }

  return {
    confirm: (id: number) => setReview(id, 'Confirm', () => ({ state: 'confirmed', rejectedFrom: null })),
    reject: (id: number) =>
      setReview(id, 'Reject', (state, from) => ({ state: 'rejected', rejectedFrom: state === 'rejected' ? from : state })),
    restore(id: number) {
      if (reader.row(id).review_state !== 'rejected') throw new DeskInputError(`Statement ${id} is not rejected; there is nothing to restore.`);
      return setReview(id, 'Restore', (_state, from) => ({ state: from ?? 'unreviewed', rejectedFrom: null }));
    },

    update(id: number, changes: StatementChanges) {
      const row = reader.row(id);
      const text = textOf(row.article_id);
      const start = changes.start ?? row.content_start;
      const end = changes.end ?? row.content_end;
      checkSpan(text, start, end, 'statement');
      const sets: Record<string, unknown> = {};
      if (changes.start !== undefined || changes.end !== undefined) {
        const anchor = makeAnchor(text, start, end);
        Object.assign(sets, {
          content_start: start,
          content_end: end,
          content_text: anchor.exact,
          anchor_prefix: anchor.prefix,
          anchor_suffix: anchor.suffix,
          anchor_state: 'anchored',
        });
      }
      if (changes.kind !== undefined) sets.kind = changes.kind;
      if (changes.speakerName !== undefined) sets.speaker_name = changes.speakerName;
      if (changes.speakerRole !== undefined) sets.speaker_role = changes.speakerRole;
      if (changes.speakerOrganization !== undefined) sets.speaker_organization = changes.speakerOrganization;
      if (changes.actorId !== undefined) {
        sets.actor_id = changes.actorId;
        if (changes.actorId !== null) {
          const linked = actor(changes.actorId);
          if (changes.speakerName === undefined) sets.speaker_name = linked.name;
          if (row.nation_set_by_hand === 0 && changes.nation === undefined && linked.nation !== null) sets.nation = linked.nation;
        }
      }
      if (changes.nation !== undefined) {
        sets.nation = changes.nation;
        sets.nation_set_by_hand = 1;
      }
      const columns = Object.keys(sets);
      if (columns.length === 0) return reader.get(id);
      history.edit('statement.edit', `Edit “${clip(row.content_text)}”`, (rec) => {
        rec.touch('statements', { id });
        const rejected = row.review_state === 'rejected';
        db.prepare(
          `UPDATE statements SET ${columns.map((c) => `${c} = @${c}`).join(', ')},
             review_state = @review_state, rejected_from = @rejected_from, flagged_for_review = 0, updated_at = @now WHERE id = @id`,
        ).run({
          ...sets,
          review_state: rejected ? 'rejected' : 'corrected',
          rejected_from: rejected ? 'corrected' : null,
          now: new Date().toISOString(),
          id,
        });
      });
      return reader.get(id);
    },

    /** The extractor's view of the selection: its speaker and cue, or those of the nearest finding. */
    suggest(articleId: number, start: number, end: number): StatementSuggestion {
      const text = textOf(articleId);
      checkSpan(text, start, end, 'selection');
      const content: StoredSpan = { start, end, text: text.slice(start, end) };
      const found = extract(text).statements;
      const distance = (s: { start: number; end: number }) => (s.end <= start ? start - s.end : s.start >= end ? s.start - end : 0);
      const overlap = (s: { start: number; end: number }) => Math.max(0, Math.min(end, s.end) - Math.max(start, s.start));
      const nearest = [...found].sort(
        (a, b) =>
          overlap(b.content) - overlap(a.content) ||
          Math.min(distance(a.content), a.cue ? distance(a.cue) : Infinity) -
            Math.min(distance(b.content), b.cue ? distance(b.cue) : Infinity),
      )[0];
      const quoted = /^\s*["“”«'‘]/u.test(content.text) || /["“”»'’][\s.,]*$/u.test(content.text) || /["“«]\s*$/u.test(text.slice(Math.max(0, start - 2), start));
      const kind: StatementKind = nearest && overlap(nearest.content) > 0 ? nearest.kind : quoted ? 'direct' : 'indirect';
      if (!nearest) {
        return { kind, content, cue: null, speakerMention: null, speakerName: null, speakerRole: null, speakerOrganization: null, nation: null, actorId: null };
      }
      const { speaker } = nearest;
      const known = speaker.name ? actors.find(speaker.name, speaker.nation) : null;
      return {
        kind,
        content,
        cue: nearest.cue,
        speakerMention: speaker.mention,
        speakerName: speaker.name,
        speakerRole: speaker.role,
        speakerOrganization: speaker.organization,
        nation: speaker.nation ?? known?.nation ?? null,
        actorId: known?.id ?? null,
      };
    },

    create(input: NewStatement) {
      const text = textOf(input.articleId);
      checkSpan(text, input.start, input.end, 'statement');
      if (input.cue) checkSpan(text, input.cue.start, input.cue.end, 'cue');
      if (input.speakerMention) checkSpan(text, input.speakerMention.start, input.speakerMention.end, 'speaker mention');
      const anchor = makeAnchor(text, input.start, input.end);
      const now = new Date().toISOString();
      const { result: id } = history.edit('statement.create', `Add “${clip(anchor.exact)}”`, (rec) => {
        let actorId = input.actorId ?? null;
        let nation = input.nation ?? null;
        const nationByHand = input.nation !== undefined && input.nation !== null;
        let speakerName = input.speakerName ?? null;
        if (actorId !== null) {
          const linked = actor(actorId);
          speakerName ??= linked.name;
          if (!nationByHand) nation = linked.nation;
        } else if (speakerName) {
          const before = actors.find(speakerName, nation);
          const resolved = actors.resolve(
            { name: speakerName, role: input.speakerRole ?? null, organization: input.speakerOrganization ?? null, nation },
            now,
          );
          if (!before) {
            rec.created('actors', { id: resolved.id });
            rec.created('actor_names', { actor_id: resolved.id, name_key: actorKeyOf(db, resolved.id) });
          }
          actorId = resolved.id;
          if (!nationByHand) nation = resolved.nation;
        }
        const span = (s: { start: number; end: number } | null | undefined) =>
          s ? [s.start, s.end, text.slice(s.start, s.end)] : [null, null, null];
        const newId = Number(
          db
            .prepare(
              `INSERT INTO statements (article_id, kind, content_start, content_end, content_text, cue_start, cue_end, cue_text,
                 speaker_start, speaker_end, speaker_text, speaker_name, speaker_role, speaker_organization, actor_id, nation,
                 nation_set_by_hand, confidence, origin, review_state, anchor_prefix, anchor_suffix, created_at, updated_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 'manual', 'confirmed', ?, ?, ?, ?)`,
            )
            .run(
              input.articleId, input.kind, input.start, input.end, anchor.exact, ...span(input.cue), ...span(input.speakerMention),
              speakerName, input.speakerRole ?? null, input.speakerOrganization ?? null, actorId, nation, nationByHand ? 1 : 0,
              anchor.prefix, anchor.suffix, now, now,
            ).lastInsertRowid,
        );
        rec.created('statements', { id: newId });
        return newId;
      });
      return reader.get(id);
    },

    tag(statementId: number, topicId: number, stance: Stance | null) {
      const row = reader.row(statementId);
      const topic = topicName.get(topicId);
      if (!topic) throw new NotFoundError(`No topic with id ${topicId} in this archive.`);
      history.edit('tag.set', `Tag “${clip(row.content_text, 40)}” ${topic.name}${stance ? ` (${stance})` : ''}`, (rec) => {
        rec.touch('statement_topics', { statement_id: statementId, topic_id: topicId });
        db.prepare(
          `INSERT INTO statement_topics (statement_id, topic_id, stance, created_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (statement_id, topic_id) DO UPDATE SET stance = excluded.stance`,
        ).run(statementId, topicId, stance, new Date().toISOString());
      });
      return reader.get(statementId);
    },

    untag(statementId: number, topicId: number) {
      const row = reader.row(statementId);
      const topic = topicName.get(topicId);
      history.edit('tag.remove', `Untag “${clip(row.content_text, 40)}” ${topic?.name ?? topicId}`, (rec) => {
        rec.touch('statement_topics', { statement_id: statementId, topic_id: topicId });
        db.prepare('DELETE FROM statement_topics WHERE statement_id = ? AND topic_id = ?').run(statementId, topicId);
      });
      return reader.get(statementId);
    },
  };
}

function actorKeyOf(db: Database, actorId: number): string {
  return (db.prepare<[number], { name_key: string }>('SELECT name_key FROM actor_names WHERE actor_id = ? LIMIT 1').get(actorId)?.name_key) ?? '';
}

export type StatementEdits = ReturnType<typeof createStatementEdits>;
