import { useEffect, useEffectEvent, useState, useSyncExternalStore } from 'react';
import { api, connection } from '../../api/client';
import { useApiEvent } from '../../api/use-api-event';
import { ArticleRowCache } from './article-row-cache';

/** The library's rows for a search (empty = all), refreshed in place when the archive changes. */
export function useArticleRows(query: string): ArticleRowCache {
  const [cache] = useState(
    () =>
      new ArticleRowCache((offset, limit, q) =>
        api.invoke('articles.list', q ? { offset, limit, query: q } : { offset, limit }),
      ),
  );
  useSyncExternalStore(cache.subscribe, cache.getVersion);

  const trimmed = query.trim();
  const refresh = useEffectEvent(() => cache.reset(trimmed || undefined, true));

  useEffect(() => {
    cache.reset(trimmed || undefined);
  }, [cache, trimmed]);

  useApiEvent('archive.changed', () => cache.reset(trimmed || undefined, true));

  // Events may have been missed while browser mode was disconnected.
  useEffect(
    () =>
      connection.subscribe((state) => {
        if (state === 'connected') refresh();
      }),
    [cache],
  );

  return cache;
}
