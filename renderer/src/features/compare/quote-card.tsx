import { encodeStatementDrag, STATEMENT_DRAG_MIME } from '../../../../shared/domain/briefings';
import type { PositionQuote } from '../../../../shared/domain/positions';
import { safeName } from '../../../../shared/text/safe-name';
import { articleTitle } from '../../app/article-title';
import { formatArticleDate } from '../../app/format';
import { quoted } from '../../../../shared/positions/stance-style';
import { StanceChip } from './stance-bar';

/** Opens a quote in its article: in place of the desk's articles, or beside them (to read several quotes side by side). */
export type OpenQuote = (quote: PositionQuote, beside: boolean) => void;

/** One quote with its speaker and source; "Open" shows it in its article, "Open beside" next to the articles already open. */
export function QuoteCard({ quote, onOpen, showStance = true }: { quote: PositionQuote; onOpen: OpenQuote; showStance?: boolean }) {
  const speaker = [quote.speakerName ?? 'Unnamed speaker', quote.speakerRole].filter(Boolean).join(', ');
  const source = [quote.outlet ?? 'Outlet unknown', quote.publishedAt ? formatArticleDate(quote.publishedAt) : 'date unknown'].join(' · ');
  return (
    <article
      className="quote-card"
      aria-label={`${quote.speakerName ?? 'Unnamed speaker'}: ${quote.text}`}
      draggable
      onDragStart={(event) => {
        // The shared statement payload: a briefing takes the quote with its live citation.
        const payload = { statementId: quote.statementId, articleId: quote.articleId, start: quote.contentStart, end: quote.contentEnd, text: quote.text };
        event.dataTransfer.setData(STATEMENT_DRAG_MIME, encodeStatementDrag(payload));
        event.dataTransfer.setData('text/plain', quote.text);
        event.dataTransfer.effectAllowed = 'copy';
      }}
    >
      <blockquote className="quote-text">{quoted(quote.text)}</blockquote>
      <div className="quote-meta">
        <span className="quote-speaker">{speaker}</span>
        {showStance && <StanceChip stance={quote.stance} />}
      </div>
      <div className="quote-source">
        <span className="muted" title={safeName(quote.articleName)}>
          {source} — {articleTitle(quote.articleTitle, quote.articleName)}
        </span>
        <button type="button" className="small" onClick={() => onOpen(quote, false)} title="Open the article with this statement selected">
          Open
        </button>
        <button type="button" className="small" onClick={() => onOpen(quote, true)} title="Open the article beside those already open, with this statement selected">
          Open beside
        </button>
      </div>
    </article>
  );
}
