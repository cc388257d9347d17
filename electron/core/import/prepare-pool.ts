import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { Channel } from './channel';
import { tuneTierUpForImports } from './jit-tier-up';
import { NO_ARCHIVE } from './archive-lookup';
import { PARSE_MS_PER_MEGABYTE } from './formats/parse-bound';
import type { ArchiveLookup, ParsedChunk, PreparedArticles, PreparedResult, PrepareTask } from './prepare';
import type { PrepareWorkerData } from './prepare-worker';

/** The worker script next to this module: the TypeScript shim in a checkout, the bundled worker in a build. */
export const SOURCE_WORKER_PATH = join(dirname(fileURLToPath(import.meta.url)), 'prepare-worker.mjs');

/** A task that makes no progress for this long, counted from when its worker started it, is given up. */
const STALL_LIMIT_MS = 60_000;
/** Idle workers are let go, so a CLI run or a test can end; warmed workers stay while the host is open. */
const IDLE_MS = 5_000;
/**
 * Each worker's JavaScript heap, in MB. A file whose reading would need more ends its worker and fails
 * alone, instead of the whole app running out of memory: the largest page and text the import limits
 * let through need under 400 MB.
 */
export const WORKER_HEAP_MB = 1024;

export interface PreparePoolOptions {
  workerPath: string | null;
  size?: number;
  /** The archive, opened read only by each worker so texts it holds skip extraction. */
  archivePath?: string | null;
  nativeBinding?: string | null;
  /** For preparing in-process (no worker script): the core's own connection. */
  lookup?: ArchiveLookup;
  /** How long a started task may go without progress (tests shorten it). */
  stallLimitMs?: number;
  /** Each worker's heap limit in MB (tests lower it); WORKER_HEAP_MB by default. */
  heapLimitMb?: number;
}

/**
 * A bulk file's chunk handed to another worker: its result once prepared, and what to tell the parsing
 * worker once the archive writer has taken it.
 */
interface HandedOffChunk {
  prepared: Promise<PreparedResult>;
  taken: () => void;
}

interface Pending {
  id: number;
  task: PrepareTask;
  /** Results in order; a bulk chunk being prepared on another worker is a HandedOffChunk in its place. */
  out: Channel<PreparedResult | HandedOffChunk>;
  /** For a task of parsed articles: takes the worker's prepared articles. */
  prepared?: (prepared: PreparedArticles) => void;
  /** Tasks preparing this file's chunks, cancelled with it. */
  children: number[];
  started: boolean;
  /** The file's size, once its worker started it: a big file's parse may take longer without progress. */
  bytes: number;
  timer: NodeJS.Timeout | null;
}

interface PooledWorker {
  worker: Worker;
  pending: Map<number, Pending>;
  /** Set while the worker warms up (see warm); called once it has, or has stopped. */
  warmed?: () => void;
}

type WorkerReply = {
  id: number;
  /** The worker has finished warming up (see warm). */
  warmed?: true;
  started?: true;
  /** The task's parse is as far ahead of the archive writer as it may go, and waits for it. */
  waiting?: true;
  bytes?: number;
  result?: PreparedResult;
  parsed?: ParsedChunk;
  prepared?: PreparedArticles;
  done?: true;
  error?: string;
};

/** Without workers the parsers and the extractor load on first use, so a host that only reads never loads them. */
async function* prepareInProcess(task: PrepareTask, lookup: ArchiveLookup): AsyncGenerator<PreparedResult> {
  const { prepareTask } = await import('./prepare');
  for await (const result of prepareTask(task, { lookup })) if (!('parsed' in result)) yield result;
}

/**
 * Results in order, each bulk chunk once another worker has prepared it. A chunk counts as taken only
 * when the writer asks for it, so a parse never runs further ahead of the archive writes than the
 * worker's hand-off bound: prepared chunks cannot pile up in memory while the writer falls behind.
 */
async function* settled(results: AsyncIterable<PreparedResult | HandedOffChunk>): AsyncGenerator<PreparedResult> {
  for await (const result of results) {
    if (!('prepared' in result)) {
      yield result;
      continue;
    }
    const prepared = await result.prepared;
    result.taken();
    yield prepared;
  }
}

function taskPath(task: PrepareTask): string {
  return task.kind === 'source' ? task.source.path : task.path;
}

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/**
 * Runs import preparation on worker threads so parsing and extraction use every core while the
 * archive is written on the core's own thread. Without a worker script it prepares in-process.
 */
export class PreparePool {
  readonly #options: PreparePoolOptions;
  readonly #size: number;
  readonly #workers: PooledWorker[] = [];
  #nextId = 1;
  #idleTimer: NodeJS.Timeout | null = null;
  #warm = false;

  constructor(options: PreparePoolOptions) {
    this.#options = options;
    this.#size = Math.max(1, Math.min(4, options.size ?? availableParallelism()));
  }

