import { useEffect, useEffectEvent, useState } from 'react';
import type { Topic } from '../../../../shared/domain/desk';
import { api } from '../../api/client';

/** The topic codebook, parents before children; refreshed whenever topics change. */
export function useTopics(): { topics: Topic[] | null; error: string | null } {
  const [state, setState] = useState<{ topics: Topic[] | null; error: string | null }>({ topics: null, error: null });
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true;
    api.invoke('topics.tree', {}).then(
      (topics) => current && setState({ topics, error: null }),
      (error: unknown) => current && setState((previous) => ({ ...previous, error: String(error) })),
    );
    return () => {
      current = false;
    };
  }, [version]);

  const onChange = useEffectEvent((domains: readonly string[]) => {
    if (domains.includes('topics') || domains.includes('history')) setVersion((n) => n + 1);
  });
  useEffect(() => api.on('desk.changed', (change) => onChange(change.domains)), []);
  return state;
}
