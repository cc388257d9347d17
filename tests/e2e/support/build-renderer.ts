import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import electronViteConfig from '../../../electron.vite.config';

export const PROJECT_ROOT = join(import.meta.dirname, '..', '..', '..');
const RENDERER_INDEX = join(PROJECT_ROOT, 'out', 'renderer', 'index.html');
// The same folders parley serve checks, so a server started by a test never rebuilds.
const SOURCE_DIRS = ['renderer', 'shared', 'resources'].map((dir) => join(PROJECT_ROOT, dir));

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export function rendererIsStale(): boolean {
  if (!existsSync(RENDERER_INDEX)) return true;
  const built = statSync(RENDERER_INDEX).mtimeMs;
  return SOURCE_DIRS.some((dir) => existsSync(dir) && newestMtime(dir) > built);
}

/**
 * Builds only the renderer, from the renderer section of electron.vite.config.ts, so the
 * browser tests do not depend on the main and preload bundles.
 */
export async function buildRendererIfStale(): Promise<boolean> {
  if (!rendererIsStale()) return false;
  const renderer = (electronViteConfig as { renderer?: Record<string, unknown> }).renderer;
  if (!renderer) throw new Error('electron.vite.config.ts has no renderer section.');
  const rendererBuild = (renderer.build ?? {}) as Record<string, unknown>;
  await build({ ...renderer, base: './', configFile: false, logLevel: 'warn', build: { ...rendererBuild, emptyOutDir: true } });
  if (!existsSync(RENDERER_INDEX)) throw new Error(`The renderer build did not produce ${RENDERER_INDEX}.`);
  return true;
}
