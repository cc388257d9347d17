import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { Channel } from './channel';
import { prepareTask, type PreparedResult, type PrepareTask } from './prepare';

/** The worker script when running from the sources; the desktop build passes its bundled one. */
export const SOURCE_WORKER_PATH = join(dirname(fileURLToPath(import.meta.url)), 'prepare-worker.mjs');

/** A task that makes no progress for this long is stopped: a hostile file cannot hang an import. */
const STALL_LIMIT_MS = 60_000;
/** Idle workers are let go, so a CLI run or a test can end. */
const IDLE_MS = 5_000;
/** Warmed workers wait longer for the first import before they are let go. */
const WARM_IDLE_MS = 10 * 60_000;

interface Pending {
  task: PrepareTask;
  out: Channel<PreparedResult>;
  timer: NodeJS.Timeout;
}

interface PooledWorker {
  worker: Worker;
  pending: Map<number, Pending>;
}

type WorkerReply = { id: number; result?: PreparedResult; done?: true; error?: string };

function taskPath(task: PrepareTask): string {
  return task.kind === 'file' ? task.path : task.source.path;
}

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/**
 * Runs import preparation on worker threads so parsing and extraction use every core while the
 * archive is written on the core's own thread. Without a worker script it prepares in-process.
 */
export class PreparePool {
  readonly #workerPath: string | null;
  readonly #size: number;
  readonly #workers: PooledWorker[] = [];
  #nextId = 1;
  #idleTimer: NodeJS.Timeout | null = null;

  constructor(options: { workerPath: string | null; size?: number }) {
    this.#workerPath = options.workerPath;
    this.#size = Math.max(1, Math.min(4, options.size ?? availableParallelism()));
  }

  /**
   * Prepares tasks with several in flight; results come back in task order, each file's chunks as
   * they are ready. Items that already failed (a file that could not be listed) pass through.
   */
  async *run(tasks: AsyncIterable<PrepareTask | PreparedResult>): AsyncGenerator<PreparedResult> {
    // Deep enough that workers keep going while the core thread stores a batch (tens of ms).
    const window = this.#workerPath ? this.#size * 32 : 1;
    const inFlight: (AsyncIterable<PreparedResult> | PreparedResult[])[] = [];
    for await (const task of tasks) {
      inFlight.push('kind' in task ? this.prepare(task) : [task]);
      if (inFlight.length >= window) yield* inFlight.shift()!;
    }
    while (inFlight.length > 0) yield* inFlight.shift()!;
  }

  prepare(task: PrepareTask): AsyncIterable<PreparedResult> {
    if (!this.#workerPath) return prepareTask(task);
    this.#cancelIdle();
    const pooled = this.#pick();
    const id = this.#nextId++;
    const out = new Channel<PreparedResult>();
    const pending: Pending = { task, out, timer: this.#stallTimer(pooled) };
    pooled.pending.set(id, pending);
    pooled.worker.postMessage({ id, task });
    return out;
  }

  /** Starts the workers ahead of the first import, so a drop is not kept waiting for them to load. */
  warm(): void {
    if (!this.#workerPath) return;
    while (this.#workers.length < this.#size) this.#workers.push(this.#spawn());
    if (this.#busy() === 0) this.#scheduleIdle(WARM_IDLE_MS);
  }

  close(): void {
    this.#cancelIdle();
    for (const pooled of [...this.#workers]) this.#fail(pooled, 'was not read: the import was closed', 'unreadable');
  }

  #stallTimer(pooled: PooledWorker): NodeJS.Timeout {
    return setTimeout(
      () => this.#fail(pooled, `made no progress for ${STALL_LIMIT_MS / 1000} s and was given up`, 'timed-out'),
      STALL_LIMIT_MS,
    );
  }

  #pick(): PooledWorker {
    if (this.#workers.length < this.#size) {
      const pooled = this.#spawn();
      this.#workers.push(pooled);
      return pooled;
    }
    return this.#workers.reduce((best, w) => (w.pending.size < best.pending.size ? w : best));
  }

  #spawn(): PooledWorker {
    const worker = new Worker(this.#workerPath!);
    const pooled: PooledWorker = { worker, pending: new Map() };
    worker.on('message', (reply: WorkerReply) => this.#receive(pooled, reply));
    worker.on('error', (error) => this.#fail(pooled, `stopped the reader: ${error.message}`, 'corrupt'));
    worker.on('exit', () => this.#fail(pooled, 'stopped the reader unexpectedly', 'corrupt'));
    return pooled;
  }

  #receive(pooled: PooledWorker, reply: WorkerReply): void {
    const pending = pooled.pending.get(reply.id);
    if (!pending) return;
    clearTimeout(pending.timer);
    if (reply.result) {
      pending.out.push(reply.result);
      pending.timer = this.#stallTimer(pooled);
      return;
    }
    if (reply.error !== undefined) {
      const path = taskPath(pending.task);
      pending.out.push({ path, error: { code: 'unreadable', message: `${fileName(path)} could not be read: ${reply.error}` } });
    }
    pending.out.end();
    pooled.pending.delete(reply.id);
    if (this.#busy() === 0) this.#scheduleIdle();
  }

  /** Ends a worker and answers each of its unfinished tasks with a failure; later tasks get a fresh worker. */
  #fail(pooled: PooledWorker, reason: string, code: string): void {
    const index = this.#workers.indexOf(pooled);
    if (index >= 0) this.#workers.splice(index, 1);
    const pending = [...pooled.pending.values()];
    pooled.pending.clear();
    pooled.worker.removeAllListeners('exit');
    void pooled.worker.terminate();
    for (const p of pending) {
      clearTimeout(p.timer);
      const path = taskPath(p.task);
      p.out.push({ path, error: { code, message: `${fileName(path)} ${reason}` } });
      p.out.end();
    }
  }

  #busy(): number {
    return this.#workers.reduce((n, w) => n + w.pending.size, 0);
  }

  #scheduleIdle(after = IDLE_MS): void {
    this.#cancelIdle();
    this.#idleTimer = setTimeout(() => {
      for (const pooled of this.#workers.splice(0)) {
        pooled.worker.removeAllListeners('exit');
        void pooled.worker.terminate();
      }
    }, after);
    this.#idleTimer.unref();
  }

  #cancelIdle(): void {
    if (this.#idleTimer) clearTimeout(this.#idleTimer);
    this.#idleTimer = null;
  }
}
