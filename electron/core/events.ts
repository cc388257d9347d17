import type { ApiEvents, EventName } from '../../shared/api/events';

export type EventListener = <E extends EventName>(name: E, payload: ApiEvents[E]) => void;

/** The core's outgoing events; each host forwards them to its UI. */
export class EventHub {
  readonly #listeners = new Set<EventListener>();

  on(listener: EventListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  emit<E extends EventName>(name: E, payload: ApiEvents[E]): void {
    for (const listener of this.#listeners) {
      try {
        listener(name, payload);
      } catch {
        // A host that fails to deliver one event must not stop the work or the other hosts.
      }
    }
  }
}
