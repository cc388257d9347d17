// Parse throughput of the text, HTML and JSONL importers on PolNeAR's train articles (metadata included).
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPaths } from '../electron/core/import/formats';
import { POLNEAR_DIR, report } from './measure';

const textDir = fileURLToPath(new URL('train/text/', POLNEAR_DIR));
if (!existsSync(textDir)) {
  console.log(`formats: skipped, PolNeAR not found at ${textDir}`);
  process.exit(0);
}

const names = readdirSync(textDir).filter((n) => n.endsWith('.txt')).sort();
const texts = names.map((n) => readFileSync(join(textDir, n), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'parley-bench-'));
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function writeCorpus(): { txt: string; html: string; jsonl: string } {
  const txt = join(work, 'txt');
  const html = join(work, 'html');
  mkdirSync(txt);
  mkdirSync(html);
  const lines: string[] = [];
  texts.forEach((text, i) => {
    const name = names[i] ?? `${i}.txt`;
    writeFileSync(join(txt, name), text);
    const [title = '', ...body] = text.split(/\n\s*\n/);
    const paragraphs = body.map((p) => `<p>${escape(p.trim())}</p>`).join('\n');
    writeFileSync(
      join(html, name.replace(/\.txt$/, '.html')),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title></head>` +
        `<body><nav><a href="/">Home</a> <a href="/politics">Politics</a></nav><article><h1>${escape(title)}</h1>\n${paragraphs}</article>` +
        `<footer>Copyright. All rights reserved.</footer></body></html>`,
    );
    lines.push(JSON.stringify({ title, text: body.join('\n\n'), date: '2016-05-01', source: name.split('_')[0] }));
  });
  const jsonl = join(work, 'corpus.jsonl');
  writeFileSync(jsonl, lines.join('\n'));
  return { txt, html, jsonl };
}

async function measure(label: string, path: string): Promise<void> {
  let articles = 0;
  let failures = 0;
  const started = performance.now();
  for await (const result of readPaths([path])) {
    if ('error' in result) failures++;
    else articles += result.articles.length;
  }
  const seconds = (performance.now() - started) / 1000;
  report(`formats.${label}`, { articles, failures, seconds: seconds.toFixed(2), articles_per_s: Math.round(articles / seconds) });
}

/** About 50 MB of JSONL (the corpus repeated), to see that a large bulk file costs memory in proportion. */
function writeLargeJsonl(): string {
  const path = join(work, 'large.jsonl');
  const fd = openSync(path, 'w');
  let written = 0;
  for (let round = 0; written < 50 * 1024 * 1024; round++) {
    texts.forEach((text, i) => {
      const line = `${JSON.stringify({ title: `${round}-${names[i]}`, text, date: '2016-05-01' })}\n`;
      written += Buffer.byteLength(line);
      writeSync(fd, line);
    });
  }
  closeSync(fd);
  return path;
}

const LARGE_ONLY = '--large-jsonl';
try {
  if (process.argv.includes(LARGE_ONLY)) {
    await measure('jsonl-50mb', writeLargeJsonl());
  } else {
    const corpus = writeCorpus();
    // One warm-up pass so the figures measure steady-state parsing, not module loading and JIT.
    await measure('warmup-txt', corpus.txt);
    await measure('txt', corpus.txt);
    await measure('jsonl', corpus.jsonl);
    await measure('html', corpus.html);
    // Its own process, so its peak memory is its own.
    spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), LARGE_ONLY], { stdio: 'inherit' });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