  /**
   * Prepares tasks with several in flight; results come back in task order, each file's chunks as
   * they are ready. Items that already failed (a file that could not be listed) pass through. When the
   * consumer stops early (a cancelled import), the tasks still in flight are cancelled.
   */
  async *run(tasks: AsyncIterable<PrepareTask | PreparedResult>): AsyncGenerator<PreparedResult> {
    // Deep enough that workers keep going while the core thread stores a batch.
    const window = this.#options.workerPath ? this.#size * 8 : 1;
    const inFlight: { id: number | null; results: AsyncIterable<PreparedResult> | PreparedResult[] }[] = [];
    try {
      for await (const task of tasks) {
        inFlight.push('kind' in task ? this.#start(task) : { id: null, results: [task] });
        if (inFlight.length >= window) yield* inFlight.shift()!.results;
      }
      while (inFlight.length > 0) yield* inFlight.shift()!.results;
    } finally {
      for (const { id } of inFlight) if (id !== null) this.#cancel(id);
    }
  }

  prepare(task: PrepareTask): AsyncIterable<PreparedResult> {
    return this.#start(task).results;
  }

  /**
   * Starts the workers ahead of the first import and keeps them until the pool is closed. Each prepares
   * made-up texts meanwhile (see warm-up-text), so the import code is compiled before the first import;
   * resolves once they have (a task arriving earlier cuts the warm-up short).
   */
  warm(): Promise<void> {
    if (!this.#options.workerPath) return Promise.resolve();
    this.#warm = true;
    this.#cancelIdle();
    const warming: Promise<void>[] = [];
    while (this.#workers.length < this.#size) {
      const pooled = this.#spawn();
      warming.push(new Promise<void>((resolve) => (pooled.warmed = resolve)));
      pooled.worker.postMessage({ warm: true });
      this.#workers.push(pooled);
    }
    return Promise.all(warming).then(() => undefined);
  }

  close(): void {
    this.#cancelIdle();
    for (const pooled of this.#workers.splice(0)) {
      pooled.warmed?.();
      pooled.worker.removeAllListeners('exit');
      void pooled.worker.terminate();
      for (const p of pooled.pending.values()) this.#finish(p, { path: taskPath(p.task), error: { code: 'unreadable', message: `${fileName(taskPath(p.task))} was not read: the import was closed` } });
    }
  }

  #start(task: PrepareTask): { id: number | null; results: AsyncIterable<PreparedResult> } {
    if (!this.#options.workerPath) return { id: null, results: prepareInProcess(task, this.#options.lookup ?? NO_ARCHIVE) };
    this.#cancelIdle();
    const pending: Pending = { id: this.#nextId++, task, out: new Channel(), children: [], started: false, bytes: 0, timer: null };
    this.#post(this.#pick(), pending);
    return { id: pending.id, results: settled(pending.out) };
  }

  /** A parsed chunk of a bulk file, prepared on whichever worker is least busy. */
  #prepareChunk(parentWorker: PooledWorker, parent: Pending, chunk: ParsedChunk): Promise<PreparedResult> {
    const { parsed, ...head } = chunk;
    return new Promise<PreparedResult>((resolve) => {
      const pending: Pending = {
        id: this.#nextId++,
        task: { kind: 'articles', path: chunk.path, entries: parsed },
        out: new Channel(),
        children: [],
        started: false,
        bytes: 0,
        timer: null,
        prepared: ({ articles, failures }) => {
          resolve({ ...head, articles, failures: [...head.failures, ...failures] });
          // The file's own task waits on its chunks: their progress is its progress.
          if (parent.timer && !parent.out.ended) this.#armStall(parentWorker, parent);
        },
      };
      parent.children.push(pending.id);
      this.#post(this.#pick(), pending);
      // A failure (a crashed worker, a closed pool) ends the task with a reason instead.
      void (async () => {
        for await (const result of pending.out) if (!('prepared' in result)) resolve(result);
        resolve({ path: chunk.path, error: { code: 'unreadable', message: `${fileName(chunk.path)} was not read: the import was stopped` } });
      })();
    });
  }

  #post(pooled: PooledWorker, pending: Pending): void {
    pooled.pending.set(pending.id, pending);
    pooled.worker.postMessage({ id: pending.id, task: pending.task });
  }

  #cancel(id: number): void {
    for (const pooled of this.#workers) {
      const pending = pooled.pending.get(id);
      if (!pending) continue;
      pooled.worker.postMessage({ cancel: id });
      pending.out.end();
      for (const child of pending.children) this.#cancel(child);
    }
  }

