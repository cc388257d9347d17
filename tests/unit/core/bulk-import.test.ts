import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { buildNode, NODE_OUT, nodeBuildIsStale } from '../../../scripts/build-node.mjs';
import { createCore, type Core } from '../../../electron/core';
import { openArchive } from '../../../electron/core/db/open';
import type { ApiEvents } from '../../../shared/api/events';
import { useTempDir } from '../../support/temp-dir';

/**
 * The everyday suite imports 5,000 records; `npm run test:scale` the full 50,000, which on a loaded
 * 2-core machine takes many minutes.
 */
const RECORDS = Number(process.env.PARLEY_BULK_RECORDS ?? 5_000);
/** Generous per-article time on a loaded 2-core machine: the limit follows the work. */
const MS_PER_ARTICLE = 40;
const READER = join(import.meta.dirname, '..', '..', 'support', 'poll-archive.mjs');
const PEAK_MEMORY = `--import=${pathToFileURL(join(import.meta.dirname, '..', '..', 'support', 'report-peak-memory.mjs')).href}`;
const BIN = join(import.meta.dirname, '..', '..', '..', 'bin', 'parley.mjs');

/** Runs node with these arguments to its end, without blocking this thread (the reader reports to it). */
function runCommand(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const NATIONS = ['Seoul', 'Tokyo', 'Paris', 'Berlin', 'Moscow', 'Beijing', 'Washington', 'Ottawa'];

function record(i: number): string {
  const city = NATIONS[i % NATIONS.length]!;
  const text =
    `${city.toUpperCase()}, March ${(i % 28) + 1} (Wire) — Talks number ${i} between the delegations ended late, officials in ${city} said.\n\n` +
    `“We will keep talking until round ${i} brings results,” Foreign Minister Anna Berg${i % 97} told reporters.\n\n` +
    `Analysts said the ${i}th meeting reflected a broader effort; a spokesperson declined to comment on item ${i * 7}.`;
  return JSON.stringify({ title: `Talks round ${i} in ${city}`, text, outlet: `Outlet ${i % 40}`, date: `2026-03-${String((i % 28) + 1).padStart(2, '0')}` });
}

async function writeExport(path: string, count: number): Promise<void> {
  const out = createWriteStream(path);
  for (let i = 0; i < count; i++) {
    if (!out.write(`${record(i)}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

/** The workers as the command line and the app run them, built to JavaScript. */
async function builtWorker(): Promise<string> {
  if (nodeBuildIsStale()) await buildNode({ quiet: true });
  return join(NODE_OUT, 'prepare-worker.mjs');
}

describe(`a bulk export of ${RECORDS.toLocaleString('en')} articles`, () => {
  const tempDir = useTempDir();
  let core: Core | null = null;
  afterEach(() => {
    core?.close();
    core = null;
  });

  it(
    'imports in bounded slices: it finishes, memory stays under 600 MB, and a reader never waits over 100 ms',
    async () => {
      const dir = tempDir();
      const file = join(dir, 'export.jsonl');
      await writeExport(file, RECORDS);
      const archivePath = join(dir, 'archive.sqlite');
      openArchive(archivePath).close();

      // A reader with its own connection polls the archive all through the import, as the app's other
      // windows, the CLI or browser mode do: it must never wait on the import's writes.
      const reader = new Worker(READER, { workerData: { archivePath, pollMs: 25, total: RECORDS } });
      const readerReport = new Promise<{ polls: number; longestMs: number; longestWallMs: number; sawGrowth: boolean }>((resolve, reject) => {
        reader.once('message', resolve);
        reader.once('error', reject);
      });
      // The import as users run it, `parley import`, in a process of its own: its memory is Parley's
      // alone (core, workers, SQLite), not the test runner's.
      const peakFile = join(dir, 'peak-memory');
      const run = await runCommand([PEAK_MEMORY, BIN, 'import', '--archive', archivePath, file], { PARLEY_PEAK_MEMORY_FILE: peakFile });
      reader.postMessage('stop');
      const { polls, longestMs, longestWallMs, sawGrowth } = await readerReport;
      await reader.terminate();

      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`Imported ${RECORDS}, duplicates 0, failed 0`);
      expect(sawGrowth).toBe(true);
      expect(polls).toBeGreaterThan(10);
      expect(Number(readFileSync(peakFile, 'utf8')) / 1024 / 1024).toBeLessThan(600);
      // Time the machine gave the reader's CPU to other work is not counted (see poll-archive).
      expect(longestMs, `the longest poll took ${Math.round(longestWallMs)} ms of wall time`).toBeLessThan(100);

      // Every record is one article, and the file's bytes are kept once, compressed.
      const db = openArchive(archivePath, { readonly: true });
      const articles = db.prepare('SELECT count(*) FROM articles').pluck().get();
      const source = db.prepare('SELECT count(*) AS n, max(byte_size) AS size, max(length(bytes)) AS stored, max(compression) AS compression FROM source_files').get() as {
        n: number;
        size: number;
        stored: number;
        compression: string;
      };
      db.close();
      expect(articles).toBe(RECORDS);
      expect(source.n).toBe(1);
      expect(source.compression).toBe('deflate');
      expect(source.stored).toBeLessThan(source.size / 3);
    },
    RECORDS * MS_PER_ARTICLE,
  );

  it(
    'cancelled part way keeps what it committed, fewer articles than the export holds, and stops within a second',
    async () => {
      const dir = tempDir();
      const file = join(dir, 'export.jsonl');
      const count = 5_000;
      await writeExport(file, count);
      core = createCore({ archivePath: join(dir, 'archive.sqlite'), importWorkerPath: await builtWorker() });
      const running = core;
      const run = running.importPaths([file]);
      let cancelledAt = 0;
      running.events.on((name, payload) => {
        if (cancelledAt === 0 && name === 'import.progress' && (payload as ApiEvents['import.progress']).counts.imported > 0) {
          cancelledAt = performance.now();
          void running.handlers['import.cancel']({ jobId: run.jobId });
        }
      });
      const summary = await run.done;
      const stoppedAfter = performance.now() - cancelledAt;
      expect(summary.cancelled).toBe(true);
      expect(summary.counts.imported).toBeGreaterThan(0);
      expect(summary.counts.imported).toBeLessThan(count);
      expect((await running.handlers['archive.info']({})).articleCount).toBe(summary.counts.imported);
      expect(stoppedAfter).toBeLessThan(1000);
    },
    5_000 * MS_PER_ARTICLE,
  );
});
