// Statement extraction throughput on every PolNeAR train article, on one core.
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

  const started = performance.now();
  for (let pass = 0; pass < PASSES; pass++) {
    for (const t of texts) extractStatements(t);
  }
  const seconds = (performance.now() - started) / 1000;
  const articles = texts.length * PASSES;

  report('extraction (PolNeAR train)', {
    articles: texts.length,
    passes: PASSES,
    statements_per_pass: statements,
    articles_per_s: Math.round(articles / seconds),
    mb_per_s: ((chars * PASSES) / 1e6 / seconds).toFixed(2),
    ms_per_article: ((seconds * 1000) / articles).toFixed(3),
  });
}
