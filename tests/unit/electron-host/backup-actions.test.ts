import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBackup } from '../../../electron/core/backup/backups';
import { openArchive } from '../../../electron/core/db/open';
import { damageFirstPageOf } from '../../support/damage-page';
import { useTempDir } from '../../support/temp-dir';

// Electron's dialogs and app, played by spies: the user picks a file and confirms every question.
const electron = vi.hoisted(() => ({
  picked: '',
  shown: [] as { type?: string; message: string }[],
  relaunch: vi.fn(),
  exit: vi.fn(),
}));
vi.mock('electron', () => ({
  app: { relaunch: electron.relaunch, exit: electron.exit },
  dialog: {
    showOpenDialog: async () => ({ canceled: false, filePaths: [electron.picked] }),
    showMessageBox: async (box: { type?: string; message: string }) => {
      electron.shown.push(box);
      return { response: 0 };
    },
  },
}));

const { restoreFromBackup } = await import('../../../electron/main/backup-actions');

describe('File → Restore Backup…', () => {
  const tempDir = useTempDir();
  afterEach(() => {
    electron.shown.length = 0;
    electron.relaunch.mockClear();
    electron.exit.mockClear();
  });

  it('refuses a file that is not a usable backup before stopping the archive, so the app goes on working', async () => {
    const dir = tempDir();
    const archivePath = join(dir, 'archive.sqlite');
    openArchive(archivePath).close();
    const before = readFileSync(archivePath);
    electron.picked = join(dir, 'notes.txt');
    writeFileSync(electron.picked, 'not a backup');
    const stopHost = vi.fn(async () => undefined);

    const restored = await restoreFromBackup({ archivePath, nativeBinding: null, stopHost, window: null });

    expect(restored).toBe(false);
    expect(stopHost).not.toHaveBeenCalled();
    expect(electron.shown.at(-1)).toMatchObject({ type: 'error', message: 'The backup could not be restored.' });
    expect(electron.relaunch).not.toHaveBeenCalled();
    expect(readFileSync(archivePath).equals(before)).toBe(true);
    expect(existsSync(archivePath)).toBe(true);
  });

  it('starts Parley again on the archive when the restore fails once it was closed', async () => {
    const dir = tempDir();
    const archivePath = join(dir, 'archive.sqlite');
    const live = openArchive(archivePath);
    const backup = await createBackup(live, archivePath);
    electron.picked = backup.path;
    // Another Parley (browser mode, say) still has the archive open after the app's own core stopped.
    const stopHost = vi.fn(async () => undefined);

    await restoreFromBackup({ archivePath, nativeBinding: null, stopHost, window: null });
    live.close();

    expect(stopHost).toHaveBeenCalledOnce();
    expect(electron.shown.at(-1)).toMatchObject({ type: 'error', message: 'The backup could not be restored.' });
    expect(electron.relaunch).toHaveBeenCalledOnce();
    expect(existsSync(archivePath)).toBe(true);
  });

  it('offers a damaged archive the latest backup that passes the check, passing over a damaged newer one', async () => {
    const dir = tempDir();
    const archivePath = join(dir, 'archive.sqlite');
    const db = openArchive(archivePath);
    db.prepare(`INSERT INTO articles (title, original_name, format, content_hash, text, imported_at) VALUES ('Talks', 'a.txt', 'txt', 'h1', 'The minister said talks go on.', 'now')`).run();
    const good = await createBackup(db, archivePath, new Date(Date.UTC(2026, 0, 1)));
    const damaged = await createBackup(db, archivePath, new Date(Date.UTC(2026, 0, 2)));
    db.close();
    damageFirstPageOf(damaged.path, 'edit_history_undone');
    writeFileSync(archivePath, 'this is no longer a database '.repeat(400));
    const stopHost = vi.fn(async () => undefined);

    await restoreFromBackup({ archivePath, nativeBinding: null, stopHost, window: null, latestOnly: true });

    expect(electron.shown.at(-1)).toMatchObject({ type: 'question', detail: expect.stringContaining(good.path) as unknown });
    expect(electron.relaunch).toHaveBeenCalledOnce();
    expect(readFileSync(archivePath).equals(readFileSync(good.path))).toBe(true);
    expect(readdirSync(dir).some((name) => name.startsWith('archive.sqlite.replaced-'))).toBe(true);
  });
});
