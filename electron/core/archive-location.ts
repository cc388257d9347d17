import { homedir } from 'node:os';
import { join } from 'node:path';

const APP_FOLDER = 'Parley';
export const ARCHIVE_FILE_NAME = 'archive.parley.sqlite';

/**
 * The folder Electron calls `userData` for an app named Parley, so the desktop app,
 * the CLI and browser mode all find the same archive without being told.
 */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_FOLDER);
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), APP_FOLDER);
}

/** `--archive PATH` wins, then PARLEY_ARCHIVE, then the user data folder. */
export function resolveArchivePath(explicit?: string | null, env: NodeJS.ProcessEnv = process.env): string {
  if (explicit) return explicit;
  if (env.PARLEY_ARCHIVE) return env.PARLEY_ARCHIVE;
  return join(userDataDir(env), ARCHIVE_FILE_NAME);
}

export function defaultArchivePath(): string {
  return resolveArchivePath(null);
}
