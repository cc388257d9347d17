import { memo, useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
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

const REVIEW_BADGE: Record<StoredStatement['reviewState'], string> = {
  unreviewed: 'unreviewed',
  confirmed: 'confirmed',
  corrected: 'corrected',
  rejected: 'rejected',
};

/** Every statement of one pane in reading order; arrows or j/k move, Enter or a click shows it in the text. */
function StatementCardsInner<S extends StoredStatement>(props: Props<S>) {
  const { statements, selectedId, linked, onSelect, onLinkSpeaker, onLinkNation, renderExtra, renderTools } = props;
  const listRef = useRef<HTMLUListElement>(null);
  const selectedIndex = statements.findIndex((s) => s.id === selectedId);
  const focusIndex = selectedIndex >= 0 ? selectedIndex : 0;

  // The selected card stays in view when the selection comes from the text or the keyboard.
  useEffect(() => {
    if (selectedId === null) return;
    const item = listRef.current?.querySelector<HTMLElement>(`[data-statement-id="${selectedId}"]`);
    item?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  function moveTo(index: number): void {
    const next = statements[Math.min(Math.max(index, 0), statements.length - 1)];
    if (!next) return;
    onSelect(next);
    requestAnimationFrame(() =>
      listRef.current?.querySelector<HTMLElement>(`[data-statement-id="${next.id}"]`)?.focus(),
    );
  }

  function onKeyDown(event: KeyboardEvent<HTMLLIElement>, index: number, statement: S): void {
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

  if (statements.length === 0) {
    return (
      <p className="muted panel-empty">
        No statements were found in this article. Select words in the text to add one by hand.
      </p>
    );
  }

  return (
    <ul role="listbox" aria-label="Statements" className="statement-list" ref={listRef}>
      {statements.map((statement, index) => {
        const colour = nationColour(statement.nation);
        const name = nationName(statement.nation);
        const speaker = speakerName(statement);
        const role = [statement.speakerRole, statement.speakerOrganization].filter((part) => part && part !== speaker).join(', ');
        const selected = statement.id === selectedId;
        const dim = linked !== null && !linked.has(statement.id);
        return (
          <li
            key={statement.id}
            role="option"
            aria-selected={selected}
            tabIndex={index === focusIndex ? 0 : -1}
            className={`statement-item review-${statement.reviewState}${dim ? ' is-dimmed' : ''}${linked?.has(statement.id) ? ' is-linked' : ''}`}
            data-statement-id={statement.id}
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
              <button
                type="button"
                className="speaker-name link-like"
                tabIndex={-1}
                title="Link: light this speaker's statements in every pane"
                onClick={() => onLinkSpeaker(statement)}
              >
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
              <button
                type="button"
                className="link-like"
                tabIndex={-1}
                title="Link: light this nation's statements in every pane"
                onClick={() => onLinkNation(statement.nation)}
              >
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
      })}
    </ul>
  );
}

export const StatementCards = memo(StatementCardsInner) as typeof StatementCardsInner;
