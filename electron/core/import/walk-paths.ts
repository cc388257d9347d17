import { lstat, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ImportFailure } from './formats/types';

export type WalkedPath = { kind: 'file'; path: string; size: number } | { kind: 'error'; path: string; error: ImportFailure };

/**
 * Lists the files behind paths a user named (a drop, File → Import…, the CLI): folders recursively in
 * name order, hidden files and dot-folders skipped. Links are followed where the user named them, not
 * inside folders, so a link loop cannot trap the walk.
 */
export async function* walkPaths(paths: readonly string[]): AsyncGenerator<WalkedPath> {
  for (const path of paths) yield* walk(path, true);
}

async function* walk(path: string, named: boolean): AsyncGenerator<WalkedPath> {
  const name = basename(path);
  let info;
  try {
    info = named ? await stat(path) : await lstat(path);
    if (info.isSymbolicLink()) {
      info = await stat(path);
      if (info.isDirectory()) return;
    }
  } catch (error) {
    yield { kind: 'error', path, error: fileError(error, name) };
    return;
  }
  if (info.isDirectory()) {
    let names: string[];
    try {
      names = (await readdir(path)).filter((n) => !n.startsWith('.')).sort();
    } catch (error) {
      yield { kind: 'error', path, error: fileError(error, name) };
      return;
    }
    for (const child of names) yield* walk(join(path, child), false);
    return;
  }
  if (!info.isFile()) {
    yield { kind: 'error', path, error: new ImportFailure('unsupported-type', `${name} is not a regular file`) };
    return;
  }
  yield { kind: 'file', path, size: info.size };
}

export function fileError(error: unknown, name: string): ImportFailure {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return new ImportFailure('unreadable', `${name} was not found`);
  if (code === 'EACCES' || code === 'EPERM') return new ImportFailure('unreadable', `${name} cannot be read: permission denied`);
  return new ImportFailure('unreadable', `${name} cannot be read: ${error instanceof Error ? error.message : String(error)}`);
}
