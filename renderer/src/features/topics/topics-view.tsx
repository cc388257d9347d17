import { useState, type FormEvent } from 'react';
import type { Topic } from '../../../../shared/domain/desk';
import { api } from '../../api/client';
import { plural } from '../../app/format';
import { attempt } from '../desk/notices';
import { NotesEditor } from '../desk/statement-tools';
import { useTopics } from '../desk/use-topics';
import { TextField } from '../../app/text-field';

interface Props {
  hidden: boolean;
  /** Shows the topic's statements in the statement search. */
  onShowStatements: (topic: Topic) => void;
  /** Lights the topic's statements in every open pane. */
  onLinkInDesk: (topic: Topic) => void;
}

/** The codebook: a hierarchy of topics to create, rename, recolour, describe, move and merge. */
export function TopicsView({ hidden, onShowStatements, onLinkInDesk }: Props) {
  const { topics, error } = useTopics();
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [newName, setNewName] = useState('');
  const selected = topics?.find((t) => t.id === selectedId) ?? null;

  async function create(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (!newName.trim()) return;
    const created = await attempt(
      'Creating the topic',
      api.invoke('topics.create', { name: newName.trim(), parentId: selected?.id ?? null }),
      `Topic “${newName.trim()}” created${selected ? ` under “${selected.name}”` : ''}`,
    );
    if (created) {
      setNewName('');
      setSelectedId(created.id);
    }
  }

  return (
    <section className="topics-view" aria-label="Topics" hidden={hidden}>
      <div className="split-view">
        <div className="master">
          <form className="toolbar" onSubmit={(event) => void create(event)}>
            <input aria-label="New topic" placeholder={selected ? `New topic under “${selected.name}”` : 'New top-level topic'} value={newName} onChange={(event) => setNewName(event.target.value)} />
            <button type="submit" disabled={!newName.trim()}>
              Create
            </button>
            {selected && (
              <button type="button" className="link-like" onClick={() => setSelectedId(null)}>
                top level
              </button>
            )}
          </form>
          {error && <p className="field-error">{error}</p>}
          {topics && topics.length === 0 && (
            <div className="empty-state">
              <h2>The codebook is empty</h2>
              <p>Create a topic here, or type a new one while tagging a statement (T in the desk).</p>
            </div>
          )}
          <ul className="master-list topic-tree" role="tree" aria-label="Topic tree">
            {topics?.map((topic) => (
              <li
                key={topic.id}
                role="treeitem"
                tabIndex={0}
                aria-level={topic.path.length}
                aria-selected={topic.id === selectedId}
                style={{ paddingLeft: 8 + (topic.path.length - 1) * 16 }}
                onClick={() => setSelectedId(topic.id)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') setSelectedId(topic.id);
                }}
              >
                <span className="topic-dot" aria-hidden="true" style={{ background: topic.colour ?? 'var(--muted)' }} />
                <span className="master-name">{topic.name}</span>
                <span className="muted master-count">{topic.statementCount}</span>
              </li>
            ))}
          </ul>
        </div>
        <div className="detail">
          {selected ? (
            <TopicDetail key={selected.id} topic={selected} topics={topics ?? []} onShowStatements={onShowStatements} onLinkInDesk={onLinkInDesk} onGone={setSelectedId} />
          ) : (
            <div className="empty-state">
              <h2>Choose a topic</h2>
              <p>Rename, recolour, describe, move it under another topic or merge it into one; see its statements and notes.</p>
            </div>
          )}
        </div>
      </div>
    </section>
  );
}

function descendants(topic: Topic, topics: readonly Topic[]): Set<number> {
  const out = new Set<number>([topic.id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const t of topics) {
      if (t.parentId === null || !out.has(t.parentId) || out.has(t.id)) continue;
      out.add(t.id);
      grew = true;
    }
  }
  return out;
}

