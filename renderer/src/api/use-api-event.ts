import { useEffect, useEffectEvent } from 'react';
import type { ApiEvents, EventName } from '../../../shared/api/events';
import { api } from './client';

/** Subscribes for the component's lifetime; the latest listener is always the one called. */
export function useApiEvent<E extends EventName>(event: E, listener: (payload: ApiEvents[E]) => void): void {
  const onEvent = useEffectEvent(listener);
  useEffect(() => api.on(event, (payload) => onEvent(payload)), [event]);
}
