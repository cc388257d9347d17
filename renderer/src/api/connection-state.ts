/** Whether pushed events can currently reach the UI. Only browser mode can lose them. */
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting';

type Listener = (state: ConnectionState) => void;

/** A tiny observable the transports report into and the status bar reads. */
export class ConnectionMonitor {
  private state: ConnectionState;
  private readonly listeners = new Set<Listener>();

  constructor(initial: ConnectionState) {
    this.state = initial;
  }

  get current(): ConnectionState {
    return this.state;
  }

  set(next: ConnectionState): void {
    if (next === this.state) return;
    this.state = next;
    for (const listener of this.listeners) listener(next);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
