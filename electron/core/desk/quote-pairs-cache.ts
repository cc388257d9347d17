import type { Database } from 'better-sqlite3';
import type { QuotePair } from '../../../shared/domain/desk';
import type { EventHub } from '../events';

/** Articles whose pairs are kept: the panes of a desk and a few closed since. */
const KEPT_ARTICLES = 64;

/**
 * The same-quote pairs of recently asked articles. Finding them searches the archive once per
 * statement, so an answer is kept until something that can change it happens: any desk edit but a
 * tag (tags change neither wording, speaker nor date), an import, or a write from another connection
 * (SQLite's data_version) or one that stored statements without saying so (the highest statement id;
 * counting them would cost more than a cached answer saves).
 */
export function createQuotePairsCache(db: Database, events: EventHub) {
  const kept = new Map<string, QuotePair[]>();
  const dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck();
  const newestStatement = db.prepare<[], number | null>('SELECT max(id) FROM statements').pluck();
  let shape = '';

  events.on((name, payload) => {
    if (name === 'desk.changed' && (payload as { tagsOf?: number[] }).tagsOf) return;
    if (name === 'desk.changed' || name === 'archive.changed') kept.clear();
  });

  function currentShape(): string {
    return `${dataVersion.get()}:${newestStatement.get()}`;
  }

  return {
    pairs(articleId: number, otherArticleId: number | undefined, find: () => QuotePair[]): QuotePair[] {
      const now = currentShape();
      if (now !== shape) {
        kept.clear();
        shape = now;
      }
      const key = `${articleId}:${otherArticleId ?? ''}`;
      const cached = kept.get(key);
      if (cached) {
        // Most recently asked last, so the oldest goes first when the cache is full.
        kept.delete(key);
        kept.set(key, cached);
        return cached;
      }
      const found = find();
      kept.set(key, found);
      if (kept.size > KEPT_ARTICLES) kept.delete(kept.keys().next().value!);
      return found;
    },
  };
}
