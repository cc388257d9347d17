import { useEffect, useState } from 'react';
import type { CallArgs, CallName, CallResult } from '../../../../shared/api/calls';
import { api, errorMessage } from '../../api/client';
import { useArchiveChanges } from '../../api/use-archive-changes';

export type Loaded<T> = { status: 'loading' } | { status: 'ready'; data: T } | { status: 'failed'; message: string };

/** Calls the backend whenever the arguments change, and again when the archive or the desk changes. */
export function usePositionsData<N extends CallName>(name: N, args: CallArgs<N> | null): { state: Loaded<CallResult<N>>; reload: () => void } {
  const key = args === null ? null : JSON.stringify(args);
  const [state, setState] = useState<Loaded<CallResult<N>>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const reload = () => setGeneration((g) => g + 1);
  useArchiveChanges(reload);
  useEffect(() => api.on('desk.changed', () => setGeneration((g) => g + 1)), []);

  useEffect(() => {
    if (key === null) return;
    let live = true;
    api
      .invoke(name, JSON.parse(key) as CallArgs<N>)
      .then((data) => live && setState({ status: 'ready', data }))
      .catch((error: unknown) => live && setState({ status: 'failed', message: errorMessage(error) }));
    return () => {
      live = false;
    };
  }, [name, key, generation]);
  return { state, reload };
}
