import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openArchive } from '../../../electron/core/db/open';
import { useTempDir } from '../../support/temp-dir';

const BIN = join(import.meta.dirname, '..', '..', '..', 'bin', 'parley.mjs');
const PER_RUN_MS = 60_000;
const NOBODY = 65534;

/**
 * File permissions do not bind root, and these tests often run as root: there `parley` runs as an
 * unprivileged user (setpriv, from util-linux), so a read-only file or folder really is one.
 */
function parleyUnprivileged(args: string[]) {
  const asRoot = process.getuid?.() === 0;
  const command = asRoot ? 'setpriv' : process.execPath;
  const argv = asRoot ? [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', process.execPath, BIN, ...args] : [BIN, ...args];
  const run = spawnSync(command, argv, { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const ARTICLE = ['Talks at the cosmodrome', '', 'Foreign Minister Anna Berg said, “We will not accept any deal that breaks the embargo.”', ''].join('\n');

describe('an archive in a read-only folder', () => {
  const tempDir = useTempDir();
  const lockedFolders: string[] = [];
  // Unlocked before the temp folders go, so a run that is not root can remove them too.
  afterEach(() => {
    for (const folder of lockedFolders.splice(0)) chmodSync(folder, 0o755);
  });

  /** A real archive (WAL mode, no -wal or -shm left) inside a folder nobody may write to; inputs others may read. */
  function readOnlyFolderArchive() {
    const root = tempDir();
    chmodSync(root, 0o755);
    const made = join(tempDir(), 'made.sqlite');
    openArchive(made).close();
    const folder = join(root, 'archive-folder');
    mkdirSync(folder);
    const archive = join(folder, 'archive.sqlite');
    copyFileSync(made, archive);
    chmodSync(archive, 0o666);
    chmodSync(folder, 0o555);
    lockedFolders.push(folder);
    const inputs = join(root, 'inputs');
    mkdirSync(inputs, { mode: 0o755 });
    for (let i = 0; i < 3; i++) writeFileSync(join(inputs, `story-${i}.txt`), `${ARTICLE}\nRound ${i}.\n`, { mode: 0o644 });
    return { archive, inputs };
  }

  it('is reported as read-only, once, by import and by search, never as a bare SQLite error', () => {
    const { archive, inputs } = readOnlyFolderArchive();
    const imported = parleyUnprivileged(['import', '--archive', archive, inputs]);
    expect(imported.code).toBe(1);
    expect(imported.stderr).toMatch(/archive\.sqlite cannot be written \(its folder is read-only/);
    expect(imported.stderr.match(/read-only/g)).toHaveLength(1);
    expect(imported.stderr).not.toMatch(/story-\d\.txt/);

    const searched = parleyUnprivileged(['search', '--archive', archive, 'embargo']);
    expect(searched.code).toBe(1);
    expect(searched.stderr).toMatch(/archive\.sqlite cannot be written \(its folder is read-only/);
    expect(searched.stderr).not.toMatch(/attempt to write a readonly database/);
  }, 2 * PER_RUN_MS);

  it('names an archive the user may not open, or a folder given as the archive, as such', () => {
    const { archive } = readOnlyFolderArchive();
    chmodSync(archive, 0o000);
    const searched = parleyUnprivileged(['search', '--archive', archive, 'embargo']);
    expect(searched.code).toBe(1);
    expect(searched.stderr).toMatch(/archive\.sqlite cannot be opened: permission denied/);

    const folder = parleyUnprivileged(['search', '--archive', join(archive, '..'), 'embargo']);
    expect(folder.code).toBe(1);
    expect(folder.stderr).toMatch(/archive-folder is a folder, not an archive file/);
  }, 2 * PER_RUN_MS);
});
