// Import throughput against raw SQLite + FTS5 on the same texts in the same run: PolNeAR train as a
// folder of .txt files, as HTML pages and as one JSONL file. The ratio is Parley's articles per second
// (parsing, metadata, extraction, statements, story linking, compressed originals) over the raw rate.
// Beside it, CPU time per article of each stage on one thread (parse and the rest of preparation,
// extraction, writing the archive; on texts the extractor has not seen), the import's CPU time on all
// threads, split into the core's thread, the import workers and V8's background threads (compiling
// and collecting for all of them), and what the stage costs give on two cores with and without
// extraction: wall-clock ratios swing with the machine's load, CPU time much less.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { createCore } from '../electron/core';
import { createArticleStore } from '../electron/core/articles/article-store';
import { openArchive } from '../electron/core/db/open';
import { EventHub } from '../electron/core/events';
import { ImportJobs } from '../electron/core/import/import-jobs';
import { prepareTask, type ArchiveLookup, type PreparedResult } from '../electron/core/import/prepare';
import { createStoryLinker } from '../electron/core/import/story-linker';
import { walkPaths } from '../electron/core/import/walk-paths';
import { createStatementStore } from '../electron/core/statements/statement-store';
import { builtWorkerPath } from './built';
import { POLNEAR_DIR, report, threadCpuSnapshot } from './measure';

const trainText = join(fileURLToPath(POLNEAR_DIR), 'train', 'text');
const devText = join(fileURLToPath(POLNEAR_DIR), 'dev', 'text');
if (!existsSync(trainText) || !existsSync(devText)) {
  console.log(`import: skipped: PolNeAR train and dev are not at ${join(trainText, '..', '..')}`);
  process.exit(0);
}

const readArticles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));
const articles = readArticles(trainText);
/** Other articles (PolNeAR dev) that settle the code before the stages are timed. */
const warmArticles = readArticles(devText);
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

/** CPU milliseconds of the whole process (every thread). */
function processCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Each stage on this thread alone, per article in CPU ms (every thread of the process, so the JIT's
 * background compiles count): preparation as the workers do it (read, parse, metadata, content key,
 * compressed original, then extraction and fingerprint), and writing the prepared articles to a fresh
 * archive as the core's thread does. The code is warmed on other articles (PolNeAR dev) first, so the
 * extractor meets the timed texts for the first time, as in an import: it keeps caches of phrases and
 * sentences, and a second pass over the same texts would cost about half as much.
 */
async function stageCosts(layout: string, paths: string[], warmPaths: string[]): Promise<{ prepare: number; extract: number; write: number }> {
  // Every text taken for one the archive already holds: everything before extraction, nothing after.
  const allKnown: ArchiveLookup = { articleWithContent: () => 1, hasSourceFile: () => false };
  const prepareAll = async (from: string[], lookup?: ArchiveLookup) => {
    const results: PreparedResult[] = [];
    for await (const walked of walkPaths(from)) {
      if (walked.kind !== 'file') continue;
      for await (const result of prepareTask({ kind: 'file', path: walked.path }, { syncReads: true, lookup })) if (!('parsed' in result)) results.push(result);
    }
    return results;
  };
  for (let pass = 0; pass < 2; pass++) await prepareAll(warmPaths);
  let started = processCpuMs();
  await prepareAll(paths, allKnown);
  const prepare = processCpuMs() - started;
  started = processCpuMs();
  const prepared = await prepareAll(paths);
  const extract = processCpuMs() - started - prepare;
  const n = Math.max(1, prepared.reduce((sum, r) => sum + ('articles' in r ? r.articles.length : 0), 0));
  const db = openArchive(join(work, `stages-${layout}.sqlite`));
  const jobs = new ImportJobs({
    db,
    articles: createArticleStore(db),
    statements: createStatementStore(db),
    stories: createStoryLinker(db),
    events: new EventHub(),
    extractorVersion: 'bench',
    countArticles: () => 0,
  });
  started = processCpuMs();
  await jobs.start((async function* () { yield* prepared; })()).done;
  const write = processCpuMs() - started;
  db.close();
  return { prepare: prepare / n, extract: Math.max(0, extract) / n, write: write / n };
}

