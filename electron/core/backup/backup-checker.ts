import { Worker } from 'node:worker_threads';
import type { BackupCheckReply, BackupCheckRequest, BackupWorkerData } from './backup-worker';

/** Checks backup files on a worker thread of its own (see backupProblem), one after another. */
export interface BackupChecker {
  /**
   * What makes the file unusable as a backup, or null, once the worker has closed it; rejects when
   * the worker could not start or stopped before it answered.
   */
  problemOf(path: string): Promise<string | null>;
  /** Ends the worker; checks still waiting reject. */
  close(): Promise<void>;
}

interface Waiting {
  path: string;
  resolve: (problem: string | null) => void;
  reject: (error: Error) => void;
}

function notChecked(path: string, reason: string): Error {
  return new Error(`The backup ${path} could not be checked (${reason}); nothing was changed.`);
}

/**
 * Starts one worker for a series of checks (the newest usable backup may be found only after a few
 * damaged ones): quick_check reads every page, about 1.3 s for a 300 MB backup, and the thread that
 * asks (the desktop app's window thread) goes on answering meanwhile. Close it when done.
 */
export function startBackupChecker(workerPath: string, nativeBinding: string | null): BackupChecker {
  // The worker answers in the order asked, so the oldest waiting check is the one answered.
  const waiting: Waiting[] = [];
  let stopped: string | null = null;
  let failure: Error | null = null;
  const worker = new Worker(workerPath, { workerData: { task: 'check', nativeBinding } satisfies BackupWorkerData });
  worker.on('message', (reply: BackupCheckReply) => waiting.shift()?.resolve(reply.problem));
  worker.once('error', (error) => (failure = error));
  worker.once('exit', () => {
    stopped ??= failure ? `its worker failed: ${failure.message}` : 'its worker stopped unexpectedly';
    for (const check of waiting.splice(0)) check.reject(notChecked(check.path, stopped));
  });

  return {
    problemOf: (path) =>
      new Promise((resolve, reject) => {
        if (stopped !== null) {
          reject(notChecked(path, stopped));
          return;
        }
        waiting.push({ path, resolve, reject });
        worker.postMessage({ path } satisfies BackupCheckRequest);
      }),
    close: async () => {
      stopped ??= 'the check was stopped';
      await worker.terminate();
    },
  };
}

/** Runs `use` with a checker of its own, and ends the checker's worker whatever `use` does. */
export async function withBackupChecker<T>(workerPath: string, nativeBinding: string | null, use: (checker: BackupChecker) => Promise<T>): Promise<T> {
  const checker = startBackupChecker(workerPath, nativeBinding);
  try {
    return await use(checker);
  } finally {
    await checker.close();
  }
}
