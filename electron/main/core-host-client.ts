import { utilityProcess, type UtilityProcess } from 'electron';
import type { CallName, CallResult } from '../../shared/api/calls';
import { isEventName, type EventName } from '../../shared/api/events';
import { isHostReply, type HostError, type HostReply, type HostRequest } from '../core-host/protocol';

export interface CoreHostOptions {
  /** The built core-host entry (out/main/core-host.js). */
  modulePath: string;
  archivePath: string;
  /** better-sqlite3 built for Electron's ABI. */
  nativeBinding: string | null;
}

/** Raised when the archive cannot be opened; the archive is left untouched. */
export class ArchiveOpenError extends Error {
  override readonly name = 'ArchiveOpenError';
  constructor(
    readonly archivePath: string,
    readonly detail: HostError,
  ) {
    super(detail.message);
  }
}

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };
type EventListener = (event: EventName, payload: unknown) => void;

const STOP_GRACE_MS = 3000;

function errorFrom(error: HostError): Error {
  const result = new Error(error.message);
  result.name = error.name;
  return result;
}

/**
 * Runs the backend core in an Electron utility process and talks to it by message.
 * Calls wait until the archive is open; if the process dies later, calls in flight fail
 * and the next call starts a fresh process (the archive itself is safe: SQLite + WAL).
 */
export class CoreHostClient {
  readonly #options: CoreHostOptions;
  readonly #pending = new Map<number, Pending>();
  readonly #listeners = new Set<EventListener>();
  #child: UtilityProcess | null = null;
  #ready: Promise<void> | null = null;
  #nextId = 1;
  #stopping = false;

  constructor(options: CoreHostOptions) {
    this.#options = options;
  }

  /** Starts the process and opens the archive; rejects with ArchiveOpenError when it cannot. */
  start(): Promise<void> {
    this.#ready ??= this.#spawn();
    return this.#ready;
  }

  async invoke<N extends CallName>(name: N, args: unknown): Promise<CallResult<N>> {
    return this.#request<CallResult<N>>((id) => ({ kind: 'call', id, name, args }));
  }

  /** Imports files the user chose in this app's own dialog or drop (not a call any page can make). */
  async importPaths(paths: string[]): Promise<{ jobId: string }> {
    return this.#request<{ jobId: string }>((id) => ({ kind: 'importPaths', id, paths }));
  }

  async #request<T>(make: (id: number) => HostRequest): Promise<T> {
    await this.start();
    const child = this.#child;
    if (!child) throw new Error('Parley’s archive process is not running.');
    const id = this.#nextId++;
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      const request = make(id);
      try {
        child.postMessage(request);
      } catch (error) {
        this.#pending.delete(id);
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  }

  onEvent(listener: EventListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Closes the archive cleanly (WAL checkpoint) and ends the process; kills it if it hangs. */
  async stop(): Promise<void> {
    this.#stopping = true;
    const child = this.#child;
    if (!child || child.pid === undefined) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        child.kill();
        resolve();
      }, STOP_GRACE_MS);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      try {
        child.postMessage({ kind: 'stop' } satisfies HostRequest);
      } catch {
        child.kill();
      }
    });
  }

  #spawn(): Promise<void> {
    const { modulePath, archivePath, nativeBinding } = this.#options;
    const child = utilityProcess.fork(modulePath, [], {
      serviceName: 'Parley archive',
      stdio: 'inherit',
    });
    this.#child = child;

    return new Promise<void>((resolve, reject) => {
      let opened = false;
      child.on('message', (message: unknown) => {
        if (!isHostReply(message)) return;
        if (message.kind === 'ready') {
          opened = true;
          resolve();
        } else if (message.kind === 'failed') {
          reject(new ArchiveOpenError(archivePath, message.error));
          child.kill();
        } else {
          this.#receive(message);
        }
      });
      child.once('exit', (code) => {
        if (this.#child === child) this.#child = null;
        const reason = new Error(`Parley’s archive process stopped unexpectedly (exit code ${code}).`);
        for (const pending of this.#pending.values()) pending.reject(reason);
        this.#pending.clear();
        if (!opened) {
          reject(new ArchiveOpenError(archivePath, { name: 'Error', message: reason.message }));
          return;
        }
        // Opened once, so the archive is fine: let the next call start a new process.
        if (!this.#stopping) this.#ready = null;
      });
      child.postMessage({ kind: 'start', archivePath, nativeBinding } satisfies HostRequest);
    });
  }

  #receive(message: HostReply): void {
    if (message.kind === 'result') {
      const pending = this.#pending.get(message.id);
      if (!pending) return;
      this.#pending.delete(message.id);
      if (message.ok) pending.resolve(message.result);
      else pending.reject(errorFrom(message.error));
    } else if (message.kind === 'event' && isEventName(message.event)) {
      for (const listener of this.#listeners) listener(message.event, message.payload);
    }
  }
}
