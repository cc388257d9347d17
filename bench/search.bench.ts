// Search and paging at 100,000 articles against raw FTS5 on the same archive file, and the command
// line's cold start against a plain Node script doing the same query.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { createCore } from '../electron/core';
import { openArchive } from '../electron/core/db/open';
import { toFtsQuery } from '../electron/core/search/fts-query';
import { BUILT_CLI } from './built';
import { POLNEAR_DIR, report } from './measure';
import { readPolnearTexts } from './polnear-texts';
import { cachedArticleArchive } from './support/cached-article-archive';

const ARTICLES = 100_000;
const TEXT_CHARS = 2_000;
const RUNS = 15;
const texts = readPolnearTexts('train');
if (texts === null) {
  console.log(`search: skipped: PolNeAR is not at ${fileURLToPath(POLNEAR_DIR)}`);
  process.exit(0);
}

const archivePath = cachedArticleArchive({
  name: String(ARTICLES),
  textOf: (i) => {
    const source = texts[i % texts.length]!;
    const offset = (Math.floor(i / texts.length) * 137) % Math.max(1, source.length - TEXT_CHARS);
    return `Edition ${i}. ${source.slice(offset, offset + TEXT_CHARS)}`;
  },
  articles: ARTICLES,
});

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? 0;
}

const core = createCore({ archivePath, readonly: true });
const raw = new BetterSqlite3(archivePath, { readonly: true });
const rawSearch = raw.prepare(
  `SELECT a.id, a.title, a.outlet, a.published_at, a.original_name, a.imported_at FROM articles_fts f JOIN articles a ON a.id = f.rowid
   WHERE articles_fts MATCH ? ORDER BY f.rank LIMIT 50`,
);
const QUERIES = ['said', 'minister', 'nuclear', 'sanctions', 'Pyongyang', 'economy growth', '"foreign minister"', 'Trump', 'elect*', 'refugees'];
// The comparison holds only if both give the user the same page: the same articles in the same order.
let differing = 0;
for (const query of QUERIES) {
  const page = await core.handlers['articles.list']({ limit: 50, query });
  const rawIds = (rawSearch.all(toFtsQuery(query)!) as { id: number }[]).map((r) => r.id);
  if (JSON.stringify(page.rows.map((r) => r.id)) !== JSON.stringify(rawIds)) differing++;
}
const ours: number[] = [];
const baseline: number[] = [];
let total = 0;
for (let run = 0; run < RUNS; run++) {
  for (const query of QUERIES) {
    const match = toFtsQuery(query)!;
    // Interleaved, so both see the same load; which goes first alternates, since the second to run
    // a query finds its pages already in SQLite's and the system's caches.
    const timeOurs = async () => {
      const t = performance.now();
      const page = await core.handlers['articles.list']({ limit: 50, query });
      ours.push(performance.now() - t);
      total = Math.max(total, page.total);
    };
    const timeRaw = () => {
      const t = performance.now();
      rawSearch.all(match);
      baseline.push(performance.now() - t);
    };
    if (run % 2 === 0) {
      await timeOurs();
      timeRaw();
    } else {
      timeRaw();
      await timeOurs();
    }
  }
}
report('search 100k', {
  queries: QUERIES.length * RUNS,
  most_matches: total,
  pages_unlike_raw: differing,
  p50_ms: percentile(ours, 0.5).toFixed(1),
  p95_ms: percentile(ours, 0.95).toFixed(1),
  raw_fts5_p50_ms: percentile(baseline, 0.5).toFixed(1),
  raw_fts5_p95_ms: percentile(baseline, 0.95).toFixed(1),
  ratio_p50: (percentile(ours, 0.5) / percentile(baseline, 0.5)).toFixed(2),
  ratio_p95: (percentile(ours, 0.95) / percentile(baseline, 0.95)).toFixed(2),
});

// The library's last page: a keyset/index jump against the OFFSET query it replaced.
const offsetQuery = raw.prepare(
  `SELECT a.id, a.title, a.outlet, a.published_at, a.original_name, a.imported_at,
     (SELECT count(*) FROM statements s WHERE s.article_id = a.id AND s.review_state <> 'rejected') AS n
   FROM articles a ORDER BY a.id DESC LIMIT 50 OFFSET ?`,
);
const lastPage: number[] = [];
const lastOffset: number[] = [];
const sorted: number[] = [];
for (let run = 0; run < 5; run++) {
  let t = performance.now();
  await core.handlers['articles.list']({ limit: 50, offset: ARTICLES - 50 });
  lastPage.push(performance.now() - t);
  t = performance.now();
  await core.handlers['articles.list']({ limit: 50, offset: ARTICLES / 2, sort: 'title' });
  sorted.push(performance.now() - t);
  t = performance.now();
  offsetQuery.all(ARTICLES - 50);
  lastOffset.push(performance.now() - t);
}
report('library 100k', {
  last_page_ms: percentile(lastPage, 0.5).toFixed(1),
  middle_by_title_ms: percentile(sorted, 0.5).toFixed(1),
  old_offset_last_page_ms: percentile(lastOffset, 0.5).toFixed(1),
});
core.close();
raw.close();

// Cold start: `parley search` on a small archive against a plain Node script running the same query.
const small = mkdtempSync(join(tmpdir(), 'parley-bench-cli-'));
try {
  const smallArchive = join(small, 'a.sqlite');
  const seed = openArchive(smallArchive);
  seed.prepare(`INSERT INTO articles (title, original_name, format, content_hash, text, imported_at) VALUES ('Talks', 'a.txt', 'txt', 'h', 'The minister said talks go on.', 'now')`).run();
  seed.close();
  const script = join(small, 'plain.mjs');
  const betterSqlite = fileURLToPath(import.meta.resolve('better-sqlite3'));
  writeFileSync(
    script,
    `import Database from ${JSON.stringify(betterSqlite)};
const db = new Database(process.argv[2], { readonly: true });
const rows = db.prepare('SELECT a.id, a.title FROM articles_fts f JOIN articles a ON a.id = f.rowid WHERE articles_fts MATCH ? ORDER BY f.rank LIMIT 20').all('"minister"*');
for (const r of rows) process.stdout.write(r.id + '\\t' + r.title + '\\n');\n`,
  );
  const time = (args: string[]) => {
    const t = performance.now();
    const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(run.stderr);
    return performance.now() - t;
  };
  time([BUILT_CLI, 'search', '--archive', smallArchive, 'minister']);
  const cli: number[] = [];
  const plain: number[] = [];
  for (let run = 0; run < 7; run++) {
    cli.push(time([BUILT_CLI, 'search', '--archive', smallArchive, 'minister']));
    plain.push(time([script, smallArchive]));
  }
  report('cli search cold', {
    parley_search_ms: percentile(cli, 0.5).toFixed(0),
    plain_script_ms: percentile(plain, 0.5).toFixed(0),
    ratio: (percentile(cli, 0.5) / percentile(plain, 0.5)).toFixed(2),
  });
} finally {
  rmSync(small, { recursive: true, force: true });
}
