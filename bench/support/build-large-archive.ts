// Builds a large archive quickly for benchmarks, writing through the core's own stores (articles,
// statements with actor matching, story links, FTS through the schema's triggers) but without running
// the importers or the extractor: the statements are made with the text. Deterministic for a seed.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ExtractedStatement } from '../../shared/domain/extraction';
import { STANCES } from '../../shared/domain/archive';
import { createArticleStore } from '../../electron/core/articles/article-store';
import { contentKey } from '../../electron/core/import/content-key';
import { openArchive } from '../../electron/core/db/open';
import { migrations } from '../../electron/core/db/migrations';
import { fingerprint } from '../../electron/core/import/near-duplicates';
import { createStoryLinker } from '../../electron/core/import/story-linker';
import { createStatementStore } from '../../electron/core/statements/statement-store';

export interface LargeArchiveOptions {
  articles: number;
  /** Statements in an ordinary article. */
  statementsPerArticle: number;
  /** Every n-th article is a long one with `longStatements` statements (the desk opens those). */
  longEvery: number;
  longStatements: number;
  /** Share of statements tagged with a topic and a stance. */
  taggedShare: number;
  seed: number;
  /** One more article at the end, of this many lines and statements (none when 0): the reader's worst case. */
  hugeLines: number;
  hugeStatements: number;
}

export const DEFAULT_LARGE_ARCHIVE: LargeArchiveOptions = {
  articles: 10_000,
  statementsPerArticle: 15,
  longEvery: 100,
  longStatements: 150,
  taggedShare: 0.05,
  seed: 7,
  hugeLines: 1_000_000,
  hugeStatements: 100_001,
};

export interface LargeArchive {
  path: string;
  options: LargeArchiveOptions;
  /** Ids of the long articles. */
  longArticleIds: number[];
  /** The huge article's id, when there is one. */
  hugeArticleId: number | null;
  /** Words that occur in statements, for queries. */
  vocabulary: readonly string[];
  nations: readonly string[];
  outlets: readonly string[];
}

const NATIONS = ['US', 'RU', 'CN', 'FR', 'GB', 'DE', 'UA', 'IN', 'JP', 'KR', 'KP', 'IR', 'IL', 'TR', 'BR', 'ZA', 'SE', 'NO', 'PL', 'EG'];
const OUTLETS = Array.from({ length: 30 }, (_, i) => `Outlet ${String.fromCharCode(65 + (i % 26))}${i >= 26 ? i : ''}`);
const FIRST = ['Anna', 'Lars', 'Eva', 'Sabrina', 'Raj', 'Mina', 'Olga', 'Pierre', 'Chen', 'Hiro', 'Amir', 'Sara', 'Tomas', 'Ines', 'Kofi', 'Lena'];
const LAST = ['Berg', 'Holm', 'Lind', 'Singh', 'Ortega', 'Petrova', 'Dubois', 'Wei', 'Tanaka', 'Haddad', 'Cohen', 'Novak', 'Silva', 'Mensah', 'Weber', 'Kowalski'];
const ROLES = ['Foreign Minister', 'Defence Minister', 'spokesperson', 'Prime Minister', 'ambassador', 'Trade Minister'];
const VOCABULARY = [
  'sanctions', 'embargo', 'arms', 'transfer', 'ceasefire', 'talks', 'grain', 'corridor', 'missile', 'launch', 'troops', 'border',
  'tariffs', 'trade', 'energy', 'pipeline', 'nuclear', 'inspection', 'summit', 'agreement', 'aid', 'refugees', 'election', 'security',
  'alliance', 'exercise', 'drills', 'deterrence', 'dialogue', 'provocation', 'escalation', 'negotiations', 'delegation', 'visit',
  'cooperation', 'investment', 'climate', 'emissions', 'debt', 'loan', 'currency', 'shipping', 'strait', 'fleet', 'airspace',
  'peace', 'stability', 'threat', 'response', 'measures', 'partners', 'region', 'will', 'not', 'accept', 'continue', 'support',
  'oppose', 'condemn', 'welcome', 'urge', 'restraint', 'respect', 'sovereignty', 'integrity', 'rights', 'law', 'international',
];

