import { useCallback, useEffect, useState } from 'react';
import type { ArticleDetail, StoredStatement } from '../../../../shared/domain/archive';
import { api, errorMessage } from '../../api/client';

export type ArticleState =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; article: ArticleDetail; statements: StoredStatement[] };

type Loaded = { key: string } & ArticleState;

/** The article and its statements, in reading order. */
export function useArticle(articleId: number): { state: ArticleState; reload: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const key = `${articleId}:${attempt}`;

  useEffect(() => {
    let current = true;
    Promise.all([
      api.invoke('articles.get', { id: articleId }),
      api.invoke('statements.forArticle', { articleId }),
    ]).then(
      ([article, statements]) => {
        if (!current) return;
        const ordered = [...statements].sort((a, b) => a.content.start - b.content.start || a.id - b.id);
        setLoaded({ key, status: 'ready', article, statements: ordered });
      },
      (error: unknown) => {
        if (current) setLoaded({ key, status: 'failed', message: errorMessage(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [articleId, key]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  // Whatever belongs to another article or an earlier attempt is not shown.
  const state: ArticleState = loaded && loaded.key === key ? loaded : { status: 'loading' };
  return { state, reload };
}
