// The positions bench's archive: a deterministic spread of nations, outlets, topics, stances and review states.
import { openArchive } from '../../electron/core/db/open';

const PER_ARTICLE = 40;
const NATIONS = ['US', 'RU', 'CN', 'KP', 'KR', 'JP', 'GB', 'FR', 'DE', 'IN', 'IR', 'IL', 'UA', 'TR', 'SA', 'BR', 'ZA', 'EG', 'PK', 'AU',
  'CA', 'MX', 'IT', 'ES', 'PL', 'SE', 'NO', 'FI', 'NL', 'BE', 'CH', 'AT', 'GR', 'HU', 'RO', 'VN', 'TH', 'ID', 'PH', 'MY'];
const OUTLETS = Array.from({ length: 25 }, (_, i) => `Outlet ${i + 1}`);
const TOPICS = 30;
const STANCES = ['supports', 'opposes', 'concerned', 'neutral', 'ambiguous', null];

/** A small deterministic generator, so every run measures the same archive. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Fills a new archive at `path` with `statements` tagged statements (one topic each) over 40 nations, 25 outlets and 30 topics, 5 of them parents. */
export function buildPositionsArchive(path: string, STATEMENTS: number): void {
  const db = openArchive(path);
  const rand = random(42);
  const now = '2026-01-01T00:00:00.000Z';
  // The matrix never reads the statements' full-text index: filling it would only slow the build.
  const ftsTrigger = db.prepare<[], { sql: string }>(`SELECT sql FROM sqlite_master WHERE name = 'statements_fts_insert'`).get();
  if (ftsTrigger) db.exec('DROP TRIGGER statements_fts_insert');
  db.transaction(() => {
    const topic = db.prepare('INSERT INTO topics (parent_id, name, created_at) VALUES (?, ?, ?)');
    for (let t = 1; t <= TOPICS; t++) topic.run(t > 5 ? 1 + (t % 5) : null, `Topic ${t}`, now);
    const article = db.prepare(
      `INSERT INTO articles (title, outlet, published_at, original_name, format, content_hash, text, imported_at)
       VALUES (?, ?, ?, ?, 'text', ?, ?, ?)`,
    );
    const statement = db.prepare(
      `INSERT INTO statements (article_id, kind, content_start, content_end, content_text, speaker_name, nation, origin, review_state, created_at, updated_at)
       VALUES (?, 'direct', ?, ?, ?, ?, ?, 'automatic', ?, ?, ?)`,
    );
    const tag = db.prepare('INSERT INTO statement_topics (statement_id, topic_id, stance, created_at) VALUES (?, ?, ?, ?)');
    const articles = Math.ceil(STATEMENTS / PER_ARTICLE);
    const start = Date.parse('2023-01-01');
    let made = 0;
    for (let a = 1; a <= articles; a++) {
      // One article in fifty has no date.
      const day = rand() < 0.02 ? null : new Date(start + Math.floor(rand() * 3 * 365) * 86_400_000).toISOString().slice(0, 10);
      const id = Number(article.run(`Article ${a}`, OUTLETS[Math.floor(rand() * OUTLETS.length)], day, `a${a}.txt`, `hash${a}`, `Article ${a} text.`, now).lastInsertRowid);
      for (let i = 0; i < PER_ARTICLE && made < STATEMENTS; i++, made++) {
        const nation = NATIONS[Math.floor(rand() ** 1.6 * NATIONS.length)]!;
        const review = rand() < 0.05 ? 'rejected' : rand() < 0.3 ? 'confirmed' : 'unreviewed';
        const sid = Number(statement.run(id, i * 10, i * 10 + 8, `Said ${made}`, `Speaker ${made % 997}`, nation, review, now, now).lastInsertRowid);
        tag.run(sid, 1 + Math.floor(rand() * TOPICS), STANCES[Math.floor(rand() * STANCES.length)], now);
      }
    }
  })();
  if (ftsTrigger) db.exec(ftsTrigger.sql);
  db.close();
}

