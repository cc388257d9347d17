// A worker thread for the backup work that reads a whole file, so the thread that asked goes on
// answering meanwhile: making one backup copy and checking it (the core's copier), or checking
// backups one after another before a restore (the restore's checker).
import { parentPort, workerData } from 'node:worker_threads';
import { backupProblem } from './backup-check';
import { copyArchive } from './backup-copy';

/** What the copier or the checker tells the worker when it starts it. */
export type BackupWorkerData =
  | {
      task: 'copy';
      archivePath: string;
      /** Where the copy is written, under a name no backup listing takes. */
      copyPath: string;
      nativeBinding: string | null;
    }
  /** Checks the backup named in each message, in turn, until the checker ends the worker. */
  | { task: 'check'; nativeBinding: string | null };

/** The copy task's one message: what makes the copy unusable (null: nothing), or why no copy was made. */
export type BackupWorkerReply = { problem: string | null } | { copyFailed: string };

/** A backup for the check task to check. */
export interface BackupCheckRequest {
  path: string;
}

/** The check task's answer to each request, in the order asked: what makes that file unusable (null: nothing). */
export interface BackupCheckReply {
  problem: string | null;
}

if (!parentPort) throw new Error('backup-worker must run as a worker thread');
const port = parentPort;
const data = workerData as BackupWorkerData;

if (data.task === 'check') {
  // Each connection is closed before its answer: the file may be renamed or copied as soon as it arrives.
  port.on('message', ({ path }: BackupCheckRequest) => port.postMessage({ problem: backupProblem(path, data.nativeBinding) } satisfies BackupCheckReply));
} else {
  let reply: BackupWorkerReply;
  try {
    await copyArchive(data.archivePath, data.copyPath, data.nativeBinding);
    reply = { problem: backupProblem(data.copyPath, data.nativeBinding) };
  } catch (error) {
    reply = { copyFailed: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
}
