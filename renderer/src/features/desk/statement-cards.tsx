import { useVirtualizer } from '@tanstack/react-virtual';
import { observedSize } from '../../app/observed-size';
import { quietScrollOptions } from '../../app/virtual-without-reads';
import { memo, useCallback, useEffect, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { StoredStatement } from '../../../../shared/domain/archive';
import { encodeStatementDrag, STATEMENT_DRAG_MIME } from '../../../../shared/domain/briefings';
import { nationColour } from '../reader/nation-colours';
import { nationName } from '../reader/nation-label';
import { nationWhy, speakerName } from '../reader/speaker-label';

interface Props<S extends StoredStatement> {
  statements: readonly S[];
  selectedId: number | null;
  linked: ReadonlySet<number> | null;
  onSelect: (statement: S) => void;
  onLinkSpeaker: (statement: S) => void;
  onLinkNation: (code: string | null) => void;
  /** Extra lines under a card (its topics), and the tools of the selected card. */
  renderExtra?: (statement: S) => ReactNode;
  renderTools?: (statement: S) => ReactNode;
}

/** A first guess at a card's height before it is drawn and measured; cards lie this far apart. */
const CARD_PX = 118;
const CARD_GAP_PX = 6;
/** Up to this many cards are all drawn (cheap, and the browser's own find sees them); more are virtualized. */
const DRAW_ALL_CARDS = 60;
const OVERSCAN_CARDS = 6;
/** Frames to wait for a card scrolled to be drawn before focusing it. */
const FOCUS_FRAMES = 30;

const REVIEW_BADGE: Record<StoredStatement['reviewState'], string> = {
  unreviewed: 'unreviewed',
  confirmed: 'confirmed',
  corrected: 'corrected',
  rejected: 'rejected',
};

/**
 * Every statement of one pane in reading order; arrows or j/k move, Enter or a click shows it in the text.
 * Only the cards on screen are in the page (an article can hold a hundred thousand statements);
 * the list scrolls itself to a card chosen from the text or the keyboard.
 *
 * The cards drawn lie one after another in the page's own flow, the run of them moved down to
 * where the first belongs: a card is in its place in the first frame, before any is measured, and
 * when a measurement (or a scroll) moves the run, no card is drawn again, only the run moved.
 */
function StatementCardsInner<S extends StoredStatement>(props: Props<S>) {
  const { statements, selectedId, linked, onSelect, onLinkSpeaker, onLinkNation, renderExtra, renderTools } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const selectedIndex = statements.findIndex((s) => s.id === selectedId);
  const focusIndex = selectedIndex >= 0 ? selectedIndex : 0;

  const virtualizer = useVirtualizer({
    count: statements.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CARD_PX,
    measureElement: observedSize,
    getItemKey: (index) => statements[index]!.id,
    gap: CARD_GAP_PX,
    paddingStart: 8,
    overscan: statements.length <= DRAW_ALL_CARDS ? DRAW_ALL_CARDS : OVERSCAN_CARDS,
    ...quietScrollOptions<HTMLDivElement>(),
  });

  // The selected card stays in view when the selection comes from the text or the keyboard.
  useEffect(() => {
    if (selectedIndex < 0) return;
    virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  function moveTo(index: number): void {
    const at = Math.min(Math.max(index, 0), statements.length - 1);
    const next = statements[at];
    if (!next) return;
    onSelect(next);
    virtualizer.scrollToIndex(at, { align: 'auto' });
    let frames = 0;
    const focus = (): void => {
      const card = scrollRef.current?.querySelector<HTMLElement>(`[data-statement-id="${next.id}"]`);
      if (card) card.focus({ preventScroll: true });
      else if (++frames < FOCUS_FRAMES) requestAnimationFrame(focus);
    };
    requestAnimationFrame(focus);
  }

  function keyDown(event: KeyboardEvent<HTMLLIElement>, index: number, statement: S): void {
    if (event.target !== event.currentTarget) return;
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(index + 1),
      ArrowUp: () => moveTo(index - 1),
      Home: () => moveTo(0),
      End: () => moveTo(statements.length - 1),
      Enter: () => onSelect(statement),
      ' ': () => onSelect(statement),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  }
  // The cards keep one key handler (so they need not be drawn again for it), which calls the newest.
  const latestKeyDown = useRef(keyDown);
  useLayoutEffect(() => {
    latestKeyDown.current = keyDown;
  });
  const onCardKeyDown = useCallback((event: KeyboardEvent<HTMLLIElement>, index: number, statement: S) => latestKeyDown.current(event, index, statement), []);

  if (statements.length === 0) {
    return (
      <p className="muted panel-empty">
        No statements were found in this article. Select words in the text to add one by hand.
      </p>
    );
  }

  const items = virtualizer.getVirtualItems();
  return (
    <div className="statement-list" ref={scrollRef}>
      <div className="statement-rows-room" style={{ height: virtualizer.getTotalSize() }}>
        <ul role="listbox" aria-label="Statements" className="statement-rows" style={{ transform: `translateY(${items[0]?.start ?? 0}px)` }}>
          {items.map((item) => {
            const statement = statements[item.index]!;
            return (
              <StatementCard
                key={item.key}
                statement={statement}
                index={item.index}
                count={statements.length}
                selected={statement.id === selectedId}
                linked={linked === null ? null : linked.has(statement.id)}
                tabbable={item.index === focusIndex}
                measure={virtualizer.measureElement}
                onSelect={onSelect}
                onLinkSpeaker={onLinkSpeaker}
                onLinkNation={onLinkNation}
                onKeyDown={onCardKeyDown}
                renderExtra={renderExtra}
                renderTools={statement.id === selectedId ? renderTools : undefined}
              />
            );
          })}
        </ul>
      </div>
    </div>
  );
}

interface CardProps<S extends StoredStatement> {
  statement: S;
  index: number;
  count: number;
  selected: boolean;
  /** Whether the card is in the linked selection; null when nothing is linked. */
  linked: boolean | null;
  tabbable: boolean;
  measure: (element: Element | null) => void;
  onSelect: (statement: S) => void;
  onLinkSpeaker: (statement: S) => void;
  onLinkNation: (code: string | null) => void;
  onKeyDown: (event: KeyboardEvent<HTMLLIElement>, index: number, statement: S) => void;
  renderExtra: ((statement: S) => ReactNode) | undefined;
  /** Given to the selected card only. */
  renderTools: ((statement: S) => ReactNode) | undefined;
}

function StatementCardInner<S extends StoredStatement>(props: CardProps<S>) {
  const { statement, index, count, selected, linked, tabbable, measure, onSelect, onLinkSpeaker, onLinkNation, onKeyDown, renderExtra, renderTools } = props;
  const colour = nationColour(statement.nation);
  const name = nationName(statement.nation);
  const speaker = speakerName(statement);
  const role = [statement.speakerRole, statement.speakerOrganization].filter((part) => part && part !== speaker).join(', ');
  return (
    <li
      ref={measure}
      data-index={index}
      role="option"
      aria-selected={selected}
      aria-setsize={count}
      aria-posinset={index + 1}
      tabIndex={tabbable ? 0 : -1}
      className={`statement-item review-${statement.reviewState}${linked === false ? ' is-dimmed' : ''}${linked === true ? ' is-linked' : ''}`}
      data-statement-id={statement.id}
      data-nation={statement.nation ?? ''}
      style={{ borderLeftColor: colour.border }}
      onClick={(event) => {
        if ((event.target as HTMLElement).closest('input, select, textarea, form, .statement-tools')) return;
        onSelect(statement);
      }}
      onKeyDown={(event) => onKeyDown(event, index, statement)}
      draggable
      onDragStart={(event) => {
        // The shared statement payload: a briefing (or any view that takes statements) accepts it.
        const { start, end, text } = statement.content;
        event.dataTransfer.setData(STATEMENT_DRAG_MIME, encodeStatementDrag({ statementId: statement.id, articleId: statement.articleId, start, end, text }));
        event.dataTransfer.setData('text/plain', text);
        event.dataTransfer.effectAllowed = 'copy';
      }}
    >
      <div className="statement-speaker">
        <button type="button" className="speaker-name link-like" tabIndex={-1} title="Link: light this speaker's statements in every pane" onClick={() => onLinkSpeaker(statement)}>
          {speaker}
        </button>
        <span className="badges">
          <span className="kind-badge" data-kind={statement.kind}>
            {statement.kind}
          </span>
          <span className={`review-badge review-${statement.reviewState}`}>{REVIEW_BADGE[statement.reviewState]}</span>
        </span>
      </div>
      {role && <div className="statement-role">{role}</div>}
      <div className="statement-nation" title={nationWhy(statement) ?? undefined}>
        <span className="swatch" aria-hidden="true" style={{ backgroundColor: colour.background, borderColor: colour.border }} />
        <button type="button" className="link-like" tabIndex={-1} title="Link: light this nation's statements in every pane" onClick={() => onLinkNation(statement.nation)}>
          {statement.nation ? (
            <>
              {name ?? statement.nation.toUpperCase()} <code>{statement.nation.toUpperCase()}</code>
            </>
          ) : (
            <span className="muted">No nation</span>
          )}
        </button>
      </div>
      <blockquote className="statement-quote">{statement.content.text}</blockquote>
      {renderExtra?.(statement)}
      {selected && renderTools?.(statement)}
    </li>
  );
}

/** One card, drawn again only when what it shows changes (not when the cards around it move or another is chosen). */
const StatementCard = memo(StatementCardInner) as typeof StatementCardInner;

export const StatementCards = memo(StatementCardsInner) as typeof StatementCardsInner;
