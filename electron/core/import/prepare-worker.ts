// A worker thread that prepares import tasks (parse, look up, extract, fingerprint) for the core.
import { statSync } from 'node:fs';
import { setImmediate as nextMacrotask } from 'node:timers/promises';
import { parentPort, workerData } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3';
import { compileDateReader } from '../../../shared/news-metadata';
import { archiveLookup, NO_ARCHIVE } from './archive-lookup';
import { prepareArticles, prepareTask, type ArchiveLookup, type PrepareTask } from './prepare';
import { WARM_UP_TEXTS, warmUpFile } from './warm-up-text';

/** What the pool tells a worker when it starts it. */
export interface PrepareWorkerData {
  /** The archive, opened read only here so known texts skip extraction; null for none. */
  archivePath: string | null;
  nativeBinding: string | null;
}

/**
 * `ack`: a chunk this worker handed off has been prepared and taken by the archive writer. `warm`: the
 * host keeps this worker for later imports; prepare made-up texts until the first task comes.
 */
export type PrepareRequest = { id: number; task: PrepareTask } | { cancel: number } | { ack: number } | { warm: true };

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
  if (task.kind === 'articles') return 0;
  if (task.size !== undefined) return task.size;
  try {
    return statSync(task.fsPath ? Buffer.from(task.fsPath) : task.path).size;
  } catch {
    return 0;
  }
}

const queue: { id: number; task: PrepareTask }[] = [];
const cancelled = new Set<number>();
let running = false;

/** A bulk file's parse runs at most this many chunks ahead of the archive writer taking them, bounding memory. */
const MAX_HANDED_OFF = 6;
let handedOff = 0;
let wakeParse: (() => void) | null = null;

function wake(): void {
  const resume = wakeParse;
  wakeParse = null;
  resume?.();
}

/**
 * Tasks run one at a time, each announced with `started` so the pool's time bound counts only its own
 * work; each chunk is posted as soon as it is ready, then `done`; a failure ends the task with `error`.
 */
async function drain(): Promise<void> {
  if (running) return;
  running = true;
  // The warm-up stops at its next text once a task is queued.
  await warming;
  for (let next = queue.shift(); next; next = queue.shift()) await runTask(next.id, next.task);
  running = false;
}

async function runTask(id: number, task: PrepareTask): Promise<void> {
  if (cancelled.delete(id)) {
    port.postMessage({ id, done: true });
    return;
  }
  // The size lets the pool allow a big file the time its size needs, and no more.
  port.postMessage({ id, started: true, bytes: sizeOf(task) });
  try {
    if (task.kind === 'articles') {
      port.postMessage({ id, prepared: prepareArticles(task.entries, archive()) });
    } else {
      // A bulk file's chunks go back parsed only, so the pool shares their preparation among the workers.
      for await (const result of prepareTask(task, { lookup: archive(), stopped: () => cancelled.has(id), handOff: true, syncReads: true })) {
        if (!('parsed' in result)) {
          port.postMessage({ id, result });
          continue;
        }
        port.postMessage({ id, parsed: result });
        handedOff++;
        // Far enough ahead: prepare chunks queued here meanwhile (this worker's share), else wait for one.
        while (handedOff >= MAX_HANDED_OFF && !cancelled.has(id)) {
          const at = queue.findIndex((q) => q.task.kind === 'articles');
          if (at >= 0) await runTask(queue[at]!.id, queue.splice(at, 1)[0]!.task);
          else {
            // The pool's time bound does not count this wait: the writer may still be on an earlier file.
            port.postMessage({ id, waiting: true });
            await new Promise<void>((resolve) => (wakeParse = resolve));
          }
        }
      }
    }
    port.postMessage({ id, done: true });
  } catch (error) {
    port.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
  cancelled.delete(id);
}

let warming: Promise<void> | null = null;

/**
 * Prepares made-up texts (see warm-up-text) so the code an import runs is compiled before it is needed;
 * gives way to the first real task, which would compile it anyway.
 */
async function warmUp(): Promise<void> {
  compileDateReader();
  await nextMacrotask();
  const encoder = new TextEncoder();
  for (let i = 0; i < WARM_UP_TEXTS && queue.length === 0; i++) {
    const file = warmUpFile(i);
    const source = { path: file.name, name: file.name, bytes: encoder.encode(file.text), modifiedAt: null, depth: 0 };
    for await (const result of prepareTask({ kind: 'source', source }, { lookup: NO_ARCHIVE })) void result;
    await nextMacrotask();
  }
}

port.on('message', (request: PrepareRequest) => {
  if ('warm' in request) {
    warming ??= warmUp()
      .catch(() => undefined)
      .finally(() => {
        warming = null;
        port.postMessage({ id: 0, warmed: true });
      });
    return;
  }
  if ('ack' in request) {
    handedOff = Math.max(0, handedOff - 1);
    wake();
    return;
  }
  if ('cancel' in request) {
    cancelled.add(request.cancel);
    wake();
    return;
  }
  queue.push(request);
  wake();
  void drain();
});