/** Reads the layout's files back (as the import must) and inserts their texts into a plain FTS5 archive. */
function rawRate(layout: string, paths: string[]): { rate: number; cpuMsPerArticle: number } {
  const db = new BetterSqlite3(join(work, `raw-${layout}.sqlite`));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`CREATE TABLE docs (id INTEGER PRIMARY KEY, title TEXT, text TEXT NOT NULL);
    CREATE VIRTUAL TABLE docs_fts USING fts5(title, text, content='docs', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
    CREATE TRIGGER docs_ai AFTER INSERT ON docs BEGIN INSERT INTO docs_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END;`);
  const insert = db.prepare('INSERT INTO docs (title, text) VALUES (?, ?)');
  const started = performance.now();
  const cpuStarted = processCpuMs();
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
  const cpu = processCpuMs() - cpuStarted;
  db.close();
  return { rate: count / seconds, cpuMsPerArticle: cpu / Math.max(1, count) };
}

type Articles = typeof articles;

/** The same articles laid out as users bring them: a folder of text files, of HTML pages, one JSONL export. */
const layouts: Record<string, (name: string, set: Articles) => string[]> = {
  txt: (name, set) => {
    const dir = join(work, name);
    mkdirSync(dir);
    for (const a of set) writeFileSync(join(dir, a.name), a.text);
    return [dir];
  },
  html: (name, set) => {
    const dir = join(work, name);
    mkdirSync(dir);
    for (const a of set) writeFileSync(join(dir, a.name.replace(/\.txt$/, '.html')), asHtml(a.text));
    return [dir];
  },
  jsonl: (name, set) => {
    const file = join(work, `${name}.jsonl`);
    writeFileSync(file, set.map((a) => JSON.stringify({ title: a.text.split('\n')[0], text: a.text, outlet: 'Bench Daily' })).join('\n'));
    return [file];
  },
};

