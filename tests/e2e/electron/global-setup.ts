import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { electronBinary, NO_ELECTRON, PROJECT_ROOT } from './electron-binary';

function run(script: string, args: string[]): void {
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, script), ...args], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${script} ${args.join(' ')} failed (see above).`);
}

/** Builds what the desktop app runs (its database module for Electron's ABI, then out/). */
export default function globalSetup(): void {
  if (!electronBinary) {
    console.log(NO_ELECTRON);
    return;
  }
  run('scripts/build-electron-native.mjs', []);
  run('node_modules/electron-vite/bin/electron-vite.js', ['build', '--logLevel', 'warn']);
}
