import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The downloaded Electron binary, found the way the electron package finds it (which throws when absent). */
function findElectronBinary(): string | null {
  const packageDir = join(PROJECT_ROOT, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const executable = readFileSync(pathFile, 'utf8').trim();
  const binary = join(process.env.ELECTRON_OVERRIDE_DIST_PATH || join(packageDir, 'dist'), executable);
  return executable && existsSync(binary) ? binary : null;
}

export const electronBinary = findElectronBinary();

export const NO_ELECTRON =
  'Electron binary not installed here (node_modules/electron has no downloaded dist): the desktop suite is skipped.';
