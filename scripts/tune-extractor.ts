/**
 * Quick measuring loop for the statement extractor on a PolNeAR split, with the same reader
 * and scorer as `parley eval`, plus switches that turn learned parts off to measure what
 * each one adds, and a threshold override.
 *
 *   npx tsx scripts/tune-extractor.ts [train|dev] [--errors] [--threshold=P] [--tagger-threshold=P] [--without=anchor,frame,end,...] [--with=start]
 */
import { existsSync } from 'node:fs';
import { evaluateCorpus, formatEvalReport } from '../electron/core/evaluation/index';
import { ALL_LEARNED_PARTS, type LearnedParts } from '../shared/extraction/pipeline';
import { extractStatements } from '../shared/extraction/index';
import { polnearSplitDir } from './polnear';

const SWITCHES: Record<string, keyof LearnedParts> = {
  anchor: 'anchorModel',
  frame: 'frameModel',
  end: 'contentEndModel',
  start: 'contentStartModel',
  nested: 'noNested',
  tagger: 'spanTagger',
  frames: 'moreFrames',
};

const args = process.argv.slice(2);
const split = args.find((a) => !a.startsWith('--')) ?? 'dev';
const dir = polnearSplitDir(split);
if (!existsSync(dir)) {
  console.log(`PolNeAR ${split} split not found at ${dir}; nothing to measure.`);
  process.exit(0);
}
const without = (args.find((a) => a.startsWith('--without='))?.split('=')[1] ?? '').split(',').filter(Boolean);
const learned: LearnedParts = { ...ALL_LEARNED_PARTS };
for (const name of without) {
  const key = SWITCHES[name];
  if (!key) {
    console.error(`Unknown part "${name}": use ${Object.keys(SWITCHES).join(', ')}.`);
    process.exit(2);
  }
  learned[key] = false;
}
const withParts = (args.find((a) => a.startsWith('--with='))?.split('=')[1] ?? '').split(',').filter(Boolean);
for (const name of withParts) {
  const key = SWITCHES[name];
  if (!key) {
    console.error(`Unknown part "${name}": use ${Object.keys(SWITCHES).join(', ')}.`);
    process.exit(2);
  }
  learned[key] = true;
}
const thresholdArg = args.find((a) => a.startsWith('--threshold='));
const taggerArg = args.find((a) => a.startsWith('--tagger-threshold='));
const options = {
  learned,
  ...(thresholdArg ? { threshold: Number(thresholdArg.split('=')[1]) } : {}),
  ...(taggerArg ? { taggerThreshold: Number(taggerArg.split('=')[1]) } : {}),
};
const report = await evaluateCorpus(dir, { extract: (text) => extractStatements(text, options) });
console.log(formatEvalReport(report, { errors: args.includes('--errors') }));