try {
  console.log(`import: load before: ${loadAverage()}`);
  for (const [layout, lay] of Object.entries(layouts)) {
    const paths = lay(layout, articles);
    const archivePath = join(work, `${layout}.sqlite`);
    // Threads alive before the core starts its import workers: this one and V8's own (compiler, GC).
    const threadsBeforeWorkers = threadCpuSnapshot();
    const core = createCore({ archivePath, importWorkerPath: builtWorkerPath() });
    // Workers start once per session: the app and browser mode start them (warmUp) soon after launch and
    // keep them, and each compiles the import code by preparing made-up texts (warm-up-text) until its
    // first task. So start-up and that warm-up are reported apart (workers_startup_s), not counted in
    // the import; one small file per worker then checks that each is ready.
    const warmFiles = [0, 1].map((i) => join(work, `warm-${layout}-${i}.txt`));
    for (const [i, file] of warmFiles.entries()) writeFileSync(file, `Warm-up ${layout} ${i}\n\nThe spokesperson said, “This only loads the importers.”\n`);
    const warmStart = performance.now();
    const warmCpuStart = processCpuMs();
    await core.warmUp();
    await core.importPaths(warmFiles).done;
    const warmUpCpu = processCpuMs() - warmCpuStart;
    const startup = (performance.now() - warmStart) / 1000;
    const started = performance.now();
    const cpuStarted = processCpuMs();
    const threadsStarted = threadCpuSnapshot();
    const summary = await core.importPaths(paths).done;
    const seconds = (performance.now() - started) / 1000;
    const importCpu = processCpuMs() - cpuStarted;
    const byThread = threadCpuSplit(threadsBeforeWorkers, threadsStarted, threadCpuSnapshot());
    const again = performance.now();
    const repeat = await core.importPaths(paths).done;
    const repeatSeconds = (performance.now() - again) / 1000;
    core.close();
    const rate = summary.counts.imported / seconds;
    // Raw right after, so both see the same machine load.
    const raw = rawRate(layout, paths);
    const stages = await stageCosts(layout, paths, lay(`${layout}-warm`, warmArticles));
    const archiveBytes = statSize(archivePath);
    const n = Math.max(1, summary.counts.imported);
    // Two cores: workers prepare while the core's thread writes, so an article costs at least the
    // larger of the write alone and half of everything.
    const twoCores = (extract: number) => Math.max(stages.write, (stages.prepare + extract + stages.write) / 2);
    report(`import ${layout}`, {
      workers_startup_s: startup.toFixed(2),
      workers_startup_cpu_s: (warmUpCpu / 1000).toFixed(2),
      timed_after: 'workers_started_and_warmed_as_at_launch',
      articles: summary.counts.imported,
      failed: summary.counts.failed,
      seconds: seconds.toFixed(2),
      articles_per_s: Math.round(rate),
      raw_fts5_per_s: Math.round(raw.rate),
      ratio_vs_raw: (rate / raw.rate).toFixed(2),
      cpu_ms_per_article_all_threads: (importCpu / n).toFixed(2),
      cpu_ms_per_article_core_thread: byThread === null ? 'n/a' : (byThread.core / n).toFixed(2),
      cpu_ms_per_article_import_workers: byThread === null ? 'n/a' : (byThread.workers / n).toFixed(2),
      // V8's compiler and garbage-collector threads, shared by the core's thread and every worker.
      cpu_ms_per_article_v8_background: byThread === null ? 'n/a' : (byThread.background / n).toFixed(2),
      raw_cpu_ms_per_article: raw.cpuMsPerArticle.toFixed(2),
      stage_prepare_without_extraction_cpu_ms: stages.prepare.toFixed(2),
      stage_extract_cpu_ms: stages.extract.toFixed(2),
      stage_write_cpu_ms: stages.write.toFixed(2),
      two_core_ratio_from_stages: (raw.cpuMsPerArticle / twoCores(stages.extract)).toFixed(2),
      two_core_ratio_extraction_3x_faster: (raw.cpuMsPerArticle / twoCores(stages.extract / 3)).toFixed(2),
      two_core_ratio_without_extraction: (raw.cpuMsPerArticle / twoCores(0)).toFixed(2),
      reimport_all_duplicates_s: repeatSeconds.toFixed(2),
      reimport_vs_import: (repeatSeconds / seconds).toFixed(2),
      archive_kib_per_article: Math.round(archiveBytes / 1024 / n),
      duplicates_on_reimport: repeat.counts.duplicates,
      load: loadAverage(),
    });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

function loadAverage(): string {
  return loadavg().map((l) => l.toFixed(2)).join('/');
}

/**
 * CPU time between two snapshots, split into this thread (the core's), threads started with the core
 * (the import workers) and the process's other threads (V8's compiler and garbage-collector threads).
 */
function threadCpuSplit(
  beforeWorkers: Map<number, number> | null,
  from: Map<number, number> | null,
  to: Map<number, number> | null,
): { core: number; workers: number; background: number } | null {
  if (!beforeWorkers || !from || !to) return null;
  const split = { core: 0, workers: 0, background: 0 };
  for (const [tid, ms] of to) {
    const used = ms - (from.get(tid) ?? 0);
    if (tid === process.pid) split.core += used;
    else if (beforeWorkers.has(tid)) split.background += used;
    else split.workers += used;
  }
  return split;
}

function statSize(path: string): number {
  const db = new BetterSqlite3(path, { readonly: true });
  const pages = db.pragma('page_count', { simple: true }) as number;
  const size = db.pragma('page_size', { simple: true }) as number;
  db.close();
  return pages * size;
}
