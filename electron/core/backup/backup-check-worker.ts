// A worker thread that checks one backup copy with its own read-only connection, so the thread that
// owns the archive goes on answering while SQLite reads the whole copy.
import { parentPort, workerData } from 'node:worker_threads';
import { backupProblem } from './backup-check';

/** What the checker tells the worker when it starts it. */
export interface BackupCheckWorkerData {
  path: string;
  nativeBinding: string | null;
}

/** The worker's one message: what makes the copy unusable, or null. */
export interface BackupCheckReply {
  problem: string | null;
}

if (!parentPort) throw new Error('backup-check-worker must run as a worker thread');
const { path, nativeBinding } = workerData as BackupCheckWorkerData;
// The connection is closed before the reply: the copy may be renamed or removed as soon as it arrives.
parentPort.postMessage({ problem: backupProblem(path, nativeBinding) } satisfies BackupCheckReply);
