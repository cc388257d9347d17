// Import throughput into a real archive (parsing, metadata, extraction, FTS indexing, story linking)
// for PolNeAR train as .txt files, as HTML pages and as one JSONL file.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore, SOURCE_WORKER_PATH } from '../electron/core';
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
    const core = createCore({ archivePath: join(work, `${layout}.sqlite`), importWorkerPath: SOURCE_WORKER_PATH });
    // Workers load once per session; that start-up is reported apart from the steady rate.
    const warmFile = join(work, `warm-${layout}.txt`);
    writeFileSync(warmFile, `Warm-up ${layout}\n\nThe spokesperson said, “This only loads the importers.”\n`);
    const warmStart = performance.now();
    await core.importPaths([warmFile]).done;
    const startup = (performance.now() - warmStart) / 1000;
    const started = performance.now();
    const summary = await core.importPaths(paths).done;
    const seconds = (performance.now() - started) / 1000;
    core.close();
    report(`import ${layout}`, {
      workers_startup_s: startup.toFixed(2),
      articles: summary.counts.imported,
      duplicates: summary.counts.duplicates,
      failed: summary.counts.failed,
      seconds: seconds.toFixed(2),
      articles_per_s: Math.round(summary.counts.imported / seconds),
    });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
