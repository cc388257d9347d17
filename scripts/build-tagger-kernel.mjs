#!/usr/bin/env node
// Assembles shared/extraction/span-tagger-kernel.wat into span-tagger-kernel.ts, the module's
// bytes as base64, so the app ships no .wasm file and loads the kernel synchronously. Run it
// after editing the .wat; the assembler is wabt's wat2wasm, a pinned dev dependency.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(dirname(fileURLToPath(import.meta.url))), 'shared', 'extraction');
const source = join(dir, 'span-tagger-kernel.wat');
const work = mkdtempSync(join(tmpdir(), 'tagger-kernel-'));
try {
  const wasm = join(work, 'kernel.wasm');
  execFileSync('npx', ['--no-install', 'wat2wasm', source, '-o', wasm], { stdio: 'inherit' });
  const base64 = readFileSync(wasm).toString('base64');
  writeFileSync(
    join(dir, 'span-tagger-kernel.ts'),
    `// Generated from span-tagger-kernel.wat by scripts/build-tagger-kernel.mjs with wabt's wat2wasm; do not edit.\n` +
      `export const TAGGER_KERNEL_WASM = '${base64}';\n`,
  );
  console.log(`span-tagger-kernel.ts: ${base64.length} base64 characters`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
