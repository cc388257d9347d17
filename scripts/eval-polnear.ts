/**
 * Scores the statement extractor on a PolNeAR split.
 *
 *   npx tsx scripts/eval-polnear.ts [train|dev] [--errors]
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluateCorpus, formatEvalReport } from '../electron/core/evaluation/index';

const args = process.argv.slice(2);
const split = args.find((a) => !a.startsWith('--')) ?? 'dev';
if (split !== 'train' && split !== 'dev') {
  console.error(`Unknown split "${split}": use train or dev.`);
  process.exit(2);
}
const dir = fileURLToPath(new URL(`../../shared/corpora/polnear/${split}`, import.meta.url));
if (!existsSync(dir)) {
  console.log(`PolNeAR ${split} split not found at ${dir}: nothing to score.`);
  process.exit(0);
}
const report = await evaluateCorpus(dir);
console.log(formatEvalReport(report, { errors: args.includes('--errors') }));
