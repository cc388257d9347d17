import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { CitableStatement } from '../../../../shared/domain/briefings';
import { citationSource, citationSpeaker } from '../../../../shared/briefings/citation-line';
import { api, errorMessage } from '../../api/client';
import { useArchiveChanges } from '../../api/use-archive-changes';
import { useDebouncedValue } from '../../app/use-debounced-value';
import { nationColour } from '../reader/nation-colours';
import { startStatementDrag } from './statement-drag';

const LIMIT = 200;

interface Props {
  topics: readonly { id: number; name: string; statementCount: number }[];
  onInsert: (statement: CitableStatement) => void;
}

/** The statements beside the editor: search, then drag one into the text (or press Enter to put it at the cursor). */
export function StatementPicker({ topics, onInsert }: Props) {
  const [query, setQuery] = useState('');
  const [topicId, setTopicId] = useState<number | null>(null);
  const debounced = useDebouncedValue(query, 200);
  const [rows, setRows] = useState<CitableStatement[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [changes, setChanges] = useState(0);
  const [focusIndex, setFocusIndex] = useState(0);
  const itemRefs = useRef<(HTMLLIElement | null)[]>([]);
  useArchiveChanges(() => setChanges((n) => n + 1));
  // A statement rejected, restored, tagged or corrected on the desk changes what is offered here.
  useEffect(() => api.on('desk.changed', () => setChanges((n) => n + 1)), []);

  useEffect(() => {
    let current = true;
    api
      .invoke('briefings.statements', { query: debounced.trim() || undefined, topicId: topicId ?? undefined, limit: LIMIT })
      .then(
        (found) => {
          if (!current) return;
          setRows(found);
          setError(null);
        },
        (e: unknown) => current && setError(errorMessage(e)),
      );
    return () => {
      current = false;
    };
  }, [debounced, topicId, changes]);

  function focusAt(index: number): void {
    if (!rows || rows.length === 0) return;
    const next = Math.min(Math.max(index, 0), rows.length - 1);
    setFocusIndex(next);
    itemRefs.current[next]?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLLIElement>, index: number, statement: CitableStatement): void {
    const keys: Record<string, () => void> = {
      ArrowDown: () => focusAt(index + 1),
      ArrowUp: () => focusAt(index - 1),
      Home: () => focusAt(0),
      End: () => focusAt((rows?.length ?? 1) - 1),
      Enter: () => onInsert(statement),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  }

  return (
    <aside className="statements-panel statement-picker" aria-labelledby="picker-heading">
      <h2 id="picker-heading" className="panel-heading">
        Statements {rows && <span className="muted">{rows.length === LIMIT ? `${LIMIT}+` : rows.length}</span>}
      </h2>
      <div className="picker-filters">
        <input
          type="search"
          placeholder="Search words or speakers…"
          aria-label="Search statements"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        {topics.length > 0 && (
          <select aria-label="Topic" value={topicId ?? ''} onChange={(e) => setTopicId(e.target.value ? Number(e.target.value) : null)}>
            <option value="">All topics</option>
            {topics.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name} ({t.statementCount})
              </option>
            ))}
          </select>
        )}
      </div>
      <p className="picker-hint muted">Drag a statement into the briefing, or select it and press Enter.</p>
      {error && <p className="status-error panel-empty">{error}</p>}
      {rows && rows.length === 0 && (
        <p className="muted panel-empty">{query.trim() || topicId ? 'No statement matches.' : 'No statements yet: import articles and their statements appear here.'}</p>
      )}
      {rows && rows.length > 0 && (
        <ul role="listbox" aria-label="Statements to cite" className="statement-list">
          {rows.map((s, index) => {
            const colour = nationColour(s.nation);
            return (
              <li
                key={s.statementId}
                ref={(el) => {
                  itemRefs.current[index] = el;
                }}
                role="option"
                aria-selected={index === focusIndex}
                tabIndex={index === focusIndex ? 0 : -1}
                className="statement-item"
                data-statement-id={s.statementId}
                draggable
                onDragStart={(event) =>
                  startStatementDrag(event, { statementId: s.statementId, articleId: s.articleId, start: s.start, end: s.end, text: s.text })
                }
                onClick={() => setFocusIndex(index)}
                onDoubleClick={() => onInsert(s)}
                onKeyDown={(event) => onKeyDown(event, index, s)}
                style={{ borderLeftColor: colour.border }}
                title="Drag into the briefing, or press Enter"
              >
                <div className="statement-speaker">
                  <span className="speaker-name">{citationSpeaker(s)}</span>
                  {s.stance && <span className="kind-badge">{s.stance}</span>}
                </div>
                <div className="statement-role">
                  {[s.nationName ?? 'No nation', citationSource(s)].filter(Boolean).join(' · ')}
                </div>
                <blockquote className="statement-quote">{s.text}</blockquote>
              </li>
            );
          })}
        </ul>
      )}
    </aside>
  );
}
