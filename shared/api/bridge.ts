import type { CallArgs, CallName, CallResult } from './calls';
import type { ApiEvents, EventName } from './events';

/**
 * How the renderer talks to the backend. The Electron preload and the browser-mode
 * HTTP client both implement exactly this, so the UI cannot tell them apart.
 */
export interface ApiBridge {
  invoke<N extends CallName>(name: N, args: CallArgs<N>): Promise<CallResult<N>>;
  /** Returns a function that unsubscribes. */
  on<E extends EventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void;
}

/** The untyped shape actually carried across a process or network boundary. */
export interface RawBridge {
  invoke(name: string, args: unknown): Promise<unknown>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}
