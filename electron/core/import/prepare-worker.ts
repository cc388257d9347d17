// A worker thread that prepares import tasks (parse, look up, extract, fingerprint) for the core.
import { statSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3';
import { archiveLookup, NO_ARCHIVE } from './archive-lookup';
import { prepareTask, type ArchiveLookup, type PrepareTask } from './prepare';

/** What the pool tells a worker when it starts it. */
export interface PrepareWorkerData {
  /** The archive, opened read only here so known texts skip extraction; null for none. */
  archivePath: string | null;
  nativeBinding: string | null;
}

export type PrepareRequest = { id: number; task: PrepareTask } | { cancel: number };

if (!parentPort) throw new Error('prepare-worker must run as a worker thread');
const port = parentPort;
const data = (workerData ?? { archivePath: null, nativeBinding: null }) as PrepareWorkerData;

let lookup: ArchiveLookup | null = null;
function archive(): ArchiveLookup {
  if (lookup) return lookup;
  lookup = NO_ARCHIVE;
  if (data.archivePath) {
    try {
      const db = new BetterSqlite3(data.archivePath, {
        readonly: true,
        fileMustExist: true,
        ...(data.nativeBinding ? { nativeBinding: data.nativeBinding } : {}),
      });
      db.pragma('busy_timeout = 5000');
      lookup = archiveLookup(db);
    } catch {
      // Without the archive every text is extracted; the core still recognises duplicates when storing.
    }
  }
  return lookup;
}

function sizeOf(task: PrepareTask): number {
  if (task.kind === 'source') return task.source.bytes.byteLength;
  try {
    return statSync(task.fsPath ? Buffer.from(task.fsPath) : task.path).size;
  } catch {
    return 0;
  }
}

const queue: { id: number; task: PrepareTask }[] = [];
const cancelled = new Set<number>();
let running = false;

/**
 * Tasks run one at a time, each announced with `started` so the pool's time bound counts only its own
 * work; each chunk is posted as soon as it is ready, then `done`; a failure ends the task with `error`.
 */
async function drain(): Promise<void> {
  if (running) return;
  running = true;
  for (let next = queue.shift(); next; next = queue.shift()) {
    const { id, task } = next;
    if (cancelled.delete(id)) {
      port.postMessage({ id, done: true });
      continue;
    }
    // The size lets the pool allow a big file the time its size needs, and no more.
    port.postMessage({ id, started: true, bytes: sizeOf(task) });
    try {
      for await (const result of prepareTask(task, { lookup: archive(), stopped: () => cancelled.has(id) })) {
        port.postMessage({ id, result });
      }
      port.postMessage({ id, done: true });
    } catch (error) {
      port.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
    }
    cancelled.delete(id);
  }
  running = false;
}

port.on('message', (request: PrepareRequest) => {
  if ('cancel' in request) {
    cancelled.add(request.cancel);
    return;
  }
  queue.push(request);
  void drain();
});
