import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import type { ArticleDetail, ArticleSummary } from '../../../../shared/domain/archive';
import type { DeskStatement, QuotePair } from '../../../../shared/domain/desk';
import { api, errorMessage } from '../../api/client';

export type PaneData =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | {
      status: 'ready';
      article: ArticleDetail;
      statements: DeskStatement[];
      siblings: ArticleSummary[];
      pairs: QuotePair[];
    };

function byReadingOrder(a: DeskStatement, b: DeskStatement): number {
  return a.content.start - b.content.start || a.id - b.id;
}

/**
 * One pane's article with its statements (rejected ones too, shown struck through so they
 * can be restored), the other articles of its story and the quotes it shares with them.
 * Reloads in place when the desk changes this article, keeping the old view until then.
 */
export function usePaneData(articleId: number): { data: PaneData; reload: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<{ articleId: number; data: PaneData } | null>(null);

  useEffect(() => {
    let current = true;
    Promise.all([
      api.invoke('articles.get', { id: articleId }),
      api.invoke('statements.inArticle', { articleId, includeRejected: true }),
      api.invoke('articles.siblings', { id: articleId }),
      api.invoke('quotes.pairs', { articleId }),
    ]).then(
      ([article, statements, siblings, pairs]) => {
        if (!current) return;
        const data: PaneData = { status: 'ready', article, statements: [...statements].sort(byReadingOrder), siblings, pairs };
        setLoaded({ articleId, data });
      },
      (error: unknown) => {
        if (current) setLoaded({ articleId, data: { status: 'failed', message: errorMessage(error) } });
      },
    );
    return () => {
      current = false;
    };
  }, [articleId, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const onDeskChanged = useEffectEvent((articleIds: readonly number[]) => {
    if (articleIds.length === 0 || articleIds.includes(articleId)) reload();
  });
  useEffect(() => api.on('desk.changed', (change) => onDeskChanged(change.articleIds)), []);

  const data: PaneData = loaded && loaded.articleId === articleId ? loaded.data : { status: 'loading' };
  return { data, reload };
}
