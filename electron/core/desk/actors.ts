import type { Database } from 'better-sqlite3';
import type {
  Actor,
  ActorChanges,
  ActorDetail,
  ActorInput,
  ActorNationOutcome,
  ActorPage,
  ActorRole,
  ActorSplitOutcome,
} from '../../../shared/domain/desk';
import { actorNameKey, type ActorRegistry } from './actor-registry';
import type { EditHistory, EditRecorder } from './edit-history';
import { DeskInputError } from './statement-edits';
import { NotFoundError, type DeskStatementRow, type StatementReader } from './statement-reader';

interface ActorRow {
  id: number;
  name: string;
  role: string | null;
  organization: string | null;
  nation: string | null;
  aliases: string;
  roles: string;
  statement_count: number;
}

const COLUMNS = `a.id, a.name, a.role, a.organization, a.nation, a.aliases, a.roles,
  (SELECT count(*) FROM statements s WHERE s.actor_id = a.id AND s.review_state <> 'rejected') AS statement_count`;

function toActor(row: ActorRow): Actor {
  return {
    id: row.id,
    name: row.name,
    aliases: JSON.parse(row.aliases) as string[],
    role: row.role,
    organization: row.organization,
    roles: JSON.parse(row.roles) as ActorRole[],
    nation: row.nation,
    statementCount: row.statement_count,
  };
}

function uniqueNames(name: string, aliases: readonly string[]): string[] {
  const key = actorNameKey(name);
  const seen = new Set([key]);
  const out: string[] = [];
  for (const alias of aliases) {
    const k = actorNameKey(alias);
    if (k === '' || seen.has(k)) continue;
    seen.add(k);
    out.push(alias.trim());
  }
  return out;
}

