import type { DiffPart, QuotePair } from '../../../../shared/domain/desk';
import { formatArticleDate } from '../../app/format';
import { speakerName } from '../reader/speaker-label';

interface Props {
  articleId: number;
  pairs: readonly QuotePair[];
  openArticleIds: ReadonlySet<number>;
  onOpenBeside: (articleId: number, statementId: number) => void;
  onShowStatement: (statementId: number) => void;
}

/** A word-level diff as text: words only on this side struck through, words only on the other side underlined. */
export function WordDiff({ parts, label }: { parts: readonly DiffPart[]; label: string }) {
  return (
    <p className="word-diff" aria-label={label}>
      {parts.map((part, index) =>
        part.change === 'same' ? (
          <span key={index}>{part.text}</span>
        ) : part.change === 'removed' ? (
          <del key={index} title="Only in this article">
            {part.text}
          </del>
        ) : (
          <ins key={index} title="Only in the other article">
            {part.text}
          </ins>
        ),
      )}
    </p>
  );
}

/** The statements of this article that other outlets report too, with how the wording differs. */
export function QuotePairs({ articleId, pairs, openArticleIds, onOpenBeside, onShowStatement }: Props) {
  if (pairs.length === 0) {
    return (
      <p className="muted panel-empty">
        No other article in the archive reports these statements. When another outlet carries the same quote, it appears
        here with the wording differences marked.
      </p>
    );
  }
  return (
    <ul className="pair-list" aria-label="Same quote elsewhere">
      {pairs.map((pair) => {
        // Keep this pane's statement on the left whatever order the archive gave.
        const mine = pair.left.article.id === articleId ? pair.left : pair.right;
        const theirs = mine === pair.left ? pair.right : pair.left;
        const flip = mine !== pair.left;
        const flipParts = (parts: readonly DiffPart[]): DiffPart[] =>
          flip ? parts.map((p) => ({ ...p, change: p.change === 'added' ? 'removed' : p.change === 'removed' ? 'added' : 'same' })) : [...parts];
        const open = openArticleIds.has(theirs.article.id);
        return (
          <li key={`${mine.statement.id}-${theirs.statement.id}`} className="pair-item" data-pair={`${mine.statement.id}-${theirs.statement.id}`}>
            <div className="pair-head">
              <button type="button" className="link-like" onClick={() => onShowStatement(mine.statement.id)}>
                {speakerName(mine.statement)}
              </button>
              <span className="muted">
                also in {theirs.article.outlet ?? theirs.article.title ?? 'another article'}
                {theirs.article.publishedAt ? ` · ${formatArticleDate(theirs.article.publishedAt)}` : ''} · {Math.round(pair.similarity * 100)}% alike
              </span>
            </div>
            <WordDiff parts={flipParts(pair.contentDiff)} label="Wording differences" />
            {pair.attributionDiff.length > 0 && pair.attributionDiff.some((p) => p.change !== 'same') && (
              <WordDiff parts={flipParts(pair.attributionDiff)} label="Attribution differences" />
            )}
            <div className="button-row">
              <button type="button" onClick={() => onOpenBeside(theirs.article.id, theirs.statement.id)}>
                {open ? 'Show beside' : 'Open beside'}
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
