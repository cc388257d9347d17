// Writes every extraction result the speed work must not change: PolNeAR train and dev,
// nations-dev and the seed article, all learned parts on. Diff two dumps byte for byte:
//   npx tsx bench/golden-dump.ts /tmp/before.json && ... && cmp /tmp/before.json /tmp/after.json
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractStatements } from '../shared/extraction/index';

const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));

function textsIn(dir: string): [string, string][] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => [`${dir}${f}`.slice(SHARED.length), readFileSync(`${dir}${f}`, 'utf8')]);
}

const out = process.argv[2] ?? '/tmp/parley-extraction-golden.json';
const texts = [
  ...textsIn(`${SHARED}corpora/polnear/train/text/`),
  ...textsIn(`${SHARED}corpora/polnear/dev/text/`),
  ...textsIn(`${SHARED}corpora/nations-dev/text/`),
  ...textsIn(`${SHARED}seed/`),
];
if (texts.length === 0) throw new Error(`no corpus texts found under ${SHARED}`);
const results: Record<string, unknown> = {};
for (const [name, text] of texts) results[name] = extractStatements(text);
writeFileSync(out, `${JSON.stringify(results, null, 1)}\n`);
console.log(`golden dump: ${texts.length} texts -> ${out}`);
