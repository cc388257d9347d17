#!/usr/bin/env node
// Assembles shared/extraction/span-tagger-kernel.wat into span-tagger-kernel.ts (see wasm-kernel.mjs).
// Run it after editing the .wat.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assembleKernel } from './wasm-kernel.mjs';

const dir = join(dirname(dirname(fileURLToPath(import.meta.url))), 'shared', 'extraction');
assembleKernel({
  source: join(dir, 'span-tagger-kernel.wat'),
  target: join(dir, 'span-tagger-kernel.ts'),
  constant: 'TAGGER_KERNEL_WASM',
  script: 'scripts/build-tagger-kernel.mjs',
});
