#!/usr/bin/env node
// `npm start`: opens the desktop app when the Electron binary is installed; otherwise says
// so in one line and starts browser mode. Arguments after `--` go to either (e.g. --archive PATH).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const forwarded = process.argv.slice(2);

/** Mirrors how the electron package finds its binary, without loading it (it throws when absent). */
function electronBinary() {
  const packageDir = join(root, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const executable = readFileSync(pathFile, 'utf8').trim();
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(packageDir, 'dist');
  const binary = join(dist, executable);
  return executable && existsSync(binary) ? binary : null;
}

function runStep(args) {
  return spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' }).status === 0;
}

/** Runs a child in the foreground: its output is ours, our stop signals become its. */
function runForeground(command, args, env = process.env) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env });
  let forwarded = false;
  const stop = () => {
    // A terminal's Ctrl+C reaches the child too; SIGTERM lets it shut down cleanly either way.
    if (!forwarded && child.exitCode === null) child.kill('SIGTERM');
    forwarded = true;
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, stop);
  child.on('error', (error) => {
    console.error(`Could not start ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function startBrowserMode(reason) {
  console.log(`${reason}; starting browser mode instead.`);
  runForeground(process.execPath, [join(root, 'bin', 'parley.mjs'), 'serve', ...forwarded]);
}

const electron = electronBinary();
if (!electron) {
  startBrowserMode('The Electron binary could not be obtained (node_modules/electron has none)');
} else if (!runStep([join(root, 'scripts', 'build-electron-native.mjs')])) {
  startBrowserMode('The database module for Electron could not be built (see above)');
} else if (!runStep([join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build', '--logLevel', 'warn'])) {
  console.error('Building Parley failed (see the messages above).');
  process.exit(1);
} else {
  const env = { ...process.env };
  // Set by some shells and tools; it would make the binary behave as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  runForeground(electron, ['.', ...forwarded], env);
}
