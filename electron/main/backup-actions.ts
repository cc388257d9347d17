import { app, dialog, type BrowserWindow, type MessageBoxOptions } from 'electron';
import { backupFolder, checkBackupOffThread, latestUsableBackupOffThread, restoreBackupOffThread, type BackupCheckWorker } from '../core/backup/backups';
import type { CoreHostClient } from './core-host-client';

function show(window: BrowserWindow | null, box: MessageBoxOptions) {
  return window ? dialog.showMessageBox(window, box) : dialog.showMessageBox(box);
}

/** File → Back Up Now: an online copy while the archive stays open. */
export async function backUpNow(host: CoreHostClient | null, window: BrowserWindow | null): Promise<void> {
  if (!host) return;
  try {
    const made = await host.invoke('backups.create', {});
    await show(window, { type: 'info', message: 'The archive was backed up.', detail: made.path });
  } catch (error) {
    await show(window, { type: 'error', message: 'Parley could not back up the archive.', detail: String(error) });
  }
}

/** A restore under way: a second one from the menu meanwhile would stop the archive process under it. */
let restoring = false;

/**
 * Runs a backup check (quick_check reads the whole file, seconds for a large one) on the backup
 * worker, with the window's progress bar busy meanwhile: the window goes on answering.
 */
async function checking<T>(window: BrowserWindow | null, check: Promise<T>): Promise<T> {
  const shown = window && !window.isDestroyed() ? window : null;
  shown?.setProgressBar(2);
  try {
    return await check;
  } finally {
    if (shown && !shown.isDestroyed()) shown.setProgressBar(-1);
  }
}

/**
 * Puts a backup chosen by the user (or the latest) in the archive's place and restarts Parley. The
 * archive process is stopped first; the file it replaces is set aside, never overwritten.
 */
export async function restoreFromBackup(options: {
  archivePath: string;
  nativeBinding: string | null;
  /** The bundled backup worker, on which each backup is checked. */
  backupWorkerPath: string;
  stopHost: () => Promise<void>;
  window: BrowserWindow | null;
  /** Offer only the latest backup (opening a damaged archive), without a file dialog. */
  latestOnly?: boolean;
}): Promise<boolean> {
  if (restoring) return false;
  restoring = true;
  try {
    return await chooseAndRestore(options, { workerPath: options.backupWorkerPath, nativeBinding: options.nativeBinding });
  } finally {
    restoring = false;
  }
}

async function chooseAndRestore(options: Parameters<typeof restoreFromBackup>[0], worker: BackupCheckWorker): Promise<boolean> {
  const { archivePath, window } = options;
  const refuse = async (error: unknown) => {
    await show(window, { type: 'error', message: 'The backup could not be restored.', detail: String(error) });
    return false;
  };
  let chosen: string | undefined;
  if (options.latestOnly) {
    // The latest that passes the check, so a damaged one (made before backups were checked) is never the offer.
    try {
      chosen = (await checking(window, latestUsableBackupOffThread(archivePath, worker)))?.path;
    } catch (error) {
      return refuse(error);
    }
  } else {
    const picked = window
      ? await dialog.showOpenDialog(window, { title: 'Restore a backup', defaultPath: backupFolder(archivePath), properties: ['openFile'] })
      : await dialog.showOpenDialog({ title: 'Restore a backup', defaultPath: backupFolder(archivePath), properties: ['openFile'] });
    chosen = picked.canceled ? undefined : picked.filePaths[0];
    // Checked while the archive is still open: a file that is no backup must not stop the app.
    if (chosen) {
      try {
        await checking(window, checkBackupOffThread(chosen, worker));
      } catch (error) {
        return refuse(error);
      }
    }
  }
  if (!chosen) return false;
  const confirm = await show(window, {
    type: 'question',
    buttons: ['Restore and Restart', 'Cancel'],
    defaultId: 0,
    cancelId: 1,
    message: 'Put this backup in the archive’s place?',
    detail: `${chosen}\n\nThe current archive file is kept beside it (renamed), never overwritten. Parley restarts.`,
  });
  if (confirm.response !== 0) return false;
  await options.stopHost();
  try {
    await checking(window, restoreBackupOffThread(archivePath, chosen, worker));
  } catch (error) {
    await refuse(error);
    // From the menu the archive was open and is now closed: Parley starts again on it rather than
    // stay without one. An archive that would not open at start leaves the caller to say so and quit.
    if (options.latestOnly) return false;
  }
  app.relaunch();
  app.exit(0);
  return true;
}
