import { useRef, useState, type KeyboardEvent } from 'react';
import type { StoredStatement } from '../../../../shared/domain/archive';
import { nationColour } from './nation-colours';
import { nationName } from './nation-label';
import { nationWhy, speakerName } from './speaker-label';

interface Props {
  statements: readonly StoredStatement[];
  selectedId: number | null;
  onSelect: (statement: StoredStatement) => void;
}

/** Every statement in reading order; arrow keys move, Enter or a click shows it in the text. */
export function StatementsPanel({ statements, selectedId, onSelect }: Props) {
  const [focusIndex, setFocusIndex] = useState(0);
  const itemRefs = useRef<(HTMLLIElement | null)[]>([]);

  function focusAt(index: number): void {
    const next = Math.min(Math.max(index, 0), statements.length - 1);
    setFocusIndex(next);
    itemRefs.current[next]?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLLIElement>, index: number, statement: StoredStatement): void {
    const keys: Record<string, () => void> = {
      ArrowDown: () => focusAt(index + 1),
      ArrowUp: () => focusAt(index - 1),
      Home: () => focusAt(0),
      End: () => focusAt(statements.length - 1),
      Enter: () => onSelect(statement),
      ' ': () => onSelect(statement),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  }

  return (
    <aside className="statements-panel" aria-labelledby="statements-heading">
      <h2 id="statements-heading" className="panel-heading">
        Statements <span className="muted">{statements.length}</span>
      </h2>
      {statements.length === 0 ? (
        <p className="muted panel-empty">No statements were found in this article.</p>
      ) : (
        <ul role="listbox" aria-label="Statements" className="statement-list">
          {statements.map((statement, index) => {
            const colour = nationColour(statement.nation);
            const name = nationName(statement.nation);
            const speaker = speakerName(statement);
            // The organisation is often the speaker itself ("the Ministry of Defense said").
            const role = [statement.speakerRole, statement.speakerOrganization]
              .filter((part) => part && part !== speaker)
              .join(', ');
            return (
              <li
                key={statement.id}
                ref={(element) => {
                  itemRefs.current[index] = element;
                }}
                role="option"
                aria-selected={statement.id === selectedId}
                tabIndex={index === focusIndex ? 0 : -1}
                className="statement-item"
                data-statement-id={statement.id}
                style={{ borderLeftColor: colour.border }}
                onClick={() => {
                  setFocusIndex(index);
                  onSelect(statement);
                }}
                onKeyDown={(event) => onKeyDown(event, index, statement)}
              >
                <div className="statement-speaker">
                  <span className="speaker-name">{speaker}</span>
                  <span className="kind-badge" data-kind={statement.kind}>
                    {statement.kind}
                  </span>
                </div>
                {role && <div className="statement-role">{role}</div>}
                <div className="statement-nation" title={nationWhy(statement) ?? undefined}>
                  <span
                    className="swatch"
                    aria-hidden="true"
                    style={{ backgroundColor: colour.background, borderColor: colour.border }}
                  />
                  {statement.nation ? (
                    <>
                      {name ?? statement.nation.toUpperCase()} <code>{statement.nation.toUpperCase()}</code>
                    </>
                  ) : (
                    <span className="muted">No nation</span>
                  )}
                </div>
                <blockquote className="statement-quote">{statement.content.text}</blockquote>
              </li>
            );
          })}
        </ul>
      )}
    </aside>
  );
}
