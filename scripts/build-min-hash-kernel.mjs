#!/usr/bin/env node
// Assembles electron/core/import/min-hash-kernel.wat into min-hash-kernel.ts (see wasm-kernel.mjs).
// Run it after editing the .wat.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assembleKernel } from './wasm-kernel.mjs';

const dir = join(dirname(dirname(fileURLToPath(import.meta.url))), 'electron', 'core', 'import');
assembleKernel({
  source: join(dir, 'min-hash-kernel.wat'),
  target: join(dir, 'min-hash-kernel.ts'),
  constant: 'MIN_HASH_KERNEL_WASM',
  script: 'scripts/build-min-hash-kernel.mjs',
});
