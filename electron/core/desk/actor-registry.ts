import type { Database } from 'better-sqlite3';

/** How names are compared: case, diacritics and spacing do not make two people. */
export function actorNameKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/gu, ' ').trim();
}

export interface SpeakerIdentity {
  name: string;
  role: string | null;
  organization: string | null;
  nation: string | null;
}

/**
 * Finds the actor a named speaker stands for, by canonical name or alias, or registers a new one.
 * A known name with another nation is another person (two "Ministers of Defence" named alike);
 * a name known without a nation matches any.
 */
export function createActorRegistry(db: Database) {
  const byKey = db.prepare<[string], { id: number; nation: string | null }>(
    `SELECT a.id, a.nation FROM actor_names n JOIN actors a ON a.id = n.actor_id WHERE n.name_key = ? ORDER BY a.id`,
  );
  const insertActor = db.prepare(
    `INSERT INTO actors (name, role, organization, nation, aliases, roles, created_at) VALUES (?, ?, ?, ?, '[]', '[]', ?)`,
  );
  const insertName = db.prepare('INSERT OR IGNORE INTO actor_names (name_key, actor_id) VALUES (?, ?)');

  return {
    /** The matching actor, or null. */
    find(name: string, nation: string | null): { id: number; nation: string | null } | null {
      const found = byKey.all(actorNameKey(name));
      return (
        found.find((a) => a.nation === nation) ??
        found.find((a) => a.nation === null || nation === null) ??
        null
      );
    },

    /** Call inside a transaction. Returns the actor and the nation its statements take. */
    resolve(speaker: SpeakerIdentity, now: string): { id: number; nation: string | null; created: boolean } {
      const found = this.find(speaker.name, speaker.nation);
      if (found) return { id: found.id, nation: speaker.nation ?? found.nation, created: false };
      const id = Number(insertActor.run(speaker.name, speaker.role, speaker.organization, speaker.nation, now).lastInsertRowid);
      insertName.run(actorNameKey(speaker.name), id);
      return { id, nation: speaker.nation, created: true };
    },

    /** Rewrites the names an actor is known by (canonical name and aliases). */
    setNames(actorId: number, names: readonly string[]): void {
      db.prepare('DELETE FROM actor_names WHERE actor_id = ?').run(actorId);
      for (const name of names) insertName.run(actorNameKey(name), actorId);
    },
  };
}

export type ActorRegistry = ReturnType<typeof createActorRegistry>;
