import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SOURCE_BACKUP_WORKER_PATH } from '../../../electron/core/backup/backup-copier';
import { createBackup } from '../../../electron/core/backup/backups';
import { openArchive } from '../../../electron/core/db/open';
import { damageFirstPageOf } from '../../support/damage-page';
import { seedArchive } from '../../support/seed-archive';
import { useTempDir } from '../../support/temp-dir';

// Electron's dialogs and app, played by spies: the user picks a file and confirms every question.
const electron = vi.hoisted(() => ({
  picked: '',
  shown: [] as { type?: string; message: string }[],
  /** Turns of this thread's event loop, when a test counts them: at the pick, and at each box shown. */
  turns: { now: 0, atPick: 0, atShown: [] as number[] },
  relaunch: vi.fn(),
  exit: vi.fn(),
}));
vi.mock('electron', () => ({
  app: { relaunch: electron.relaunch, exit: electron.exit },
  dialog: {
    showOpenDialog: async () => {
      electron.turns.atPick = electron.turns.now;
      return { canceled: false, filePaths: [electron.picked] };
    },
    showMessageBox: async (box: { type?: string; message: string }) => {
      electron.shown.push(box);
      electron.turns.atShown.push(electron.turns.now);
      return { response: 0 };
    },
  },
}));

const { restoreFromBackup } = await import('../../../electron/main/backup-actions');

describe('File → Restore Backup…', () => {
  const tempDir = useTempDir();
  afterEach(() => {
    electron.shown.length = 0;
    electron.turns.atShown.length = 0;
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

    const restored = await restoreFromBackup({ archivePath, nativeBinding: null, backupWorkerPath: SOURCE_BACKUP_WORKER_PATH, stopHost, window: null });

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

    await restoreFromBackup({ archivePath, nativeBinding: null, backupWorkerPath: SOURCE_BACKUP_WORKER_PATH, stopHost, window: null });
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

    await restoreFromBackup({ archivePath, nativeBinding: null, backupWorkerPath: SOURCE_BACKUP_WORKER_PATH, stopHost, window: null, latestOnly: true });

    expect(electron.shown.at(-1)).toMatchObject({ type: 'question', detail: expect.stringContaining(good.path) as unknown });
    expect(electron.relaunch).toHaveBeenCalledOnce();
    expect(readFileSync(archivePath).equals(readFileSync(good.path))).toBe(true);
    expect(readdirSync(dir).some((name) => name.startsWith('archive.sqlite.replaced-'))).toBe(true);
  });

  it('keeps the window’s thread turning while the chosen backup is checked, before asking to restore it', async () => {
    const dir = tempDir();
    const archivePath = join(dir, 'archive.sqlite');
    seedArchive(archivePath);
    const db = openArchive(archivePath);
    electron.picked = (await createBackup(db, archivePath)).path;
    db.close();
    let counting = true;
    const counter = (async () => {
      while (counting) {
        await nextTurn();
        electron.turns.now++;
      }
    })();
    try {
      await restoreFromBackup({ archivePath, nativeBinding: null, backupWorkerPath: SOURCE_BACKUP_WORKER_PATH, stopHost: async () => undefined, window: null });
    } finally {
      counting = false;
      await counter;
    }

    expect(electron.shown[0]).toMatchObject({ type: 'question' });
    expect(electron.turns.atShown[0]).toBeGreaterThan(electron.turns.atPick);
    expect(electron.relaunch).toHaveBeenCalledOnce();
  });

  it('ignores Restore Backup… chosen again while a restore is under way, so the archive process is stopped once', async () => {
    const dir = tempDir();
    const archivePath = join(dir, 'archive.sqlite');
    seedArchive(archivePath, 10);
    const db = openArchive(archivePath);
    electron.picked = (await createBackup(db, archivePath)).path;
    db.close();
    const stopHost = vi.fn(async () => undefined);
    const options = { archivePath, nativeBinding: null, backupWorkerPath: SOURCE_BACKUP_WORKER_PATH, stopHost, window: null };

    const first = restoreFromBackup(options);
    expect(await restoreFromBackup(options)).toBe(false);
    expect(await first).toBe(true);

    expect(stopHost).toHaveBeenCalledOnce();
    expect(electron.relaunch).toHaveBeenCalledOnce();
    // The one file set aside (its -shm beside it, if any, goes with it).
    expect(readdirSync(dir).filter((name) => /^archive\.sqlite\.replaced-\w+$/.test(name))).toHaveLength(1);
  });
});
