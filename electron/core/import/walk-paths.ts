import { lstat, readdir, stat } from 'node:fs/promises';
import { basename, sep } from 'node:path';
import { ImportFailure } from './formats/types';

/**
 * A file found for import. `path` is for people (a name that is not valid UTF-8 shows U+FFFD where its
 * odd bytes are); `fsPath`, when present, is the exact bytes of the path to open it by.
 */
export type WalkedPath =
  | { kind: 'file'; path: string; fsPath?: Uint8Array; size: number }
  | { kind: 'error'; path: string; error: ImportFailure };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');

/**
 * Lists the files behind paths a user named (a drop, File → Import…, the CLI): folders recursively in
 * name order, hidden files and dot-folders skipped. Links are followed only where the user named them:
 * a link inside a folder is skipped and reported, so a dropped folder can never pull in a file from
 * elsewhere on the machine (or trap the walk in a loop).
 */
export async function* walkPaths(paths: readonly string[]): AsyncGenerator<WalkedPath> {
  for (const path of paths) yield* walk(await namedPathBytes(path), path, true);
}

/**
 * The bytes of a path the user named. Node reads a command line's arguments as UTF-8, so a name that
 * is not (a shell pattern hands over the name's own bytes) arrives with U+FFFD in place of its odd
 * bytes and can no longer be opened by that text: such a part is matched again against its folder's
 * entries, and taken when exactly one of them reads the same.
 */
async function namedPathBytes(path: string): Promise<Buffer> {
  if (!path.includes('\uFFFD')) return Buffer.from(path);
  let bytes: Buffer | null = null;
  for (const part of path.split(sep)) {
    let chosen = Buffer.from(part);
    if (part.includes('\uFFFD')) {
      const folder = bytes === null ? Buffer.from('.') : bytes.length === 0 ? Buffer.from(sep) : bytes;
      const entries = await readdir(folder, { encoding: 'buffer' }).catch(() => []);
      const same = entries.filter((entry) => lenientUtf8.decode(entry) === part);
      if (same.length === 1) chosen = same[0]!;
    }
    bytes = bytes === null ? chosen : Buffer.concat([bytes, Buffer.from(sep), chosen]);
  }
  return bytes ?? Buffer.from(path);
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

async function* walk(fsPath: Buffer, path: string, named: boolean): AsyncGenerator<WalkedPath> {
  const name = basename(path);
  let info;
  try {
    info = named ? await stat(fsPath) : await lstat(fsPath);
  } catch (error) {
    yield { kind: 'error', path, error: fileError(error, name) };
    return;
  }
  if (info.isSymbolicLink()) {
    yield {
      kind: 'error',
      path,
      error: new ImportFailure('unreadable', `${name} is a link inside a folder and was not followed; import the file it points to by itself`),
    };
    return;
  }
  if (info.isDirectory()) {
    let names: Buffer[];
    try {
      names = (await readdir(fsPath, { encoding: 'buffer' })).filter((n) => n[0] !== 0x2e).sort(Buffer.compare);
    } catch (error) {
      yield { kind: 'error', path, error: fileError(error, name) };
      return;
    }
    for (const child of names) {
      const childPath = Buffer.concat([fsPath, Buffer.from(sep), child]);
      yield* walk(childPath, `${path}${sep}${lenientUtf8.decode(child)}`, false);
    }
    return;
  }
  if (!info.isFile()) {
    yield { kind: 'error', path, error: new ImportFailure('unsupported-type', `${name} is not a regular file`) };
    return;
  }
  yield isUtf8(fsPath) ? { kind: 'file', path, size: info.size } : { kind: 'file', path, fsPath: new Uint8Array(fsPath), size: info.size };
}

export function fileError(error: unknown, name: string): ImportFailure {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return new ImportFailure('unreadable', `${name} was not found`);
  if (code === 'EACCES' || code === 'EPERM') return new ImportFailure('unreadable', `${name} cannot be read: permission denied`);
  return new ImportFailure('unreadable', `${name} cannot be read: ${error instanceof Error ? error.message : String(error)}`);
}
