// A worker thread that makes one backup copy and checks it, each through a connection of its own,
// so the thread that owns the archive goes on answering while SQLite copies, syncs and reads it.
import { parentPort, workerData } from 'node:worker_threads';
import { backupProblem } from './backup-check';
import { copyArchive } from './backup-copy';

/** What the copier tells the worker when it starts it. */
export interface BackupWorkerData {
  archivePath: string;
  /** Where the copy is written, under a name no backup listing takes. */
  copyPath: string;
  nativeBinding: string | null;
}

/** The worker's one message: what makes the copy unusable (null: nothing), or why no copy was made. */
export type BackupWorkerReply = { problem: string | null } | { copyFailed: string };

if (!parentPort) throw new Error('backup-worker must run as a worker thread');
const port = parentPort;
const { archivePath, copyPath, nativeBinding } = workerData as BackupWorkerData;

let reply: BackupWorkerReply;
try {
  await copyArchive(archivePath, copyPath, nativeBinding);
  // The connection is closed before the reply: the copy may be renamed or removed as soon as it arrives.
  reply = { problem: backupProblem(copyPath, nativeBinding) };
} catch (error) {
  reply = { copyFailed: error instanceof Error ? error.message : String(error) };
}
port.postMessage(reply);
