import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RENDERER_OUT = join(PROJECT_ROOT, 'out', 'renderer');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * Browser mode serves the built renderer. In a source checkout it is built on first use
 * and again whenever the renderer's or shared sources are newer than the build.
 */
export function ensureRendererBuilt(log: (line: string) => void): string {
  const index = join(RENDERER_OUT, 'index.html');
  const sources = ['renderer', 'shared', 'resources'].map((d) => join(PROJECT_ROOT, d)).filter((d) => existsSync(d));
  const hasSources = existsSync(join(PROJECT_ROOT, 'renderer', 'index.html'));
  const stale = !existsSync(index) || (hasSources && Math.max(...sources.map(newestMtime)) > statSync(index).mtimeMs);
  if (!stale) return RENDERER_OUT;
  if (!hasSources) throw new Error(`The interface is not built and its sources are missing (${index}).`);

  log('Building the interface…');
  const cli = join(PROJECT_ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const build = spawnSync(process.execPath, [cli, 'build', '--logLevel', 'warn'], { cwd: PROJECT_ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (build.status !== 0 || !existsSync(index)) throw new Error('Building the interface failed (see the messages above).');
  return RENDERER_OUT;
}
