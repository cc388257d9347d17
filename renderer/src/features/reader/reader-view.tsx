import { useCallback, useEffect, useRef, useState } from 'react';
import type { StoredStatement } from '../../../../shared/domain/archive';
import { formatArticleDate } from '../../app/format';
import { ErrorMessage } from '../../app/error-message';
import { openExternal } from '../../api/client';
import { ArticleText } from './article-text';
import { NationLegend } from './nation-legend';
import { StatementsPanel } from './statements-panel';
import { useArticle } from './use-article';

const FLASH_MS = 1600;

interface Props {
  articleId: number;
  /** A statement to select and show when the article opens (from the positions views). */
  statementId?: number | undefined;
  onBack: () => void;
  /** A span to show on opening (a briefing's citation): its statement, or the span itself when the statement is gone. */
  focusSpan?: { statementId: number | null; start: number; end: number };
  backLabel?: string;
}

export function ReaderView({ articleId, statementId, onBack, focusSpan, backLabel }: Props) {
  const { state, reload } = useArticle(articleId);
  const [flash, setFlash] = useState<{ id: number; nonce: number } | null>(statementId ? { id: statementId, nonce: 0 } : null);
  const [selectedId, setSelectedId] = useState<number | null>(statementId ?? null);
  const textRef = useRef<HTMLDivElement>(null);
  const backRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    backRef.current?.focus();
  }, [articleId]);

  useEffect(() => {
    if (!flash) return;
    const timer = setTimeout(() => setFlash(null), FLASH_MS);
    return () => clearTimeout(timer);
  }, [flash]);

  const showStatement = useCallback((statement: StoredStatement) => {
    setSelectedId(statement.id);
    setFlash((previous) => ({ id: statement.id, nonce: (previous?.nonce ?? 0) + 1 }));
    const target = textRef.current?.querySelector<HTMLElement>(`[data-statement-ids~="${statement.id}"]`);
    target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, []);

  const focusStatement =
    state.status === 'ready' && focusSpan
      ? (state.statements.find((s) => s.id === focusSpan.statementId) ??
        state.statements.find((s) => s.content.start === focusSpan.start && s.content.end === focusSpan.end) ??
        null)
      : null;
  useEffect(() => {
    if (focusStatement) requestAnimationFrame(() => showStatement(focusStatement));
  }, [focusStatement, showStatement]);
  const ready = state.status === 'ready';
  useEffect(() => {
    if (!ready || !statementId) return;
    textRef.current?.querySelector<HTMLElement>(`[data-statement-ids~="${statementId}"]`)?.scrollIntoView({ block: 'center' });
  }, [ready, statementId]);

  const title = state.status === 'ready' ? (state.article.title ?? state.article.originalName) : '';

  return (
    <section className="reader" aria-label={title ? `Article: ${title}` : 'Article'}>
      <div className="toolbar">
        <button ref={backRef} type="button" onClick={onBack} title="Back to the library (Escape)">
          <span aria-hidden="true">← </span>
          {backLabel ?? 'Back to library'}
        </button>
      </div>
      {state.status === 'loading' && <p className="muted loading-line">Opening the article…</p>}
      {state.status === 'failed' && (
        <ErrorMessage title="This article could not be opened" message={state.message} onRetry={reload} />
      )}
      {state.status === 'ready' && (
        <div className="reader-body">
          <div className="reader-main" ref={textRef} tabIndex={0} role="region" aria-label="Article text">
            <header className="article-header">
              <h1>{title}</h1>
              <p className="article-meta">
                {[state.article.outlet, formatArticleDate(state.article.publishedAt), state.article.byline && `By ${state.article.byline}`]
                  .filter(Boolean)
                  .join(' · ') || <span className="muted">{state.article.originalName}</span>}
              </p>
              {state.article.dateline && <p className="article-meta muted">{state.article.dateline}</p>}
              {state.article.url && /^https?:\/\//i.test(state.article.url) && (
                <p className="article-meta">
                  <a
                    href={state.article.url}
                    rel="noopener noreferrer"
                    onClick={(event) => {
                      event.preventDefault();
                      openExternal(state.article.url ?? '');
                    }}
                  >
                    {state.article.url}
                  </a>
                </p>
              )}
              <NationLegend statements={state.statements} />
            </header>
            <ArticleText text={state.article.text} statements={state.statements} flash={flash} />
          </div>
          <StatementsPanel statements={state.statements} selectedId={selectedId} onSelect={showStatement} />
        </div>
      )}
    </section>
  );
}
