/**
 * Rebuilds resources/extraction/span-tagger.json: exports the tagger's training data from
 * PolNeAR train, then trains it with Debian's PyTorch (/usr/bin/python3, python3-torch).
 * Run by `npm run train:extractor` after the cue lexicon is written (the features read it).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BratDocument } from '../electron/core/evaluation/brat-corpus';
import { writeTaggerData } from './tagger-data';

const PYTHON = '/usr/bin/python3';

/** Whether Debian's Python with PyTorch is there; the message says how to get it when not. */
export function torchMissing(): string | null {
  const probe = spawnSync(PYTHON, ['-c', 'import torch, numpy'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    return `The span tagger needs ${PYTHON} with PyTorch and NumPy (apt-get install python3-torch); ${probe.error?.message ?? probe.stderr.trim().split('\n').pop()}`;
  }
  return null;
}

export function trainTagger(docs: BratDocument[], outFile: string): void {
  const missing = torchMissing();
  if (missing) throw new Error(missing);
  const dir = mkdtempSync(join(tmpdir(), 'parley-tagger-'));
  try {
    const { sentences, tokens } = writeTaggerData(docs, dir);
    console.log(`tagger data: ${sentences} sentences, ${tokens} tokens`);
    const script = fileURLToPath(new URL('train_tagger.py', import.meta.url));
    const run = spawnSync(PYTHON, [script, dir, outFile], { stdio: 'inherit', env: { ...process.env, OMP_NUM_THREADS: '1', MKL_NUM_THREADS: '1' } });
    if (run.status !== 0) throw new Error(`tagger training failed (exit ${run.status ?? run.signal})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
