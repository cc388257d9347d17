import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { STANCES, type Stance } from '../../../../shared/domain/archive';
import type { DeskStatement, Topic } from '../../../../shared/domain/desk';
import { api } from '../../api/client';
import { attempt } from './notices';
import { publishStatement } from './statement-updates';

/** A statement's topics as chips with their stance; shown on every card. */
export function TopicChips({ statement }: { statement: DeskStatement }) {
  if (statement.topics.length === 0) return null;
  return (
    <ul className="topic-chips" aria-label="Topics">
      {statement.topics.map((topic) => (
        <li key={topic.topicId} className="topic-chip" style={{ borderColor: topic.colour ?? undefined }}>
          <span className="topic-dot" aria-hidden="true" style={{ background: topic.colour ?? 'var(--muted)' }} />
          {topic.path.join(' › ')}
          {topic.stance && <span className={`stance stance-${topic.stance}`}>{topic.stance}</span>}
        </li>
      ))}
    </ul>
  );
}

/** Matches for type-ahead: names starting with the text first, then names containing it. */
export function matchTopics(topics: readonly Topic[], text: string, limit = 8): Topic[] {
  const query = text.trim().toLowerCase();
  if (!query) return topics.slice(0, limit);
  const starts = topics.filter((t) => t.name.toLowerCase().startsWith(query));
  const contains = topics.filter((t) => !t.name.toLowerCase().startsWith(query) && t.path.join(' ').toLowerCase().includes(query));
  return [...starts, ...contains].slice(0, limit);
}

interface EditorProps {
  statement: DeskStatement;
  topics: readonly Topic[];
  onDone?: () => void;
  autoFocus?: boolean;
}

/** Tag a statement: type-ahead over the codebook (or create a topic), then a stance per topic. */
export function TagEditor({ statement, topics, autoFocus }: EditorProps) {
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const matches = useMemo(() => matchTopics(topics, text), [topics, text]);
  const exact = topics.some((t) => t.name.toLowerCase() === text.trim().toLowerCase());
  const offerCreate = text.trim().length > 0 && !exact;
  const optionCount = matches.length + (offerCreate ? 1 : 0);

  async function pick(index: number): Promise<void> {
    let topicId = matches[index]?.id;
    if (topicId === undefined && offerCreate) {
      const created = await attempt('Creating the topic', api.invoke('topics.create', { name: text.trim() }));
      topicId = created?.id;
    }
    if (topicId === undefined) return;
    const tagged = await attempt('Tagging', api.invoke('statements.tag', { statementId: statement.id, topicId, stance: null }));
    publishStatement(tagged);
    if (tagged) setText('');
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.key === 'ArrowDown') setActive((i) => Math.min(i + 1, optionCount - 1));
    else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
    else if (event.key === 'Enter' && optionCount > 0) void pick(Math.min(active, optionCount - 1));
    else return;
    event.preventDefault();
    event.stopPropagation();
  }

  return (
    <div className="tag-editor">
      <ul className="tag-list" aria-label="Tags">
        {statement.topics.map((topic) => (
          <li key={topic.topicId} className="tag-row">
            <span className="topic-dot" aria-hidden="true" style={{ background: topic.colour ?? 'var(--muted)' }} />
            <span className="tag-name">{topic.path.join(' › ')}</span>
            <select
              aria-label={`Stance on ${topic.name}`}
              value={topic.stance ?? ''}
              onChange={(event) =>
                void attempt(
                  'Setting the stance',
                  api.invoke('statements.tag', {
                    statementId: statement.id,
                    topicId: topic.topicId,
                    stance: (event.target.value || null) as Stance | null,
                  }),
                ).then(publishStatement)
              }
            >
              <option value="">no stance</option>
              {STANCES.map((stance) => (
                <option key={stance} value={stance}>
                  {stance}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="icon-button"
              aria-label={`Remove ${topic.name}`}
              title="Remove this topic"
              onClick={() => void attempt('Removing the tag', api.invoke('statements.untag', { statementId: statement.id, topicId: topic.topicId })).then(publishStatement)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="typeahead">
        <input
          type="text"
          role="combobox"
          aria-label="Add a topic"
          aria-expanded={text.length > 0 && optionCount > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          placeholder="Add a topic…"
          value={text}
          autoFocus={autoFocus}
          onChange={(event) => {
            setText(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        {text.length > 0 && optionCount > 0 && (
          <ul role="listbox" id={listId} className="typeahead-options" aria-label="Topics">
            {matches.map((topic, index) => (
              <li
                key={topic.id}
                role="option"
                aria-selected={index === active}
                onMouseDown={(event) => {
                  event.preventDefault();
                  void pick(index);
                }}
              >
                {topic.path.join(' › ')}
              </li>
            ))}
            {offerCreate && (
              <li
                role="option"
                aria-selected={active === matches.length}
                onMouseDown={(event) => {
                  event.preventDefault();
                  void pick(matches.length);
                }}
              >
                Create topic “{text.trim()}”
              </li>
            )}
          </ul>
        )}
      </div>
    </div>
  );
}
