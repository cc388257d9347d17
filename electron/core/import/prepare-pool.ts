import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { prepareTask, type PreparedResult, type PrepareTask } from './prepare';

/** The worker script when running from the sources; the desktop build passes its bundled one. */
export const SOURCE_WORKER_PATH = join(dirname(fileURLToPath(import.meta.url)), 'prepare-worker.mjs');

/** A task still running after this long is stopped: a hostile file cannot hang an import. */
const HARD_TIME_LIMIT_MS = 60_000;
/** Idle workers are let go, so a CLI run or a test can end. */
const IDLE_MS = 5_000;

interface Pending {
  resolve(results: PreparedResult[]): void;
  task: PrepareTask;
  timer: NodeJS.Timeout;
}

interface PooledWorker {
  worker: Worker;
  pending: Map<number, Pending>;
}

function taskPath(task: PrepareTask): string {
  return task.kind === 'file' ? task.path : task.source.path;
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
  #next = 0;
  #idleTimer: NodeJS.Timeout | null = null;

  constructor(options: { workerPath: string | null; size?: number }) {
    this.#workerPath = options.workerPath;
    this.#size = Math.max(1, Math.min(4, options.size ?? availableParallelism()));
  }

  /**
   * Prepares tasks with several in flight; results come back in task order. Items that already
   * failed (a file that could not be listed) pass through in their place.
   */
  async *run(tasks: AsyncIterable<PrepareTask | PreparedResult>): AsyncGenerator<PreparedResult> {
    const window = this.#workerPath ? this.#size * 2 : 1;
    const inFlight: Promise<PreparedResult[]>[] = [];
    for await (const task of tasks) {
      inFlight.push('kind' in task ? this.prepare(task) : Promise.resolve([task]));
      if (inFlight.length >= window) yield* await inFlight.shift()!;
    }
    while (inFlight.length > 0) yield* await inFlight.shift()!;
  }

  prepare(task: PrepareTask): Promise<PreparedResult[]> {
    if (!this.#workerPath) return prepareTask(task);
    this.#cancelIdle();
    const pooled = this.#pick();
    const id = this.#nextId++;
    return new Promise<PreparedResult[]>((resolve) => {
      const timer = setTimeout(() => {
        this.#fail(pooled, `took longer than ${HARD_TIME_LIMIT_MS / 1000} s to read and was given up`, 'timed-out');
      }, HARD_TIME_LIMIT_MS);
      pooled.pending.set(id, {
        task,
        timer,
        resolve: (results) => {
          clearTimeout(timer);
          pooled.pending.delete(id);
          if (this.#busy() === 0) this.#scheduleIdle();
          resolve(results);
        },
      });
      pooled.worker.postMessage({ id, task });
    });
  }

  close(): void {
    this.#cancelIdle();
    for (const pooled of this.#workers.splice(0)) {
      this.#fail(pooled, 'was not read: the import was closed', 'unreadable');
    }
  }

  #pick(): PooledWorker {
    if (this.#workers.length < this.#size) {
      const pooled = this.#spawn();
      this.#workers.push(pooled);
      return pooled;
    }
    // Least loaded first, round-robin among equals.
    this.#next = (this.#next + 1) % this.#workers.length;
    return this.#workers.reduce((best, w, i) =>
      w.pending.size < best.pending.size || (w.pending.size === best.pending.size && i === this.#next) ? w : best,
    );
  }

  #spawn(): PooledWorker {
    const worker = new Worker(this.#workerPath!);
    const pooled: PooledWorker = { worker, pending: new Map() };
    worker.on('message', (reply: { id: number; results?: PreparedResult[]; error?: string }) => {
      const pending = pooled.pending.get(reply.id);
      if (!pending) return;
      pending.resolve(
        reply.results ?? [{ path: taskPath(pending.task), error: { code: 'unreadable', message: `could not be read: ${reply.error}` } }],
      );
    });
    worker.on('error', (error) => this.#fail(pooled, `stopped the reader: ${error.message}`, 'corrupt'));
    worker.on('exit', () => this.#fail(pooled, 'stopped the reader unexpectedly', 'corrupt'));
    return pooled;
  }

  /** Ends a worker and answers each of its tasks with a failure; later tasks get a fresh worker. */
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
      p.resolve([{ path, error: { code, message: `${path.split(/[\\/]/).pop()} ${reason}` } }]);
    }
  }

  #busy(): number {
    return this.#workers.reduce((n, w) => n + w.pending.size, 0);
  }

  #scheduleIdle(): void {
    this.#cancelIdle();
    this.#idleTimer = setTimeout(() => {
      for (const pooled of this.#workers.splice(0)) void pooled.worker.terminate();
    }, IDLE_MS);
    this.#idleTimer.unref();
  }

  #cancelIdle(): void {
    if (this.#idleTimer) clearTimeout(this.#idleTimer);
    this.#idleTimer = null;
  }
}