  #armStall(pooled: PooledWorker, pending: Pending): void {
    if (pending.timer) clearTimeout(pending.timer);
    const limit = (this.#options.stallLimitMs ?? STALL_LIMIT_MS) + Math.ceil((pending.bytes / (1024 * 1024)) * PARSE_MS_PER_MEGABYTE);
    pending.timer = setTimeout(() => this.#replace(pooled, pending, `made no progress for ${Math.round(limit / 1000)} s of its own work and was given up`, 'timed-out'), limit);
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
    const workerData: PrepareWorkerData = { archivePath: this.#options.archivePath ?? null, nativeBinding: this.#options.nativeBinding ?? null };
    const heapLimitMb = this.#options.heapLimitMb ?? WORKER_HEAP_MB;
    tuneTierUpForImports();
    const worker = new Worker(this.#options.workerPath!, { workerData, resourceLimits: { maxOldGenerationSizeMb: heapLimitMb } });
    const pooled: PooledWorker = { worker, pending: new Map() };
    const startedTask = () => [...pooled.pending.values()].find((p) => p.started) ?? null;
    worker.on('message', (reply: WorkerReply) => this.#receive(pooled, reply));
    worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        this.#replace(pooled, startedTask(), `was given up: reading it needed more than ${heapLimitMb} MB of memory`, 'too-large');
      } else this.#replace(pooled, startedTask(), `stopped the reader: ${error.message}`, 'corrupt');
    });
    worker.on('exit', () => this.#replace(pooled, startedTask(), 'stopped the reader unexpectedly', 'corrupt'));
    return pooled;
  }

  #receive(pooled: PooledWorker, reply: WorkerReply): void {
    if (reply.warmed) {
      pooled.warmed?.();
      pooled.warmed = undefined;
      return;
    }
    const pending = pooled.pending.get(reply.id);
    if (!pending) return;
    if (reply.waiting) {
      // Waiting on the writer (which may be busy with an earlier file) is not a stalled parse.
      if (pending.timer) clearTimeout(pending.timer);
      pending.timer = null;
      return;
    }
    if (reply.started) {
      pending.started = true;
      pending.bytes = reply.bytes ?? 0;
      this.#armStall(pooled, pending);
      return;
    }
    if (reply.result) {
      pending.out.push(reply.result);
      this.#armStall(pooled, pending);
      return;
    }
    if (reply.parsed) {
      // The parsing worker runs ahead of the writer by a bounded number of chunks (memory).
      pending.out.push({
        prepared: this.#prepareChunk(pooled, pending, reply.parsed),
        taken: () => {
          pooled.worker.postMessage({ ack: pending.id });
          // The parse may go on: its time bound counts again from here.
          if (!pending.out.ended && pending.started) this.#armStall(pooled, pending);
        },
      });
      this.#armStall(pooled, pending);
      return;
    }
    if (reply.prepared) {
      pending.prepared?.(reply.prepared);
      return;
    }
    if (reply.error !== undefined) {
      const path = taskPath(pending.task);
      pending.out.push({ path, error: { code: 'unreadable', message: `${fileName(path)} could not be read: ${reply.error}` } });
    }
    pooled.pending.delete(reply.id);
    this.#finish(pending, null);
    if (this.#busy() === 0) this.#scheduleIdle();
  }

  #finish(pending: Pending, last: PreparedResult | null): void {
    if (pending.timer) clearTimeout(pending.timer);
    pending.timer = null;
    if (last) pending.out.push(last);
    pending.out.end();
  }

  /**
   * Ends a worker whose task overran or crashed: that task fails with the reason, and the tasks that
   * were only waiting behind it start again on a fresh worker, so they lose nothing but time.
   */
  #replace(pooled: PooledWorker, culprit: Pending | null, reason: string, code: string): void {
    const index = this.#workers.indexOf(pooled);
    if (index < 0) return;
    this.#workers.splice(index, 1);
    pooled.warmed?.();
    pooled.worker.removeAllListeners('exit');
    void pooled.worker.terminate();
    const waiting = [...pooled.pending.values()].filter((p) => p !== culprit);
    pooled.pending.clear();
    if (culprit) {
      const path = taskPath(culprit.task);
      this.#finish(culprit, { path, error: { code, message: `${fileName(path)} ${reason}` } });
    }
    for (const p of waiting) {
      if (p.timer) clearTimeout(p.timer);
      p.timer = null;
      p.started = false;
      if (p.out.ended) continue;
      this.#post(this.#pick(), p);
    }
  }

  #busy(): number {
    return this.#workers.reduce((n, w) => n + w.pending.size, 0);
  }

  #scheduleIdle(): void {
    this.#cancelIdle();
    if (this.#warm) return;
    this.#idleTimer = setTimeout(() => {
      for (const pooled of this.#workers.splice(0)) {
        pooled.worker.removeAllListeners('exit');
        void pooled.worker.terminate();
      }
    }, IDLE_MS);
    this.#idleTimer.unref();
  }

  #cancelIdle(): void {
    if (this.#idleTimer) clearTimeout(this.#idleTimer);
    this.#idleTimer = null;
  }
}
