import { useEffect, useEffectEvent, useState, useSyncExternalStore } from 'react';
import { api, connection } from '../../api/client';
import { useArchiveChanges } from '../../api/use-archive-changes';
import { ArticleRowCache, type ListFilters, type ListOrder } from './article-row-cache';

export type { ListFilters, ListOrder } from './article-row-cache';

const NO_FILTERS: ListFilters = {};

/** The library's rows for a search (empty = all) in an order, refreshed in place when the archive changes. */
export function useArticleRows(query: string, order: ListOrder = null, filters: ListFilters = NO_FILTERS): ArticleRowCache {
  const [cache] = useState(
    () =>
      new ArticleRowCache((offset, limit, q, o, f) =>
        api.invoke('articles.list', { offset, limit, ...(q ? { query: q } : {}), ...(o ? { sort: o.sort, direction: o.direction } : {}), ...f }),
      ),
  );
  useSyncExternalStore(cache.subscribe, cache.getVersion);

  const trimmed = query.trim();
  const refresh = useEffectEvent(() => cache.reset(trimmed || undefined, true));

  useEffect(() => {
    cache.reset(trimmed || undefined);
  }, [cache, trimmed]);

  useEffect(() => {
    cache.reorder(order);
  }, [cache, order]);

  useEffect(() => {
    cache.refilter(filters);
  }, [cache, filters]);

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
