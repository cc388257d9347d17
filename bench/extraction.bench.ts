// Statement extraction throughput on every PolNeAR train article, on one core. The CPU-time
// rate (process.cpuUsage) is the honest figure on a loaded machine; the wall rate sits beside
// it with the load average, and peak memory (RSS, heap) at the end.
//
// Two rates, on the odd-numbered train articles: text the extractor meets for the first time (as an
// import does), once the JIT has settled on PolNeAR dev and the even-numbered train articles, then the
// same texts again. The second is faster because the extractor keeps bounded caches of the phrases and
// sentences it has resolved: it says what repeated copy costs, not what new articles do.
//
// Then the new-text rate on one worker thread alone and on two at once, each thread timed by its own
// CPU clock: an import extracts on both cores, and this says what the second core adds.
import { loadavg } from 'node:os';
import { cpuUsage, memoryUsage } from 'node:process';
import { Worker } from 'node:worker_threads';
import { readPolnearTexts } from './polnear-texts';
import { report } from './measure';
import type { ExtractionThreadData, ExtractionThreadTiming } from './support/extraction-thread';
import { extractStatements } from '../shared/extraction/index';

/** Starts `count` extraction threads, lets each settle on warmTexts, then times all on texts at once. */
async function timeThreads(count: number, data: ExtractionThreadData): Promise<ExtractionThreadTiming[]> {
  const workers = Array.from({ length: count }, () => new Worker(new URL('./support/extraction-thread.mjs', import.meta.url), { workerData: data }));
  try {
    const next = (worker: Worker) =>
      new Promise<unknown>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
    await Promise.all(workers.map(next));
    const timings = workers.map(next);
    for (const worker of workers) worker.postMessage('go');
    return (await Promise.all(timings)) as ExtractionThreadTiming[];
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

const PASSES = 5;

const train = readPolnearTexts('train');
const dev = readPolnearTexts('dev');
if (train === null || dev === null) {
  console.log('extraction: SKIPPED, PolNeAR train and dev not found at ../shared/corpora/polnear');
} else {
  const texts = train.filter((_, i) => i % 2 === 1);
  const warmTexts = [...dev, ...dev, ...train.filter((_, i) => i % 2 === 0)];
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const cpuSecondsOf = (run: () => void) => {
    const before = cpuUsage();
    run();
    const used = cpuUsage(before);
    return (used.user + used.system) / 1e6;
  };
  // Untimed: the JIT settles on other articles, so the first timed pass meets only new text.
  for (const t of warmTexts) extractStatements(t);

  let statements = 0;
  const newSeconds = cpuSecondsOf(() => {
    for (const t of texts) statements += extractStatements(t).statements.length;
  });

  let peakHeap = memoryUsage().heapUsed;
  const started = performance.now();
  const seenSeconds = cpuSecondsOf(() => {
    for (let pass = 0; pass < PASSES; pass++) {
      for (const t of texts) extractStatements(t);
      // Sampled once a pass: heapUsed is cheap but not free, and a pass ends near its high point.
      peakHeap = Math.max(peakHeap, memoryUsage().heapUsed);
    }
  });
  const seconds = (performance.now() - started) / 1000;
  const articles = texts.length * PASSES;

  report('extraction (PolNeAR train)', {
    articles: texts.length,
    statements,
    new_text_ms_cpu_per_article: ((newSeconds * 1000) / texts.length).toFixed(3),
    new_text_articles_per_cpu_s: Math.round(texts.length / newSeconds),
    new_text_mb_per_cpu_s: (chars / 1e6 / newSeconds).toFixed(2),
    seen_text_passes: PASSES,
    seen_text_ms_cpu_per_article: ((seenSeconds * 1000) / articles).toFixed(3),
    seen_text_articles_per_s: Math.round(articles / seconds),
    load_1m: loadavg()[0]!.toFixed(2),
    peak_heap_mib: Math.round(peakHeap / 2 ** 20),
  });

  const data: ExtractionThreadData = { warmTexts, texts };
  const [alone] = await timeThreads(1, data);
  const together = await timeThreads(2, data);
  const perArticle = (ms: number | null) => (ms === null ? 'n/a' : (ms / texts.length).toFixed(3));
  const togetherCpu = together.every((t) => t.cpuMs !== null) ? together.reduce((sum, t) => sum + t.cpuMs!, 0) / together.length : null;
  report('extraction on threads (PolNeAR train, new text)', {
    one_thread_ms_cpu_per_article: perArticle(alone!.cpuMs),
    two_threads_ms_cpu_per_article_each: perArticle(togetherCpu),
    // Articles per wall second on two threads over one: 2.00 if the second core added as much as the first.
    two_threads_speedup: ((2 * alone!.wallMs) / Math.max(...together.map((t) => t.wallMs))).toFixed(2),
    load_1m: loadavg()[0]!.toFixed(2),
  });
}
