// Statement extraction throughput on every PolNeAR train article, on one core. The CPU-time
// rate (process.cpuUsage) is the honest figure on a loaded machine; the wall rate sits beside
// it with the load average, and peak memory (RSS, heap) at the end.
import { loadavg } from 'node:os';
import { cpuUsage, memoryUsage } from 'node:process';
import { readPolnearTexts } from './polnear-texts';
import { report } from './measure';
import { extractStatements } from '../shared/extraction/index';

const PASSES = 5;

const texts = readPolnearTexts('train');
if (texts === null) {
  console.log('extraction: SKIPPED, PolNeAR train not found at ../shared/corpora/polnear/train');
} else {
  const chars = texts.reduce((n, t) => n + t.length, 0);
  let statements = 0;
  // One untimed pass lets the JIT settle and gives the statement count.
  for (const t of texts) statements += extractStatements(t).statements.length;

  let peakHeap = memoryUsage().heapUsed;
  const cpuBefore = cpuUsage();
  const started = performance.now();
  for (let pass = 0; pass < PASSES; pass++) {
    for (const t of texts) extractStatements(t);
    // Sampled once a pass: heapUsed is cheap but not free, and a pass ends near its high point.
    peakHeap = Math.max(peakHeap, memoryUsage().heapUsed);
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const articles = texts.length * PASSES;

  report('extraction (PolNeAR train)', {
    articles: texts.length,
    passes: PASSES,
    statements_per_pass: statements,
    articles_per_cpu_s: Math.round(articles / cpuSeconds),
    articles_per_s: Math.round(articles / seconds),
    mb_per_cpu_s: ((chars * PASSES) / 1e6 / cpuSeconds).toFixed(2),
    ms_cpu_per_article: ((cpuSeconds * 1000) / articles).toFixed(3),
    load_1m: loadavg()[0]!.toFixed(2),
    peak_heap_mib: Math.round(peakHeap / 2 ** 20),
  });
}
