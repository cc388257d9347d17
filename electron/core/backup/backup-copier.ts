import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Database } from 'better-sqlite3';
import { backupProblem } from './backup-check';
import { markRollbackJournal } from './backup-copy';
import type { BackupWorkerData, BackupWorkerReply } from './backup-worker';

/** The worker script next to this module: the TypeScript shim in a checkout, the bundled worker in out/node. */
export const SOURCE_BACKUP_WORKER_PATH = join(dirname(fileURLToPath(import.meta.url)), 'backup-worker.mjs');

/** The archive was closed (Parley quitting) while a new backup was being made: nothing of it was kept. */
export class BackupStoppedError extends Error {
  override readonly name = 'BackupStoppedError';
}

/** Makes whole backup copies and checks them (see backupProblem). */
export interface BackupCopier {
  /**
   * Writes a copy of the archive to copyPath and checks it: resolves to what makes the copy unusable,
   * or null, once nothing holds the copy open; rejects when no whole copy could be made.
   */
  copy(copyPath: string): Promise<string | null>;
  /** Stops the copies in flight: each rejects with BackupStoppedError once its worker has ended. */
  close(): void;
}

export interface BackupCopierOptions {
  /** The archive's connection, for copies made on the calling thread. */
  db: Database;
  archivePath: string;
  /** The worker script (SOURCE_BACKUP_WORKER_PATH or a build's bundled one); null works on the calling thread. */
  workerPath: string | null;
  /** better-sqlite3 built for Electron, when the desktop app's archive process backs up. */
  nativeBinding: string | null;
}

/**
 * A copy through the archive's own connection and a check, on the calling thread, for hosts without a
 * worker script: the copy goes in small steps between other work, but its final sync to disk and the
 * check hold the thread (about 0.4 s and 1.3 s for a 311 MB archive), and cannot be stopped midway.
 */
function copierOnThisThread(db: Database, nativeBinding: string | null): BackupCopier {
  return {
    copy: async (copyPath) => {
      await db.backup(copyPath);
      markRollbackJournal(copyPath);
      return backupProblem(copyPath, nativeBinding);
    },
    close: () => undefined,
  };
}

/**
 * Each backup is made on a worker thread of its own, with its own connections to the archive (read
 * only) and to the copy (a file nothing else writes): the thread that owns the archive goes on
 * answering while SQLite copies, syncs and checks. One worker per backup: a backup is made once a
 * day, and a worker that ends with it leaves nothing running between backups.
 */
export function backupCopier(options: BackupCopierOptions): BackupCopier {
  const { archivePath, workerPath, nativeBinding } = options;
  if (!workerPath) return copierOnThisThread(options.db, nativeBinding);
  const running = new Set<Worker>();
  let closed = false;
  const stopped = () => new BackupStoppedError('The backup was not kept: the archive was closed while it was being made.');

  const copy = (copyPath: string) =>
    new Promise<string | null>((resolve, reject) => {
      if (closed) {
        reject(stopped());
        return;
      }
      const worker = new Worker(workerPath, { workerData: { task: 'copy', archivePath, copyPath, nativeBinding } satisfies BackupWorkerData });
      running.add(worker);
      let reply: BackupWorkerReply | null = null;
      let failure: Error | null = null;
      worker.once('message', (message: BackupWorkerReply) => (reply = message));
      worker.once('error', (error) => (failure = error));
      // Settled on exit, not on the reply: by then the worker's connections are closed, so the copy
      // can be renamed or removed on every platform.
      worker.once('exit', () => {
        running.delete(worker);
        const settled = reply as BackupWorkerReply | null;
        // Closed while the worker was ending: whatever it answered, stopping keeps no copy.
        if (closed) reject(stopped());
        else if (settled && 'problem' in settled) resolve(settled.problem);
        else if (settled) reject(new Error(settled.copyFailed));
        else reject(new Error(`The backup could not be made (${failure?.message ?? 'its worker stopped unexpectedly'}); nothing was kept.`));
      });
    });

  return {
    copy,
    close: () => {
      closed = true;
      // A worker inside SQLite ends when SQLite returns: terminate cannot cut native code short.
      for (const worker of running) void worker.terminate();
    },
  };
}
