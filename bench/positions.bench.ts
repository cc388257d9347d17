// The positions matrix over 1,000,000 tagged statements, built directly in SQLite (budget: 200 ms for
// the whole path). Two measures: the API call alone in this process (wall and CPU time), then the
// whole path in Chromium against `parley serve`: a filter changed in the page until the new matrix is
// painted (wall; CPU of the server process and of the page's main thread beside it).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { ensureRendererBuilt } from '../electron/cli/renderer-build';
import { createCore } from '../electron/core';
import { openArchive } from '../electron/core/db/open';
import { toWire } from '../shared/api/wire';
import type { PositionFilters } from '../shared/domain/positions';
import { report } from './measure';
import { serveArchive } from './support/serve-archive';

const STATEMENTS = Number(process.env.POSITIONS_BENCH_STATEMENTS ?? 1_000_000);
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

function build(path: string): void {
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

function time<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const begin = performance.now();
  return run().then((value) => ({ ms: Math.round((performance.now() - begin) * 10) / 10, value }));
}

const CHROMIUM = '/usr/bin/chromium';
const RENDER_RUNS = 9;

/**
 * Times the matrix as the analyst gets it: the review filter switched in the address (as a saved view
 * or the filter bar does), until the grid shows the new counts and a frame is painted. Alternating
 * between two filters makes every run a fresh request and a fresh render.
 */
async function matrixInChromium(archivePath: string): Promise<Record<string, string | number>> {
  ensureRendererBuilt(() => {});
  const server = await serveArchive(archivePath);
  const browser = await chromium.launch({
    ...(existsSync(CHROMIUM) ? { executablePath: CHROMIUM } : {}),
    args: ['--disable-gpu', '--disable-quic', '--no-sandbox', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    page.on('pageerror', (error) => console.error(`The page threw: ${error.message}`));
    const states = ['#positions?view=matrix&columns=topics', '#positions?view=matrix&columns=topics&review=confirmed'];
    const target = '[role="grid"][aria-label="Positions matrix"] tbody tr:first-child td:first-child [aria-label]';
    await page.goto(server.url.replace(/#.*$/, '') + states[0]);
    await page.locator(target).waitFor({ timeout: 120_000 });
    // Each state's first cell, as a screen reader names it ("United States, Topic 1: 123 statements"):
    // the sign that that state's matrix is on screen. The two filters must give different counts.
    const first = (await page.locator(target).getAttribute('aria-label'))!;
    await page.evaluate(`window.location.hash = ${JSON.stringify(states[1])}`);
    await page.waitForFunction(
      `document.querySelector(${JSON.stringify(target)})?.getAttribute('aria-label') !== ${JSON.stringify(first)}`,
      undefined,
      { timeout: 120_000 },
    );
    const labels = [first, (await page.locator(target).getAttribute('aria-label'))!];
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const taskSeconds = async () =>
      ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) as number;

    const wall: number[] = [];
    let serverCpu = 0;
    let pageTask = 0;
    for (let run = 0; run <= RENDER_RUNS; run++) {
      const i = run % 2;
      const serverBefore = server.cpuSeconds();
      const taskBefore = await taskSeconds();
      const ms = (await page.evaluate(`(async () => {
        const started = performance.now();
        window.location.hash = ${JSON.stringify(states[i])};
        await new Promise((resolve, reject) => {
          const check = () => {
            const cell = document.querySelector(${JSON.stringify(target)});
            if (cell && cell.getAttribute('aria-label') === ${JSON.stringify(labels[i])}) return resolve();
            if (performance.now() - started > 60000) return reject(new Error('the matrix did not change'));
            requestAnimationFrame(check);
          };
          check();
        });
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        return performance.now() - started;
      })()`)) as number;
      // The first run warms the server's caches and the page's code paths.
      if (run === 0) continue;
      wall.push(ms);
      serverCpu += server.cpuSeconds() - serverBefore;
      pageTask += (await taskSeconds()) - taskBefore;
    }
    wall.sort((a, b) => a - b);
    return {
      runs: RENDER_RUNS,
      whole_path_median_ms: wall[Math.floor(wall.length / 2)]!.toFixed(1),
      whole_path_min_ms: wall[0]!.toFixed(1),
      server_cpu_mean_ms: ((serverCpu / RENDER_RUNS) * 1000).toFixed(0),
      page_task_mean_ms: ((pageTask / RENDER_RUNS) * 1000).toFixed(0),
      load_1min: loadavg()[0]!.toFixed(2),
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'parley-positions-bench-'));
try {
  const path = join(dir, 'archive.sqlite');
  const built = await time(async () => build(path));
  // Opening the core builds the positions index from the tags (the triggers keep it from then on).
  const opened = await time(async () => createCore({ archivePath: path }));
  const core = opened.value;
  const matrix = (filters: PositionFilters) => core.handlers['positions.matrix']({ filters, columns: 'topics' });

  const figures: Record<string, string | number> = {
    statements: STATEMENTS,
    build_ms: Math.round(built.ms),
    index_build_ms: Math.round(opened.ms),
  };
  for (const [name, filters] of [
    ['matrix_all', {}],
    ['matrix_confirmed', { reviewStates: ['confirmed'] }],
    ['matrix_one_quarter', { from: '2024-01-01', to: '2024-03-31' }],
    ['matrix_one_outlet', { outlets: ['Outlet 3'] }],
  ] as [string, PositionFilters][]) {
    await matrix(filters); // warm the page cache
    const runs: number[] = [];
    const cpu: number[] = [];
    let cells = 0;
    for (let i = 0; i < 5; i++) {
      const cpuBefore = process.cpuUsage();
      const { ms, value } = await time(async () => toWire(await matrix(filters)));
      const used = process.cpuUsage(cpuBefore);
      cpu.push(Math.round((used.user + used.system) / 100) / 10);
      runs.push(ms);
      cells = (JSON.parse(value) as { cells: unknown[] }).cells.length;
    }
    runs.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    figures[`${name}_median_ms`] = runs[2]!;
    figures[`${name}_cpu_median_ms`] = cpu[2]!;
    figures[`${name}_cells`] = cells;
  }
  const cell = await time(() => core.handlers['positions.cell']({ filters: {}, nation: 'US', column: { kind: 'topics', id: 3 }, limit: 200 }));
  figures.cell_quotes_ms = cell.ms;
  const network = await time(() => core.handlers['positions.network']({ filters: {}, nodes: 'nations' }));
  figures.network_ms = network.ms;
  core.close();
  figures.load_1min = loadavg()[0]!.toFixed(2);
  report('positions', figures);

  const rendered = await matrixInChromium(path);
  report('positions matrix in Chromium (API + render)', rendered);
  const budget = Number(rendered.whole_path_median_ms);
  console.log(
    `matrix over ${STATEMENTS} statements, whole path: ${budget} ms wall (server CPU ${rendered.server_cpu_mean_ms} ms, page main thread ${rendered.page_task_mean_ms} ms, load ${rendered.load_1min}) (budget 200 ms) ${budget <= 200 ? 'OK' : 'OVER BUDGET'}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