const SYLLABLES = ['ka', 'lo', 'mi', 'ter', 'van', 'dus', 'pre', 'sol', 'gan', 'rith', 'bel', 'cor', 'fen', 'hal', 'jor', 'nex', 'pol', 'quin', 'ros', 'tav'];
/** Rarer words after the common ones, as in real news: most statements carry a few distinctive words. */
const RARE_WORDS = Array.from({ length: 4000 }, (_, i) =>
  `${SYLLABLES[i % 20]}${SYLLABLES[Math.floor(i / 20) % 20]}${SYLLABLES[Math.floor(i / 400) % 20]}`,
);

/** A small, fast, seeded generator (mulberry32): the same seed builds the same archive. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

/**
 * One article: a headline, then one paragraph per statement, each statement's spans exact. Given
 * `lines`, plain paragraphs (one short line each) fill the text between statements up to that many lines.
 */
function makeArticle(rand: () => number, index: number, statementCount: number, lines = 0) {
  const title = `${pick(rand, VOCABULARY)} ${pick(rand, VOCABULARY)} report ${index}`;
  const parts: string[] = [`${title}\n\n`];
  let length = parts[0]!.length;
  const statements: ExtractedStatement[] = [];
  // Each statement paragraph and each filler paragraph takes two lines (its line and a blank one).
  const fillerPerStatement = lines > 0 ? Math.max(0, (lines - 2 - 2 * statementCount) / 2 / Math.max(1, statementCount)) : 0;
  let fillerOwed = 0;
  for (let i = 0; i < statementCount; i++) {
    fillerOwed += fillerPerStatement;
    for (; fillerOwed >= 1; fillerOwed--) {
      const line = `${pick(rand, VOCABULARY)} ${pick(rand, VOCABULARY)} ${pick(rand, VOCABULARY)}.\n\n`;
      parts.push(line);
      length += line.length;
    }
    const first = pick(rand, FIRST);
    const last = pick(rand, LAST);
    const nation = pick(rand, NATIONS);
    const role = pick(rand, ROLES);
    // Two in three words common, the rest from a long tail (skewed towards its head).
    const words = Array.from({ length: 8 + Math.floor(rand() * 10) }, () =>
      rand() < 0.67 ? pick(rand, VOCABULARY) : RARE_WORDS[Math.floor(rand() * rand() * RARE_WORDS.length)]!,
    );
    const content = `${words[0]![0]!.toUpperCase()}${words.join(' ').slice(1)} ${index}-${i}.`;
    const speaker = `${role} ${first} ${last}`;
    const lead = `${speaker} said, “`;
    const start = length + lead.length;
    const paragraph = `${lead}${content}”\n\n`;
    parts.push(paragraph);
    length += paragraph.length;
    const mentionStart = start - lead.length + role.length + 1;
    statements.push({
      kind: 'direct',
      content: { start, end: start + content.length, text: content },
      cue: { start: start - 7, end: start - 3, text: 'said' },
      speaker: {
        mention: { start: mentionStart, end: mentionStart + first.length + 1 + last.length, text: `${first} ${last}` },
        name: `${first} ${last}`,
        role,
        organization: null,
        nation,
      },
      confidence: 0.9,
    });
  }
  return { title, text: parts.join(''), statements };
}

