import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { backupProblem } from './backup-check';
import type { BackupCheckReply, BackupCheckWorkerData } from './backup-check-worker';

/** The worker script next to this module: the TypeScript shim in a checkout, the bundled worker in out/node. */
export const SOURCE_BACKUP_CHECK_WORKER_PATH = join(dirname(fileURLToPath(import.meta.url)), 'backup-check-worker.mjs');

/** The archive was closed (Parley quitting) while a new backup was being checked: the copy was not kept. */
export class BackupCheckStoppedError extends Error {
  override readonly name = 'BackupCheckStoppedError';
}

/** Checks backup copies as backupProblem does, and answers when the check has let go of the file. */
export interface BackupChecker {
  problem(path: string): Promise<string | null>;
  /** Stops the checks in flight: each rejects with BackupCheckStoppedError once its worker has ended. */
  close(): void;
}

export interface BackupCheckerOptions {
  /** The worker script (SOURCE_BACKUP_CHECK_WORKER_PATH or a build's bundled one); null checks on this thread. */
  workerPath: string | null;
  /** better-sqlite3 built for Electron, when the desktop app's archive process checks. */
  nativeBinding: string | null;
}

/**
 * A check on the calling thread, for hosts without a worker script: it holds that thread for as long
 * as SQLite reads the copy, and cannot be stopped midway, so close has nothing to do.
 */
function checkerOnThisThread(nativeBinding: string | null): BackupChecker {
  return { problem: async (path) => backupProblem(path, nativeBinding), close: () => undefined };
}

/**
 * Each check runs on a worker thread of its own with its own read-only connection to the copy (a
 * file nothing else writes), so the thread that owns the archive keeps answering meanwhile. One
 * worker per check: a backup is made once a day, and a worker that ends with its check leaves
 * nothing running between backups.
 */
export function backupChecker(options: BackupCheckerOptions): BackupChecker {
  const { workerPath, nativeBinding } = options;
  if (!workerPath) return checkerOnThisThread(nativeBinding);
  const running = new Set<Worker>();
  let closed = false;
  const stopped = () => new BackupCheckStoppedError('The backup was not kept: the archive was closed while its copy was being checked.');

  const problem = (path: string) =>
    new Promise<string | null>((resolve, reject) => {
      if (closed) {
        reject(stopped());
        return;
      }
      const worker = new Worker(workerPath, { workerData: { path, nativeBinding } satisfies BackupCheckWorkerData });
      running.add(worker);
      let reply: BackupCheckReply | null = null;
      let failure: Error | null = null;
      worker.once('message', (message: BackupCheckReply) => (reply = message));
      worker.once('error', (error) => (failure = error));
      // Settled on exit, not on the reply: by then the worker's connection is closed, so the copy
      // can be renamed or removed on every platform.
      worker.once('exit', () => {
        running.delete(worker);
        if (reply) resolve(reply.problem);
        else if (closed) reject(stopped());
        else reject(new Error(`The new backup could not be checked (${failure?.message ?? 'the check stopped unexpectedly'}), so it was not kept.`));
      });
    });

  return {
    problem,
    close: () => {
      closed = true;
      // A worker inside quick_check ends when SQLite returns: terminate cannot cut native code short.
      for (const worker of running) void worker.terminate();
    },
  };
}
