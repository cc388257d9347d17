// Import throughput against raw SQLite + FTS5 on the same texts in the same run: PolNeAR train as a
// folder of .txt files, as HTML pages and as one JSONL file. The ratio is Parley's articles per second
// (parsing, metadata, extraction, statements, story linking, compressed originals) over the raw rate.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { createCore } from '../electron/core';
import { builtWorkerPath } from './built';
import { POLNEAR_DIR, report } from './measure';

const trainText = join(fileURLToPath(POLNEAR_DIR), 'train', 'text');
if (!existsSync(trainText)) {
  console.log(`import: skipped: PolNeAR is not at ${trainText}`);
  process.exit(0);
}

const articles = readdirSync(trainText)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(join(trainText, f), 'utf8') }));
const work = mkdtempSync(join(tmpdir(), 'parley-bench-import-'));

function escapeHtml(s: string): string {
  return s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function asHtml(text: string): string {
  const [title = '', ...rest] = text.split('\n');
  const paragraphs = rest.join('\n').split(/\n\s*\n/).filter((p) => p.trim());
  return `<!doctype html><html><head><title>${escapeHtml(title)}</title><meta property="og:site_name" content="Bench Daily">
<script>alert(1)</script></head><body><nav><a href="/">Home</a> <a href="/politics">Politics</a></nav>
<article><h1>${escapeHtml(title)}</h1>${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}</article>
<footer>© Bench Daily. All rights reserved.</footer></body></html>`;
}

/** Reads the layout's files back (as the import must) and inserts their texts into a plain FTS5 archive. */
function rawRate(layout: string, paths: string[]): number {
  const db = new BetterSqlite3(join(work, `raw-${layout}.sqlite`));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`CREATE TABLE docs (id INTEGER PRIMARY KEY, title TEXT, text TEXT NOT NULL);
    CREATE VIRTUAL TABLE docs_fts USING fts5(title, text, content='docs', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
    CREATE TRIGGER docs_ai AFTER INSERT ON docs BEGIN INSERT INTO docs_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END;`);
  const insert = db.prepare('INSERT INTO docs (title, text) VALUES (?, ?)');
  const started = performance.now();
  let count = 0;
  db.transaction(() => {
    for (const path of paths) {
      if (path.endsWith('.jsonl')) {
        for (const line of readFileSync(path, 'utf8').split('\n')) {
          if (!line) continue;
          const record = JSON.parse(line) as { title: string; text: string };
          insert.run(record.title, record.text);
          count++;
        }
      } else {
        for (const name of readdirSync(path).sort()) {
          const text = readFileSync(join(path, name), 'utf8');
          insert.run(text.split('\n')[0] ?? null, text);
          count++;
        }
      }
    }
  })();
  const seconds = (performance.now() - started) / 1000;
  db.close();
  return count / seconds;
}

const layouts: Record<string, () => string[]> = {
  txt: () => {
    const dir = join(work, 'txt');
    mkdirSync(dir);
    for (const a of articles) writeFileSync(join(dir, a.name), a.text);
    return [dir];
  },
  html: () => {
    const dir = join(work, 'html');
    mkdirSync(dir);
    for (const a of articles) writeFileSync(join(dir, a.name.replace(/\.txt$/, '.html')), asHtml(a.text));
    return [dir];
  },
  jsonl: () => {
    const file = join(work, 'articles.jsonl');
    writeFileSync(file, articles.map((a) => JSON.stringify({ title: a.text.split('\n')[0], text: a.text, outlet: 'Bench Daily' })).join('\n'));
    return [file];
  },
};

try {
  for (const [layout, prepare] of Object.entries(layouts)) {
    const paths = prepare();
    const archivePath = join(work, `${layout}.sqlite`);
    const core = createCore({ archivePath, importWorkerPath: builtWorkerPath() });
    // Workers load once per session (the app and browser mode keep them warm); reported apart.
    const warmFile = join(work, `warm-${layout}.txt`);
    writeFileSync(warmFile, `Warm-up ${layout}\n\nThe spokesperson said, “This only loads the importers.”\n`);
    const warmStart = performance.now();
    await core.importPaths([warmFile]).done;
    const startup = (performance.now() - warmStart) / 1000;
    const started = performance.now();
    const summary = await core.importPaths(paths).done;
    const seconds = (performance.now() - started) / 1000;
    const again = performance.now();
    const repeat = await core.importPaths(paths).done;
    const repeatSeconds = (performance.now() - again) / 1000;
    core.close();
    const rate = summary.counts.imported / seconds;
    // Raw right after, so both see the same machine load.
    const raw = rawRate(layout, paths);
    const archiveBytes = statSize(archivePath);
    report(`import ${layout}`, {
      workers_startup_s: startup.toFixed(2),
      articles: summary.counts.imported,
      failed: summary.counts.failed,
      seconds: seconds.toFixed(2),
      articles_per_s: Math.round(rate),
      raw_fts5_per_s: Math.round(raw),
      ratio_vs_raw: (rate / raw).toFixed(2),
      reimport_all_duplicates_s: repeatSeconds.toFixed(2),
      reimport_vs_import: (repeatSeconds / seconds).toFixed(2),
      archive_kib_per_article: Math.round(archiveBytes / 1024 / Math.max(1, summary.counts.imported)),
      duplicates_on_reimport: repeat.counts.duplicates,
    });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

function statSize(path: string): number {
  const db = new BetterSqlite3(path, { readonly: true });
  const pages = db.pragma('page_count', { simple: true }) as number;
  const size = db.pragma('page_size', { simple: true }) as number;
  db.close();
  return pages * size;
}
