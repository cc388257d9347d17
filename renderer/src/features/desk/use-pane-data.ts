import { useCallback, useEffect, useEffectEvent, useMemo, useState } from 'react';
import type { ArticleDetail, ArticleSummary } from '../../../../shared/domain/archive';
import type { DeskStatement, QuotePair } from '../../../../shared/domain/desk';
import { api, errorMessage } from '../../api/client';
import { onStatementPublished } from './statement-updates';

export type PaneData =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | {
      status: 'ready';
      article: ArticleDetail;
      statements: DeskStatement[];
      /** The story's other articles and the quotes shared with them; they arrive after the text. */
      siblings: ArticleSummary[];
      pairs: QuotePair[];
    };

function byReadingOrder(a: DeskStatement, b: DeskStatement): number {
  return a.content.start - b.content.start || a.id - b.id;
}

type Core = { article: ArticleDetail; statements: DeskStatement[] };
type Extras = { siblings: ArticleSummary[]; pairs: QuotePair[] };
const NO_EXTRAS: Extras = { siblings: [], pairs: [] };

/**
 * One pane's article with its statements (rejected ones too, shown struck through so they
 * can be restored), then the other articles of its story and the quotes it shares with them.
 * Reloads in place when the desk changes this article, keeping the old view until then.
 */
export function usePaneData(articleId: number): { data: PaneData; reload: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [core, setCore] = useState<{ articleId: number; core: Core } | { articleId: number; error: string } | null>(null);
  const [extras, setExtras] = useState<{ articleId: number; extras: Extras } | null>(null);

  useEffect(() => {
    let current = true;
    Promise.all([api.invoke('articles.get', { id: articleId }), api.invoke('statements.inArticle', { articleId, includeRejected: true })]).then(
      ([article, statements]) => current && setCore({ articleId, core: { article, statements: [...statements].sort(byReadingOrder) } }),
      (error: unknown) => current && setCore({ articleId, error: errorMessage(error) }),
    );
    Promise.all([api.invoke('articles.siblings', { id: articleId }), api.invoke('quotes.pairs', { articleId })]).then(
      ([siblings, pairs]) => current && setExtras({ articleId, extras: { siblings, pairs } }),
      // The text and its statements stand without them.
      () => current && setExtras({ articleId, extras: { siblings: [], pairs: [] } }),
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

  // An edit's own answer shows at once.
  const onPublished = useEffectEvent((statement: DeskStatement) => {
    if (statement.articleId !== articleId) return;
    setCore((previous) => {
      if (!previous || previous.articleId !== articleId || !('core' in previous)) return previous;
      const statements = previous.core.statements.some((s) => s.id === statement.id)
        ? previous.core.statements.map((s) => (s.id === statement.id ? statement : s))
        : [...previous.core.statements, statement].sort(byReadingOrder);
      return { articleId, core: { ...previous.core, statements } };
    });
  });
  useEffect(() => onStatementPublished((statement) => onPublished(statement)), []);

  // One object per change, so what the pane memoizes on it holds between renders.
  const data = useMemo((): PaneData => {
    if (!core || core.articleId !== articleId) return { status: 'loading' };
    if ('error' in core) return { status: 'failed', message: core.error };
    const more = extras && extras.articleId === articleId ? extras.extras : NO_EXTRAS;
    return { status: 'ready', ...core.core, ...more };
  }, [core, extras, articleId]);
  return { data, reload };
}