/** Builds (or reuses, when one with the same options exists) a large archive under the temp folder. */
export function buildLargeArchive(options: Partial<LargeArchiveOptions> = {}, folder = join(tmpdir(), 'parley-bench-archives')): LargeArchive {
  const o = { ...DEFAULT_LARGE_ARCHIVE, ...options };
  const huge = o.hugeStatements > 0 ? `-huge${o.hugeLines}x${o.hugeStatements}` : '';
  const name = `desk-v${migrations.length}-w2-${o.articles}x${o.statementsPerArticle}-long${o.longEvery}x${o.longStatements}-t${o.taggedShare}${huge}-s${o.seed}.sqlite`;
  const path = join(folder, name);
  const longArticleIds = Array.from({ length: Math.floor(o.articles / o.longEvery) }, (_, i) => i * o.longEvery + 1);
  const hugeArticleId = o.hugeStatements > 0 ? o.articles + 1 : null;
  const result: LargeArchive = { path, options: o, longArticleIds, hugeArticleId, vocabulary: VOCABULARY, nations: NATIONS, outlets: OUTLETS };
  if (existsSync(path)) return result;

  mkdirSync(dirname(path), { recursive: true });
  const building = `${path}.building`;
  rmSync(building, { force: true });
  const db = openArchive(building);
  try {
    const articles = createArticleStore(db);
    const statements = createStatementStore(db);
    const stories = createStoryLinker(db);
    const rand = random(o.seed);
    const now = new Date().toISOString();
    const topicIds: number[] = [];
    const addTopic = db.prepare('INSERT INTO topics (parent_id, name, colour, created_at) VALUES (?, ?, ?, ?)');
    for (const root of ['Security', 'Trade', 'Energy', 'Diplomacy', 'Human rights']) {
      const rootId = Number(addTopic.run(null, root, null, now).lastInsertRowid);
      topicIds.push(rootId);
      for (let c = 0; c < 6; c++) topicIds.push(Number(addTopic.run(rootId, `${root} ${c + 1}`, null, now).lastInsertRowid));
    }
    const tag = db.prepare('INSERT OR IGNORE INTO statement_topics (statement_id, topic_id, stance, created_at) SELECT id, ?, ?, ? FROM statements WHERE article_id = ? AND content_start = ?');
    const BATCH = 250;
    const total = o.articles + (hugeArticleId === null ? 0 : 1);
    for (let from = 0; from < total; from += BATCH) {
      db.transaction(() => {
        for (let index = from; index < Math.min(total, from + BATCH); index++) {
          const long = index % o.longEvery === 0;
          const huge = index === o.articles;
          const article =
            huge
              ? makeArticle(rand, index, o.hugeStatements, o.hugeLines)
              : makeArticle(rand, index, long ? o.longStatements : o.statementsPerArticle);
          const bytes = new TextEncoder().encode(article.text);
          const sha256 = createHash('sha256').update(bytes).digest('hex');
          const sourceFileId = articles.sourceFileId(
            { name: `a${index}.txt`, path: `bench/a${index}.txt`, format: 'txt', sha256, size: bytes.byteLength, stored: bytes, compression: null, modifiedAt: null },
            now,
          );
          const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(rand() * 6 * 365) * 86_400_000).toISOString().slice(0, 10);
          // Most articles stand alone; a few are linked into stories as the importer would.
          const print = index % 20 === 0 && index < o.articles ? fingerprint(article.text) : null;
          const story = print ? stories.find(print, now) : null;
          const articleId = articles.insert(
            { text: article.text, title: article.title, outlet: pick(rand, OUTLETS), byline: null, publishedAt: rand() < 0.9 ? day : null, language: 'en', url: null, dateline: null },
            {
              sourceFileId,
              sourceIndex: 0,
              originalName: `a${index}.txt`,
              format: 'txt',
              contentHash: contentKey(article.text, article.title),
              extractorVersion: 'bench',
              // Counted by the schema's triggers as the statements are inserted one by one; the huge
              // article's are stored in bulk (one trigger run each would rewrite its long row every time).
              statementCount: huge ? article.statements.length : 0,
              fingerprint: print,
              storyId: story?.storyId ?? null,
            },
            now,
          );
          if (huge) {
            const since = statements.beginBulk();
            statements.insertBulk(articleId, article.statements, now);
            statements.endBulk(since);
          } else statements.insertExtracted(articleId, article.statements, now);
          if (print) stories.addToBuckets(articleId, print);
          for (const s of article.statements) {
            if (rand() < o.taggedShare) tag.run(pick(rand, topicIds), pick(rand, STANCES), now, articleId, s.content.start);
          }
        }
      })();
    }
    db.exec("INSERT INTO statements_fts(statements_fts) VALUES ('optimize'); INSERT INTO articles_fts(articles_fts) VALUES ('optimize'); ANALYZE;");
  } finally {
    db.close();
  }
  for (const suffix of ['-wal', '-shm']) rmSync(`${building}${suffix}`, { force: true });
  renameSync(building, path);
  return result;
}
