import { isAbsolute, join, resolve } from 'node:path';
import { ARCHIVE_FILE_NAME } from '../core/archive-location';

export interface LaunchOptions {
  /** Set when `--user-data-dir` asks for another profile folder (tests, portable use). */
  userDataDir: string | null;
  archivePath: string;
}

/** Reads `--name VALUE` or `--name=VALUE`; the last one given wins. */
export function flagValue(argv: readonly string[], name: string): string | null {
  let value: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === `--${name}`) {
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('--')) value = next;
    } else if (arg?.startsWith(`--${name}=`)) {
      value = arg.slice(name.length + 3);
    }
  }
  return value === '' ? null : value;
}

/**
 * `--archive PATH` wins, then PARLEY_ARCHIVE, then the archive in the user data folder
 * (the same place the CLI and browser mode look).
 */
export function launchOptions(input: {
  argv: readonly string[];
  env: Record<string, string | undefined>;
  cwd: string;
  /** Resolved lazily: it is Electron's `userData`, which `--user-data-dir` may change. */
  userDataDir: (override: string | null) => string;
}): LaunchOptions {
  const absolute = (path: string) => (isAbsolute(path) ? path : resolve(input.cwd, path));
  const userDataOverride = flagValue(input.argv, 'user-data-dir');
  const userDataDir = userDataOverride === null ? null : absolute(userDataOverride);
  const explicit = flagValue(input.argv, 'archive') ?? (input.env.PARLEY_ARCHIVE || null);
  return {
    userDataDir,
    archivePath: explicit ? absolute(explicit) : join(input.userDataDir(userDataDir), ARCHIVE_FILE_NAME),
  };
}
