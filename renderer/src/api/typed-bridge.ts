import type { ApiBridge, RawBridge } from '../../../shared/api/bridge';
import type { CallArgs, CallName, CallResult } from '../../../shared/api/calls';
import type { ApiEvents, EventName } from '../../../shared/api/events';

/**
 * Gives a raw transport the call map's types. The backend validates every call and
 * answers from our own core, so results are trusted to match the map.
 */
export function typedBridge(raw: RawBridge): ApiBridge {
  return {
    invoke<N extends CallName>(name: N, args: CallArgs<N>): Promise<CallResult<N>> {
      return raw.invoke(name, args) as Promise<CallResult<N>>;
    },
    on<E extends EventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void {
      return raw.on(event, (payload) => listener(payload as ApiEvents[E]));
    },
  };
}
