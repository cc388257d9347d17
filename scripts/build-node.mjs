#!/usr/bin/env node
// Builds the command line, the core, its workers and the browser-mode server to JavaScript
// (out/node), so nothing compiles TypeScript at start-up. Run at `npm ci` (the `prepare` script) and
// again by bin/parley.mjs whenever a source it was built from is newer than the build.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
export const NODE_OUT = join(ROOT, 'out', 'node');
const MANIFEST = 'inputs.json';

/** True when out/node is missing or any file it was built from has changed since. */
export function nodeBuildIsStale(out = NODE_OUT) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(out, MANIFEST), 'utf8'));
  } catch {
    return true;
  }
  for (const input of manifest.inputs) {
    try {
      if (statSync(join(ROOT, input)).mtimeMs > manifest.builtAt) return true;
    } catch {
      return true;
    }
  }
  return false;
}

/**
 * Packages bundled into the build: small, pure JavaScript, and loaded by every command or by the
 * core at every start. Bundled, only what is used is kept (one stopword list, not sixty; diff's
 * word diff, not its seventeen modules) and a start reads a few files instead of dozens, with no
 * CommonJS detection pass over papaparse.
 */
const BUNDLED = new Set(['zod', 'commander', 'diff', 'stemmer', 'stopword', 'fflate', 'papaparse']);

function externalPackages() {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const names = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }).filter((name) => !BUNDLED.has(name));
  return names.flatMap((name) => [name, `${name}/*`]);
}

export async function buildNode({ quiet = false } = {}) {
  const { build } = await import('esbuild');
  const started = Date.now();
  // A fresh folder moved into place whole, so a command starting meanwhile never sees half a build.
  const staging = `${NODE_OUT}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  try {
    await buildInto(build, staging, started, quiet);
  } catch (error) {
    // A failed build (a syntax error mid-edit) leaves nothing behind for the next command to trip over.
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  rmSync(NODE_OUT, { recursive: true, force: true });
  renameSync(staging, NODE_OUT);
  if (!quiet) console.log(`Built the command line, core and workers into out/node in ${Date.now() - started} ms.`);
}

async function buildInto(build, staging, started, quiet) {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: {
      cli: 'electron/cli/main.ts',
      // Found beside the core's chunk by SOURCE_WORKER_PATH, under the same name as the source shim.
      'prepare-worker': 'electron/core/import/prepare-worker.ts',
      // Found by SOURCE_BACKUP_WORKER_PATH the same way.
      'backup-worker': 'electron/core/backup/backup-worker.ts',
    },
    outdir: staging,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunk-[name]-[hash]',
    // Dependencies load from node_modules as they are (better-sqlite3 is native; pdf.js finds its own
    // files), except the few every command loads, bundled so a start reads one file instead of hundreds.
    external: externalPackages(),
    // The ES module build where a bundled package has one (stopword's `module`), so unused parts drop out.
    mainFields: ['module', 'main'],
    // commander is CommonJS: its require('node:events') needs a require in an ES module.
    banner: { js: "import { createRequire as __parleyRequire } from 'node:module'; const require = __parleyRequire(import.meta.url);" },
    sourcemap: 'linked',
    metafile: true,
    logLevel: quiet ? 'error' : 'warning',
  });
  const inputs = Object.keys(result.metafile.inputs).filter((p) => !p.startsWith('node_modules'));
  inputs.push('package.json');
  writeFileSync(join(staging, MANIFEST), JSON.stringify({ builtAt: started, inputs }));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!existsSync(join(ROOT, 'electron', 'cli', 'main.ts'))) process.exit(0);
  await buildNode();
}