function TopicDetail(props: { topic: Topic; topics: readonly Topic[]; onShowStatements: (t: Topic) => void; onLinkInDesk: (t: Topic) => void; onGone: (id: number | null) => void }) {
  const { topic, topics, onShowStatements, onLinkInDesk, onGone } = props;
  const [name, setName] = useState(topic.name);
  const [colour, setColour] = useState(topic.colour ?? '#5d6772');
  const [description, setDescription] = useState(topic.description ?? '');
  const [mergeInto, setMergeInto] = useState('');
  const blocked = descendants(topic, topics);

  async function save(event: FormEvent): Promise<void> {
    event.preventDefault();
    const changes: { name?: string; colour?: string | null; description?: string | null } = {};
    if (name.trim() && name.trim() !== topic.name) changes.name = name.trim();
    if (colour !== (topic.colour ?? '#5d6772')) changes.colour = colour;
    if ((description.trim() || null) !== topic.description) changes.description = description.trim() || null;
    if (Object.keys(changes).length > 0) await attempt('Saving the topic', api.invoke('topics.update', { id: topic.id, changes }), 'Topic saved');
  }

  return (
    <article className="topic-page" aria-label={`Topic: ${topic.name}`}>
      <header className="detail-header">
        <h1>
          <span className="topic-dot big" aria-hidden="true" style={{ background: topic.colour ?? 'var(--muted)' }} /> {topic.path.join(' › ')}
        </h1>
        <p className="muted">{plural(topic.statementCount, 'statement', 'statements')} tagged</p>
        <div className="button-row">
          <button type="button" onClick={() => onShowStatements(topic)}>
            Show statements
          </button>
          <button type="button" onClick={() => onLinkInDesk(topic)} title="Light this topic's statements in every open pane">
            Link in the desk
          </button>
        </div>
      </header>
      <form className="details-form" aria-label="Edit topic" onSubmit={(event) => void save(event)}>
        <TextField label="Name" value={name} onChange={setName} />
        <label>
          Colour
          <input type="color" value={colour} onChange={(event) => setColour(event.target.value)} />
        </label>
        <label>
          Description
          <textarea rows={3} value={description} onChange={(event) => setDescription(event.target.value)} />
        </label>
        <div className="button-row">
          <button type="submit" className="primary">
            Save
          </button>
        </div>
      </form>
      <section className="detail-section" aria-label="Move">
        <h2>Move</h2>
        <select
          aria-label="Parent topic"
          value={topic.parentId ?? ''}
          onChange={(event) => void attempt('Moving the topic', api.invoke('topics.move', { id: topic.id, parentId: event.target.value ? Number(event.target.value) : null }), 'Topic moved')}
        >
          <option value="">(top level)</option>
          {topics
            .filter((t) => !blocked.has(t.id))
            .map((t) => (
              <option key={t.id} value={t.id}>
                {t.path.join(' › ')}
              </option>
            ))}
        </select>
      </section>
      <section className="detail-section" aria-label="Merge">
        <h2>Merge into</h2>
        <div className="inline-form">
          <select aria-label="Merge into topic" value={mergeInto} onChange={(event) => setMergeInto(event.target.value)}>
            <option value="">Choose a topic…</option>
            {topics
              .filter((t) => t.id !== topic.id)
              .map((t) => (
                <option key={t.id} value={t.id}>
                  {t.path.join(' › ')}
                </option>
              ))}
          </select>
          <button
            type="button"
            disabled={!mergeInto}
            onClick={() =>
              void attempt('Merging the topic', api.invoke('topics.merge', { sourceId: topic.id, targetId: Number(mergeInto) }), 'Topics merged').then(
                (kept) => kept && onGone(kept.id),
              )
            }
          >
            Merge
          </button>
          <button
            type="button"
            className="danger"
            onClick={() => void attempt('Deleting the topic', api.invoke('topics.delete', { id: topic.id }), `Deleted “${topic.name}” (Ctrl+Z brings it back)`).then((done) => done && onGone(null))}
          >
            Delete
          </button>
        </div>
      </section>
      <section className="detail-section" aria-label="Notes">
        <h2>Notes</h2>
        <NotesEditor target={{ kind: 'topic', id: topic.id }} />
      </section>
    </article>
  );
}
