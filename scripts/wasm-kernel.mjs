// Assembles a WebAssembly kernel's .wat into a .ts module holding its bytes as base64, so the app
// ships no .wasm file and loads the kernel synchronously. The assembler is wabt's wat2wasm, a pinned
// dev dependency.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** `source` (.wat) assembled into `target` (.ts) as `export const <constant>`; `script` is named in its header. */
export function assembleKernel({ source, target, constant, script }) {
  const work = mkdtempSync(join(tmpdir(), 'wasm-kernel-'));
  try {
    const wasm = join(work, 'kernel.wasm');
    execFileSync('npx', ['--no-install', 'wat2wasm', source, '-o', wasm], { stdio: 'inherit' });
    const base64 = readFileSync(wasm).toString('base64');
    writeFileSync(
      target,
      `// Generated from ${basename(source)} by ${script} with wabt's wat2wasm; do not edit.\n` + `export const ${constant} = '${base64}';\n`,
    );
    console.log(`${basename(target)}: ${base64.length} base64 characters`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
