import { useEffect, useEffectEvent, useState, useSyncExternalStore } from 'react';
import { api, connection } from '../../api/client';
import { useArchiveChanges } from '../../api/use-archive-changes';
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

  useArchiveChanges(() => cache.reset(trimmed || undefined, true));

  // Events may have been missed while browser mode was disconnected.
  useEffect(() => {
    let previous = connection.current;
    return connection.subscribe((state) => {
      if (state === 'connected' && previous === 'reconnecting') refresh();
      previous = state;
    });
  }, []);

  return cache;
}
