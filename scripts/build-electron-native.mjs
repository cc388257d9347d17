#!/usr/bin/env node
// Builds a second copy of better-sqlite3 for Electron's ABI under build/electron-native/,
// leaving the Node-ABI build in node_modules (used by tests and the CLI) untouched.
// Usage: node scripts/build-electron-native.mjs [--force]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const source = join(root, 'node_modules', 'better-sqlite3');
const outputRoot = join(root, 'build', 'electron-native');
const target = join(outputRoot, 'better-sqlite3');
const binary = join(target, 'build', 'Release', 'better_sqlite3.node');
const stampFile = join(outputRoot, 'stamp.json');
const electronPackage = join(root, 'node_modules', 'electron', 'package.json');
const headersUrl = process.env.PARLEY_ELECTRON_HEADERS_URL || 'https://electronjs.org/headers';
// Electron headers get their own cache, apart from Node's, as Electron's own tooling does.
const devDir = join(homedir(), '.electron-gyp');

function fail(message) {
  console.error(`build-electron-native: ${message}`);
  process.exit(1);
}

function readVersion(packageJson) {
  if (!existsSync(packageJson)) fail(`${relative(root, packageJson)} is missing; run "npm ci" first.`);
  return JSON.parse(readFileSync(packageJson, 'utf8')).version;
}

const wanted = {
  electron: readVersion(electronPackage),
  betterSqlite3: readVersion(join(source, 'package.json')),
  platform: process.platform,
  arch: process.arch,
};
const label = `better-sqlite3 ${wanted.betterSqlite3} for Electron ${wanted.electron} (${wanted.platform}-${wanted.arch})`;

function isUpToDate() {
  if (!existsSync(binary) || !existsSync(stampFile)) return false;
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
  } catch {
    return false;
  }
  if (Object.entries(wanted).some(([key, value]) => stamp[key] !== value)) return false;
  const builtAt = statSync(binary).mtimeMs;
  const inputs = [join(source, 'package.json'), join(source, 'binding.gyp'), electronPackage];
  return inputs.every((input) => statSync(input).mtimeMs <= builtAt);
}

/** npm's own node-gyp first (as `npm rebuild` would use), then the one in node_modules. */
function findNodeGyp() {
  const candidates = [
    process.env.npm_config_node_gyp,
    join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    join(dirname(process.execPath), 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ];
  const found = candidates.find((candidate) => candidate && existsSync(candidate));
  if (!found) fail('node-gyp was not found (neither npm\'s bundled copy nor node_modules/node-gyp).');
  return found;
}

/**
 * npm passes its config down as npm_config_* variables; on some machines that includes
 * nodedir (pointing at Node's headers), which would silently build for the wrong ABI.
 */
function buildEnvironment() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_config_(nodedir|target|runtime|disturl|dist_url|arch|devdir)$/i.test(key)) delete env[key];
  }
  return env;
}

function runNodeGyp(nodeGyp, args, cwd) {
  return spawnSync(process.execPath, [nodeGyp, ...args], {
    cwd,
    env: buildEnvironment(),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

function headersFailureReason(result) {
  const text = `${result.stderr ?? ''}\n${result.stdout ?? ''}`;
  const status = /\b([45]\d\d)\b.*(status|response)|(status|response).*\b([45]\d\d)\b/i.exec(text);
  if (status) return `the server answered ${status[1] ?? status[4]}`;
  if (/network connectivity|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT/i.test(text)) return 'no network connection';
  return result.error?.message ?? `node-gyp exited with code ${result.status}`;
}

function firstErrorLine(result) {
  const text = `${result.stderr ?? ''}\n${result.stdout ?? ''}`;
  const line = text
    .split('\n')
    .map((l) => l.replace(/^gyp (ERR!|info) ?/, '').trim())
    .find((l) => /error|ENOTFOUND|EAI_AGAIN|ECONN|ETIMEDOUT|\b40\d\b|\b50\d\b/i.test(l));
  return line ?? result.error?.message ?? `exit code ${result.status}`;
}

if (!process.argv.includes('--force') && isUpToDate()) {
  console.log(`${label}: up to date (${relative(root, binary)}).`);
  process.exit(0);
}

function copySources() {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(outputRoot, { recursive: true });
  // The sources only: never the Node-ABI build products.
  cpSync(source, target, {
    recursive: true,
    filter: (path) => relative(source, path).split(/[\\/]/)[0] !== 'build',
  });
}

/** better-sqlite3 publishes binaries per Electron ABI; using one spares the user a C++ toolchain. */
function tryPrebuilt() {
  const prebuildInstall = join(root, 'node_modules', 'prebuild-install', 'bin.js');
  if (!existsSync(prebuildInstall)) return false;
  const result = spawnSync(
    process.execPath,
    [prebuildInstall, '--runtime=electron', `--target=${wanted.electron}`, `--arch=${wanted.arch}`, `--platform=${wanted.platform}`],
    { cwd: target, env: buildEnvironment(), encoding: 'utf8', timeout: 120_000 },
  );
  return result.status === 0 && existsSync(binary);
}

function compile() {
  const nodeGyp = findNodeGyp();
  const commonArgs = [`--target=${wanted.electron}`, `--arch=${wanted.arch}`, `--dist-url=${headersUrl}`, `--devdir=${devDir}`];
  // Headers first, separately, so being offline gives one clear line rather than a compiler log.
  const headers = runNodeGyp(nodeGyp, ['install', '--ensure', ...commonArgs], root);
  if (headers.status !== 0) {
    rmSync(target, { recursive: true, force: true });
    fail(
      `could not fetch the Electron ${wanted.electron} headers from ${headersUrl} (${headersFailureReason(headers)}); the desktop app needs them once, browser mode does not.`,
    );
  }
  const build = runNodeGyp(nodeGyp, ['rebuild', '--runtime=electron', '--build-from-source', ...commonArgs], target);
  if (build.status !== 0 || !existsSync(binary)) {
    process.stderr.write(`${build.stdout ?? ''}${build.stderr ?? ''}`);
    fail(`compiling ${label} failed: ${firstErrorLine(build)}`);
  }
}

console.log(`Preparing ${label}…`);
const started = Date.now();
copySources();
const how = tryPrebuilt() ? 'downloaded the published binary' : (compile(), 'compiled from source');
writeFileSync(stampFile, `${JSON.stringify(wanted, null, 2)}\n`);
console.log(`${relative(root, binary)}: ${how} in ${Math.round((Date.now() - started) / 1000)} s.`);
