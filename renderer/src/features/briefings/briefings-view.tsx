import { memo, useCallback, useEffect, useState, type FormEvent } from 'react';
import {
  BRIEFING_TEMPLATE_LABELS,
  BRIEFING_TEMPLATES,
  type BriefingSummary,
  type BriefingTemplate,
} from '../../../../shared/domain/briefings';
import { api, errorMessage } from '../../api/client';
import { useArchiveChanges } from '../../api/use-archive-changes';
import { formatArticleDate, plural } from '../../app/format';
import { DEFAULT_STATE, stateFromHash } from '../compare/positions-state';
import { BriefingEditor, type SourceRequest } from './briefing-editor';
import './briefings.css';

interface Props {
  hidden: boolean;
  onOpenSource: (source: SourceRequest) => void;
}

type Topic = { id: number; name: string; statementCount: number };

type BriefingSource = { kind: 'all' } | { kind: 'topic'; topicId: number } | { kind: 'matrix' };

/** The positions matrix as the Positions view last showed it (its state lives in the address), or its defaults. */
function matrixNow() {
  const state = stateFromHash(window.location.hash) ?? DEFAULT_STATE;
  return { filters: state.filters, columns: state.columns };
}

/** The analyst's briefings: a list, the editor, and the statements to cite beside it. */
export const BriefingsView = memo(function BriefingsView({ hidden, onOpenSource }: Props) {
  const [briefings, setBriefings] = useState<BriefingSummary[] | null>(null);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [topics, setTopics] = useState<Topic[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  useArchiveChanges(() => setReload((n) => n + 1));

  useEffect(() => {
    if (hidden) return;
    let current = true;
    Promise.all([api.invoke('briefings.list', {}), api.invoke('briefings.topics', {})]).then(
      ([list, found]) => {
        if (!current) return;
        setBriefings(list);
        setTopics(found);
        setSelectedId((id) => id ?? list[0]?.id ?? null);
      },
      (e: unknown) => current && setError(errorMessage(e)),
    );
    return () => {
      current = false;
    };
  }, [hidden, reload]);

  const onSaved = useCallback((summary: BriefingSummary) => {
    setBriefings((list) => (list ? [summary, ...list.filter((b) => b.id !== summary.id)] : list));
  }, []);

  async function create(template: BriefingTemplate, source: BriefingSource): Promise<void> {
    try {
      const made = await api.invoke('briefings.create', {
        template,
        topicId: source.kind === 'topic' ? source.topicId : undefined,
        matrix: source.kind === 'matrix' ? matrixNow() : undefined,
      });
      setBriefings((list) => [made, ...(list ?? [])]);
      setSelectedId(made.id);
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  async function duplicate(id: number): Promise<void> {
    try {
      const copy = await api.invoke('briefings.duplicate', { id });
      setBriefings((list) => [copy, ...(list ?? [])]);
      setSelectedId(copy.id);
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  async function remove(id: number): Promise<void> {
    try {
      await api.invoke('briefings.delete', { id });
      const rest = (briefings ?? []).filter((b) => b.id !== id);
      setBriefings(rest);
      setSelectedId(rest[0]?.id ?? null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <section className="briefings" hidden={hidden} aria-label="Briefings">
      <nav className="briefing-list-pane" aria-label="Briefing list">
        <NewBriefingForm topics={topics} onCreate={(t, topic) => void create(t, topic)} />
        {error && <p className="status-error panel-empty">{error}</p>}
        {briefings && briefings.length > 0 && (
          <ul className="briefing-list">
            {briefings.map((b) => (
              <li key={b.id}>
                <button
                  type="button"
                  className="briefing-list-item"
                  aria-current={b.id === selectedId ? 'true' : undefined}
                  onClick={() => setSelectedId(b.id)}
                >
                  <span className="briefing-list-title">{b.title}</span>
                  <span className="muted">
                    {formatArticleDate(b.updatedAt)} · {plural(b.citationCount, 'quote', 'quotes')}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </nav>
      {selectedId !== null ? (
        <BriefingEditor
          key={selectedId}
          briefingId={selectedId}
          visible={!hidden}
          topics={topics}
          onOpenSource={onOpenSource}
          onSaved={onSaved}
          onDuplicate={() => void duplicate(selectedId)}
          onDelete={() => void remove(selectedId)}
        />
      ) : (
        briefings && (
          <div className="empty-state briefing-empty">
            <h2>No briefing yet</h2>
            <p className="muted">
              Start one from a template on the left. “Positions by nation” fills itself with what each nation said, quoted
              and cited; drag more statements in from the panel beside the text.
            </p>
          </div>
        )
      )}
    </section>
  );
});

function NewBriefingForm({ topics, onCreate }: { topics: readonly Topic[]; onCreate: (template: BriefingTemplate, source: BriefingSource) => void }) {
  const [template, setTemplate] = useState<BriefingTemplate>('positions-by-nation');
  const [source, setSource] = useState('all');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (template === 'blank' || source === 'all') onCreate(template, { kind: 'all' });
    else if (source === 'matrix') onCreate(template, { kind: 'matrix' });
    else onCreate(template, { kind: 'topic', topicId: Number(source) });
  };
  return (
    <form className="new-briefing" onSubmit={submit} aria-label="New briefing">
      <label>
        <span className="field-label">Template</span>
        <select value={template} onChange={(e) => setTemplate(e.target.value as BriefingTemplate)}>
          {BRIEFING_TEMPLATES.map((t) => (
            <option key={t} value={t}>
              {BRIEFING_TEMPLATE_LABELS[t]}
            </option>
          ))}
        </select>
      </label>
      {template !== 'blank' && (
        <label>
          <span className="field-label">Quotes from</span>
          <select value={source} onChange={(e) => setSource(e.target.value)}>
            <option value="all">Every statement with a nation</option>
            <option value="matrix">The positions matrix</option>
            {topics.length > 0 && (
              <optgroup label="A topic">
                {topics.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name} ({t.statementCount})
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </label>
      )}
      <button type="submit" className="primary">
        New briefing
      </button>
    </form>
  );
}
