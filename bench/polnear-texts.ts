// Reads every PolNeAR article text of a split up front, so benchmarks time only the work.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { POLNEAR_DIR } from './measure';

export function readPolnearTexts(split: 'train' | 'dev'): string[] | null {
  const dir = fileURLToPath(new URL(`${split}/text/`, POLNEAR_DIR));
  if (!existsSync(dir)) return null;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(`${dir}${f}`, 'utf8'));
}
