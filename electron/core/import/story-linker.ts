import type { Database } from 'better-sqlite3';
import { similarity } from './near-duplicates';

/** Articles at least this similar (estimated Jaccard over word shingles) are one story. */
export const SAME_STORY_THRESHOLD = 0.6;
const BANDS = 16;
/**
 * Members of one story share its buckets, so the newest few per bucket are enough to find it; the
 * bound keeps linking constant-time when thousands of near-identical items (a template) arrive.
 */
const CANDIDATES_PER_BUCKET = 12;

/** The story a new article joins, found before the article is written so its row is written once. */
export interface StoryMatch {
  storyId: number;
  /** The earlier article it was matched with. */
  linkedTo: number;
}

/**
 * Links an article to an earlier one telling the same story (a wire story republished with
 * small edits). Candidates come from locality-sensitive buckets kept in the archive, so
 * nothing has to be loaded into memory at start-up.
 */
export function createStoryLinker(db: Database) {
  const addBuckets = db.prepare<[number, string]>(
    'INSERT OR IGNORE INTO article_buckets (bucket, article_id) SELECT value, ? FROM json_each(?)',
  );
  // One statement for all bands, each band's newest members only (see CANDIDATES_PER_BUCKET).
  const perBand = `SELECT * FROM (SELECT article_id FROM article_buckets WHERE bucket = ? ORDER BY article_id DESC LIMIT ${CANDIDATES_PER_BUCKET})`;
  const candidates = db.prepare<unknown[], { id: number; story_id: number | null; fingerprint: Buffer | null }>(
    `SELECT a.id, a.story_id, a.fingerprint FROM articles a WHERE a.id IN (${Array(BANDS).fill(perBand).join(' UNION ')})`,
  );
  const newStory = db.prepare('INSERT INTO stories (created_at) VALUES (?)');
  const setStory = db.prepare('UPDATE articles SET story_id = ? WHERE id = ?');

  return {
    /** Call inside the article's transaction, before it is inserted. */
    find(print: Uint32Array, now: string): StoryMatch | null {
      let best: { id: number; storyId: number | null; score: number } | null = null;
      for (const row of candidates.all(...bandBuckets(print))) {
        if (!row.fingerprint) continue;
        const other = new Uint32Array(row.fingerprint.buffer.slice(row.fingerprint.byteOffset, row.fingerprint.byteOffset + row.fingerprint.byteLength));
        const score = similarity(print, other);
        if (score >= SAME_STORY_THRESHOLD && (!best || score > best.score)) best = { id: row.id, storyId: row.story_id, score };
      }
      if (!best) return null;
      const storyId = best.storyId ?? Number(newStory.run(now).lastInsertRowid);
      // The earlier article's row is rewritten once, when its story begins.
      if (best.storyId === null) setStory.run(storyId, best.id);
      return { storyId, linkedTo: best.id };
    },

    /** Call after the article is inserted (with its fingerprint and story), in the same transaction. */
    addToBuckets(articleId: number, print: Uint32Array): void {
      addBuckets.run(articleId, JSON.stringify(bandBuckets(print)));
    },
  };
}

export type StoryLinker = ReturnType<typeof createStoryLinker>;

/** One bucket per band of the MinHash signature; equal bands mean equal buckets. */
function bandBuckets(signature: Uint32Array): number[] {
  const rows = Math.max(1, Math.floor(signature.length / BANDS));
  const buckets: number[] = [];
  for (let band = 0; band * rows < signature.length && band < BANDS; band++) {
    // Two independent 32-bit FNV-1a hashes make a 52-bit bucket that SQLite stores exactly.
    let h1 = 0x811c9dc5 ^ band;
    let h2 = 0x01000193 ^ (band * 0x9e3779b1);
    for (let i = band * rows; i < (band + 1) * rows && i < signature.length; i++) {
      const v = signature[i] ?? 0;
      h1 = Math.imul(h1 ^ v, 0x01000193) >>> 0;
      h2 = Math.imul(h2 ^ (v >>> 16) ^ (v << 7), 0x5bd1e995) >>> 0;
    }
    buckets.push((h1 & 0xfffff) * 0x100000000 + h2);
  }
  // The candidate query takes exactly BANDS buckets; a repeat changes nothing in its UNION.
  while (buckets.length < BANDS) buckets.push(buckets[0] ?? 0);
  return buckets;
}
