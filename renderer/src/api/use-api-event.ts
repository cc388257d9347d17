import { useEffect, useRef } from 'react';
import type { ApiEvents, EventName } from '../../../shared/api/events';
import { api } from './client';

/** Subscribes for the component's lifetime; the latest listener is always the one called. */
export function useApiEvent<E extends EventName>(event: E, listener: (payload: ApiEvents[E]) => void): void {
  const latest = useRef(listener);
  latest.current = listener;
  useEffect(() => api.on(event, (payload) => latest.current(payload)), [event]);
}
