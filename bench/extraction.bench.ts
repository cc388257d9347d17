// Statement extraction throughput on every PolNeAR train article, on one core. The CPU-time
// rate (process.cpuUsage) is the honest figure on a loaded machine; the wall rate sits beside
// it with the load average, and peak memory (RSS, heap) at the end.
//
// Two rates, on the odd-numbered train articles: text the extractor meets for the first time (as an
// import does), once the JIT has settled on PolNeAR dev and the even-numbered train articles, then the
// same texts again. The second is faster because the extractor keeps bounded caches of the phrases and
// sentences it has resolved: it says what repeated copy costs, not what new articles do.
import { loadavg } from 'node:os';
import { cpuUsage, memoryUsage } from 'node:process';
import { readPolnearTexts } from './polnear-texts';
import { report } from './measure';
import { extractStatements } from '../shared/extraction/index';

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
}