/** The registry of people and institutions: search, statements over time, edits, merge and split. */
export function createActorDesk(deps: { db: Database; history: EditHistory; registry: ActorRegistry; reader: StatementReader }) {
  const { db, history, registry, reader } = deps;
  const one = db.prepare<[number], ActorRow>(`SELECT ${COLUMNS} FROM actors a WHERE a.id = ?`);

  function get(id: number): Actor {
    const row = one.get(id);
    if (!row) throw new NotFoundError(`No actor with id ${id} in this archive.`);
    return toActor(row);
  }

  function touchActor(rec: EditRecorder, id: number): void {
    rec.touch('actors', { id });
    rec.touchWhere('actor_names', 'actor_id = ?', [id]);
  }

  function writeActor(id: number, actor: Actor): void {
    db.prepare('UPDATE actors SET name = ?, aliases = ?, role = ?, organization = ?, roles = ?, nation = ? WHERE id = ?').run(
      actor.name, JSON.stringify(actor.aliases), actor.role, actor.organization, JSON.stringify(actor.roles), actor.nation, id,
    );
    registry.setNames(id, [actor.name, ...actor.aliases]);
  }

  /** Statements of the actor take its nation, except those whose nation was set by hand. */
  function propagateNation(rec: EditRecorder, actorId: number, nation: string | null): { updated: number; kept: number } {
    rec.touchWhere('statements', 'actor_id = ? AND nation_set_by_hand = 0 AND nation IS NOT ?', [actorId, nation]);
    const updated = db
      .prepare('UPDATE statements SET nation = ?, updated_at = ? WHERE actor_id = ? AND nation_set_by_hand = 0 AND nation IS NOT ?')
      .run(nation, new Date().toISOString(), actorId, nation).changes;
    const kept = (db.prepare<[number], { n: number }>('SELECT count(*) AS n FROM statements WHERE actor_id = ? AND nation_set_by_hand = 1').get(actorId)?.n) ?? 0;
    return { updated, kept };
  }

  function create(input: ActorInput): Actor {
    const now = new Date().toISOString();
    const { result: id } = history.edit('actor.create', `Add actor “${input.name}”`, (rec) => {
      const newId = Number(
        db
          .prepare(`INSERT INTO actors (name, role, organization, nation, aliases, roles, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`)
          .run(input.name, input.role ?? null, input.organization ?? null, input.nation ?? null,
            JSON.stringify(uniqueNames(input.name, input.aliases ?? [])), JSON.stringify(input.roles ?? []), now).lastInsertRowid,
      );
      rec.created('actors', { id: newId });
      const names = [input.name, ...uniqueNames(input.name, input.aliases ?? [])];
      for (const name of names) rec.created('actor_names', { name_key: actorNameKey(name), actor_id: newId });
      registry.setNames(newId, names);
      return newId;
    });
    return get(id);
  }

  return {
    list(options: { query?: string; nation?: string; offset?: number; limit?: number }): ActorPage {
      const where: string[] = [];
      const params: unknown[] = [];
      const query = options.query?.trim();
      if (query) {
        // Name or alias containing what was typed; escape LIKE's wildcards.
        const like = `%${actorNameKey(query).replace(/[\\%_]/gu, (c) => `\\${c}`)}%`;
        where.push(`a.id IN (SELECT actor_id FROM actor_names WHERE name_key LIKE ? ESCAPE '\\')`);
        params.push(like);
      }
      if (options.nation) {
        where.push('a.nation = ?');
        params.push(options.nation);
      }
      const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
      const total = (db.prepare(`SELECT count(*) AS n FROM actors a ${clause}`).get(...params) as { n: number }).n;
      const rows = db
        .prepare(`SELECT ${COLUMNS} FROM actors a ${clause} ORDER BY statement_count DESC, a.name LIMIT ? OFFSET ?`)
        .all(...params, options.limit ?? 100, options.offset ?? 0) as ActorRow[];
      return { total, rows: rows.map(toActor) };
    },

    get(id: number): ActorDetail {
      const actor = get(id);
      const rows = db
        .prepare<[number], DeskStatementRow & { a_title: string | null; a_outlet: string | null; a_published: string | null }>(
          `SELECT s.*, a.title AS a_title, a.outlet AS a_outlet, a.published_at AS a_published
           FROM statements s JOIN articles a ON a.id = s.article_id
           WHERE s.actor_id = ? ORDER BY a.published_at IS NULL, a.published_at, s.article_id, s.content_start`,
        )
        .all(id);
      const statements = reader.decorate(rows);
      return {
        ...actor,
        statements: statements.map((statement, i) => ({
          statement,
          article: { id: statement.articleId, title: rows[i]!.a_title, outlet: rows[i]!.a_outlet, publishedAt: rows[i]!.a_published },
        })),
      };
    },

    create,

    update(id: number, changes: ActorChanges): Actor {
      const current = get(id);
      const name = changes.name ?? current.name;
      const next: Actor = {
        ...current,
        name,
        aliases: uniqueNames(name, changes.aliases ?? (changes.name && changes.name !== current.name ? [current.name, ...current.aliases] : current.aliases)),
        role: changes.role !== undefined ? changes.role : current.role,
        organization: changes.organization !== undefined ? changes.organization : current.organization,
        roles: changes.roles ?? current.roles,
      };
      history.edit('actor.edit', `Edit actor “${current.name}”`, (rec) => {
        touchActor(rec, id);
        for (const n of [next.name, ...next.aliases]) rec.touch('actor_names', { name_key: actorNameKey(n), actor_id: id });
        writeActor(id, next);
      });
      return get(id);
    },

    setNation(id: number, nation: string | null): ActorNationOutcome {
      const current = get(id);
      const { result } = history.edit('actor.nation', `Set ${current.name}’s nation to ${nation ?? 'unknown'}`, (rec) => {
        rec.touch('actors', { id });
        db.prepare('UPDATE actors SET nation = ? WHERE id = ?').run(nation, id);
        return propagateNation(rec, id, nation);
      });
      return { actor: get(id), statementsUpdated: result.updated, statementsKeptByHand: result.kept };
    },

    merge(sourceId: number, targetId: number): Actor {
      if (sourceId === targetId) throw new DeskInputError('An actor cannot be merged into itself.');
      const source = get(sourceId);
      const target = get(targetId);
      history.edit('actor.merge', `Merge “${source.name}” into “${target.name}”`, (rec) => {
        touchActor(rec, sourceId);
        touchActor(rec, targetId);
        rec.touchWhere('statements', 'actor_id = ?', [sourceId]);
        const merged: Actor = {
          ...target,
          aliases: uniqueNames(target.name, [...target.aliases, source.name, ...source.aliases]),
          role: target.role ?? source.role,
          organization: target.organization ?? source.organization,
          roles: [...target.roles, ...source.roles.filter((r) => !target.roles.some((t) => JSON.stringify(t) === JSON.stringify(r)))],
          nation: target.nation ?? source.nation,
        };
        for (const n of [merged.name, ...merged.aliases]) rec.touch('actor_names', { name_key: actorNameKey(n), actor_id: targetId });
        db.prepare('UPDATE statements SET actor_id = ?, updated_at = ? WHERE actor_id = ?').run(targetId, new Date().toISOString(), sourceId);
        db.prepare('DELETE FROM actors WHERE id = ?').run(sourceId);
        writeActor(targetId, merged);
        // The merged statements speak for the target's nation now, unless set by hand.
        if (merged.nation !== null) propagateNation(rec, targetId, merged.nation);
      });
      return get(targetId);
    },

    split(id: number, statementIds: readonly number[], name: string, aliases: readonly string[] = [], nation?: string | null): ActorSplitOutcome {
      const original = get(id);
      const wrong = db
        .prepare<[string, number], { id: number }>('SELECT value AS id FROM json_each(?) WHERE value NOT IN (SELECT id FROM statements WHERE actor_id = ?)')
        .all(JSON.stringify(statementIds), id);
      if (wrong.length > 0) throw new DeskInputError(`Statements ${wrong.map((w) => w.id).join(', ')} are not ${original.name}’s.`);
      const newNation = nation === undefined ? original.nation : nation;
      const { result } = history.edit('actor.split', `Split “${name}” from “${original.name}”`, (rec) => {
        const now = new Date().toISOString();
        const names = [name, ...uniqueNames(name, aliases)];
        const newId = Number(
          db.prepare(`INSERT INTO actors (name, role, organization, nation, aliases, roles, created_at) VALUES (?, NULL, NULL, ?, ?, '[]', ?)`)
            .run(name, newNation, JSON.stringify(names.slice(1)), now).lastInsertRowid,
        );
        rec.created('actors', { id: newId });
        for (const n of names) rec.created('actor_names', { name_key: actorNameKey(n), actor_id: newId });
        registry.setNames(newId, names);
        for (const statementId of statementIds) rec.touch('statements', { id: statementId });
        const moved = db
          .prepare(`UPDATE statements SET actor_id = ?, updated_at = ? WHERE id IN (SELECT value FROM json_each(?))`)
          .run(newId, now, JSON.stringify(statementIds)).changes;
        propagateNation(rec, newId, newNation);
        return { newId, moved };
      });
      return { original: get(id), created: get(result.newId), statementsMoved: result.moved };
    },
  };
}
