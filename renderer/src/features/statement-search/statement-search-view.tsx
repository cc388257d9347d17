import { memo, useEffect, useEffectEvent, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { STANCES } from '../../../../shared/domain/archive';
import type { Actor, StatementHit, StatementSearchPage } from '../../../../shared/domain/desk';
import { parseSearchQuery, QuerySyntaxError } from '../../../../shared/search/query-syntax';
import { api, errorMessage } from '../../api/client';
import { formatCount, plural } from '../../app/format';
import { useDebouncedValue } from '../../app/use-debounced-value';
import { describeDate } from '../desk/article-details';
import type { OpenRequest } from '../desk/desk-state';
import { NationDatalist } from '../desk/statement-tools';
import { parseNation } from '../desk/nation-options';
import { TopicChips } from '../desk/topic-tags';
import { useTopics } from '../desk/use-topics';
import { nationColour } from '../reader/nation-colours';
import { nationLabel } from '../reader/nation-label';
import { speakerName } from '../reader/speaker-label';
import { QueryHelp } from './query-help';
import { activeFilterCount, emptySearchForm, REVIEW_STATES, toFilters, toggle, type SearchForm } from './search-filters';

const PAGE = 100;
const DEBOUNCE_MS = 250;

interface Props {
  hidden: boolean;
  searchRef: RefObject<HTMLInputElement | null>;
  onOpen: (request: OpenRequest) => void;
  /** Filters to start from (an actor page's "all statements", a topic's "show statements"). */
  preset: { nonce: number; form: Partial<SearchForm> } | null;
}

type Results =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; page: StatementSearchPage; rows: StatementHit[]; key: string };

/** Statements (not articles) by words and filters that combine, with the words marked in context. */
export const StatementSearchView = memo(function StatementSearchView({ hidden, searchRef, onOpen, preset }: Props) {
  const [form, setForm] = useState<SearchForm>(emptySearchForm);
  const [results, setResults] = useState<Results>({ status: 'loading' });
  const [active, setActive] = useState(0);
  const { topics } = useTopics();
  const [outlets, setOutlets] = useState<{ outlet: string; articles: number }[]>([]);
  const [nationDraft, setNationDraft] = useState('');
  const [nationProblem, setNationProblem] = useState<string | null>(null);
  // Typing waits for a pause; a filter applies at once.
  const debouncedQuery = useDebouncedValue(form.query, DEBOUNCE_MS);
  const debounced = useMemo(() => ({ ...form, query: debouncedQuery }), [form, debouncedQuery]);
  const wantedKey = JSON.stringify(toFilters(debounced));
  const listRef = useRef<HTMLUListElement>(null);

  const syntaxError = useMemo(() => {
    try {
      parseSearchQuery(form.query);
      return null;
    } catch (error) {
      return error instanceof QuerySyntaxError ? error.message : null;
    }
  }, [form.query]);

  const [appliedPreset, setAppliedPreset] = useState<number | null>(null);
  if (preset && preset.nonce !== appliedPreset) {
    setAppliedPreset(preset.nonce);
    setForm({ ...emptySearchForm, ...preset.form });
    setActive(0);
  }

  useEffect(() => {
    if (hidden) return;
    api.invoke('articles.outlets', {}).then(setOutlets, () => setOutlets([]));
  }, [hidden]);

  function load(offset: number): void {
    let parsedOk = true;
    try {
      parseSearchQuery(debounced.query);
    } catch {
      parsedOk = false;
    }
    if (!parsedOk) return;
    const filters = toFilters(debounced);
    const key = JSON.stringify(filters);
    api.invoke('statements.search', { ...filters, offset, limit: PAGE }).then(
      (page) =>
        setResults((previous) => ({
          status: 'ready',
          page,
          key,
          rows: offset > 0 && previous.status === 'ready' ? [...previous.rows, ...page.rows] : page.rows,
        })),
      (error: unknown) => setResults({ status: 'failed', message: errorMessage(error) }),
    );
  }
  const run = useEffectEvent(load);

  useEffect(() => {
    if (hidden) return;
    run(0);
    const off = api.on('desk.changed', () => run(0));
    return off;
  }, [debounced, hidden]);

  function update(changes: Partial<SearchForm>): void {
    setForm((previous) => ({ ...previous, ...changes }));
    setActive(0);
  }

  function addNation(): void {
    const code = parseNation(nationDraft);
    if (code === undefined || code === null) {
      setNationProblem(nationDraft.trim() ? `“${nationDraft}” is not a nation.` : null);
      return;
    }
    setNationProblem(null);
    setNationDraft('');
    if (!form.nations.includes(code)) update({ nations: [...form.nations, code] });
  }

  const rows = results.status === 'ready' ? results.rows : [];

  function openRow(index: number, beside: boolean): void {
    const hit = rows[index];
    if (!hit) return;
    onOpen({ articleId: hit.article.id, beside, focusStatementId: hit.statement.id, highlights: hit.highlights });
  }

  function onListKeyDown(event: KeyboardEvent<HTMLUListElement>): void {
    const move = (to: number) => {
      const next = Math.min(Math.max(to, 0), rows.length - 1);
      setActive(next);
      listRef.current?.querySelector(`[data-index="${next}"]`)?.scrollIntoView({ block: 'nearest' });
    };
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(active + 1),
      ArrowUp: () => move(active - 1),
      j: () => move(active + 1),
      k: () => move(active - 1),
      Enter: () => openRow(active, event.shiftKey),
      b: () => openRow(active, true),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  }

  const filterCount = activeFilterCount(form);

  return (
    <section className="statement-search" aria-label="Statements" hidden={hidden}>
      <NationDatalist />
      <div className="toolbar">
        <div className="search-field">
          <input
            ref={searchRef}
            type="search"
            aria-label="Search statements"
            aria-invalid={syntaxError !== null}
            aria-describedby="statement-query-error"
            placeholder='Words, "phrases", OR, -word, prefix*'
            value={form.query}
            spellCheck={false}
            onChange={(event) => update({ query: event.target.value })}
            onKeyDown={(event) => {
              if (event.key === 'ArrowDown' || event.key === 'Enter') {
                event.preventDefault();
                listRef.current?.focus();
              }
            }}
          />
        </div>
        <QueryHelp />
        <p className="toolbar-note" role="status" aria-live="polite">
          {results.status === 'ready'
            ? `${results.page.totalCapped ? 'More than ' : ''}${plural(results.page.total, 'statement', 'statements')}${filterCount ? ` · ${plural(filterCount, 'filter', 'filters')}` : ''}`
            : results.status === 'loading'
              ? 'Searching…'
              : ''}
        </p>
        {filterCount > 0 && (
          <button type="button" className="toolbar-end" onClick={() => setForm({ ...emptySearchForm, query: form.query })}>
            Clear filters
          </button>
        )}
      </div>
      {syntaxError && (
        <p className="query-error" id="statement-query-error" role="alert">
          This search cannot be run as written: {syntaxError}
        </p>
      )}
      <div className="search-body">
        <form className="filters" aria-label="Filters" onSubmit={(event) => event.preventDefault()}>
          <fieldset>
            <legend>Nation</legend>
            <div className="chip-row">
              {form.nations.map((code) => (
                <button key={code} type="button" className="filter-chip" onClick={() => update({ nations: form.nations.filter((n) => n !== code) })} aria-label={`Remove ${nationLabel(code)}`}>
                  <span className="swatch" style={{ backgroundColor: nationColour(code).background, borderColor: nationColour(code).border }} /> {nationLabel(code)} ×
                </button>
              ))}
            </div>
            <input
              aria-label="Add a nation"
              list="nation-options"
              placeholder="Add a nation…"
              value={nationDraft}
              onChange={(event) => setNationDraft(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  addNation();
                }
              }}
              onBlur={() => nationDraft && addNation()}
            />
            {nationProblem && <p className="field-error">{nationProblem}</p>}
            <label className="check">
              <input type="checkbox" checked={form.nationUnknown} onChange={() => update({ nationUnknown: !form.nationUnknown })} /> No nation
            </label>
          </fieldset>
          <ActorFilter chosen={form.actorIds} onChange={(actorIds) => update({ actorIds })} />
          <fieldset>
            <legend>Topic</legend>
            {topics && topics.length > 0 ? (
              <select
                aria-label="Topics"
                multiple
                size={Math.min(6, topics.length)}
                value={form.topicIds.map(String)}
                onChange={(event) => update({ topicIds: [...event.target.selectedOptions].map((o) => Number(o.value)) })}
              >
                {topics.map((topic) => (
                  <option key={topic.id} value={topic.id}>
                    {'  '.repeat(topic.path.length - 1)}
                    {topic.name}
                  </option>
                ))}
              </select>
            ) : (
              <p className="muted">No topics yet: tag a statement to start the codebook.</p>
            )}
          </fieldset>
          <fieldset>
            <legend>Stance</legend>
            {STANCES.map((stance) => (
              <label key={stance} className="check">
                <input type="checkbox" checked={form.stances.includes(stance)} onChange={() => update({ stances: toggle(form.stances, stance) })} /> {stance}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Kind</legend>
            {(['direct', 'indirect', 'mixed'] as const).map((kind) => (
              <label key={kind} className="check">
                <input type="checkbox" checked={form.kinds.includes(kind)} onChange={() => update({ kinds: toggle(form.kinds, kind) })} /> {kind}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Outlet</legend>
            {outlets.length === 0 ? (
              <p className="muted">No outlets known.</p>
            ) : (
              <select
                aria-label="Outlets"
                multiple
                size={Math.min(5, outlets.length)}
                value={form.outlets}
                onChange={(event) => update({ outlets: [...event.target.selectedOptions].map((o) => o.value) })}
              >
                {outlets.map((o) => (
                  <option key={o.outlet} value={o.outlet}>
                    {o.outlet} ({formatCount(o.articles)})
                  </option>
                ))}
              </select>
            )}
          </fieldset>
          <fieldset>
            <legend>Date</legend>
            <label className="date-field">
              From <input type="date" value={form.dateFrom} onChange={(event) => update({ dateFrom: event.target.value })} />
            </label>
            <label className="date-field">
              To <input type="date" value={form.dateTo} onChange={(event) => update({ dateTo: event.target.value })} />
            </label>
            {form.dateFrom && form.dateTo && form.dateFrom > form.dateTo && <p className="field-error">The range ends before it starts.</p>}
          </fieldset>
          <fieldset>
            <legend>Review</legend>
            {REVIEW_STATES.map((state) => (
              <label key={state} className="check">
                <input type="checkbox" checked={form.reviewStates.includes(state)} onChange={() => update({ reviewStates: toggle(form.reviewStates, state) })} /> {state}
              </label>
            ))}
            <label className="check" title="New statements a re-extraction found next to one you reviewed: never merged, waiting for you to confirm or reject">
              <input type="checkbox" checked={form.offeredForReview} onChange={() => update({ offeredForReview: !form.offeredForReview })} /> offered for review only
            </label>
          </fieldset>
        </form>
        <div className="search-results" aria-busy={results.status === 'ready' && results.key !== wantedKey} data-ready={results.status === 'ready' && results.key === wantedKey}>
          {results.status === 'failed' && (
            <div className="error-panel" role="alert">
              <h2>The search could not be run</h2>
              <p className="error-message">{results.message}</p>
            </div>
          )}
          {results.status === 'ready' && rows.length === 0 && (
            <div className="empty-state">
              <h2>No statements match</h2>
              <p>{form.query.trim() || filterCount ? 'Try fewer words or filters; rejected statements are left out unless you tick “rejected”.' : 'Import articles: their statements appear here.'}</p>
            </div>
          )}
          {rows.length > 0 && (
            <ul className="hit-list" role="listbox" aria-label="Statement results" tabIndex={0} ref={listRef} onKeyDown={onListKeyDown} aria-activedescendant={`hit-${active}`}>
              {rows.map((hit, index) => {
                const colour = nationColour(hit.statement.nation);
                return (
                  <li
                    key={hit.statement.id}
                    id={`hit-${index}`}
                    data-index={index}
                    role="option"
                    aria-selected={index === active}
                    className="hit"
                    style={{ borderLeftColor: colour.border }}
                    onClick={() => setActive(index)}
                    onDoubleClick={() => openRow(index, false)}
                  >
                    <div className="hit-head">
                      <span className="speaker-name">{speakerName(hit.statement)}</span>
                      <span className="muted">{nationLabel(hit.statement.nation)}</span>
                      <span className={`review-badge review-${hit.statement.reviewState}`}>{hit.statement.reviewState}</span>
                      {hit.statement.flaggedForReview && hit.statement.reviewState === 'unreviewed' && (
                        <span className="review-badge review-offered" title="Found again by a re-extraction next to a statement you reviewed">
                          offered for review
                        </span>
                      )}
                      <span className="hit-actions">
                        <button type="button" onClick={() => openRow(index, false)}>
                          Open
                        </button>
                        <button type="button" onClick={() => openRow(index, true)} title="Open beside the open articles (Shift+Enter)">
                          Open beside
                        </button>
                      </span>
                    </div>
                    <p className="snippet">
                      {hit.snippet.map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
                    </p>
                    <div className="hit-source muted">
                      {hit.article.title ?? 'Untitled'} · {hit.article.outlet ?? 'Outlet unknown'} · {describeDate(hit.article.publishedAt)}
                    </div>
                    <TopicChips statement={hit.statement} />
                  </li>
                );
              })}
            </ul>
          )}
          {results.status === 'ready' && rows.length < results.page.total && (
            <button type="button" className="load-more" onClick={() => load(rows.length)}>
              Show more ({formatCount(results.page.total - rows.length)} left)
            </button>
          )}
        </div>
      </div>
    </section>
  );
});

/** Actors to filter by, chosen by type-ahead over the registry. */
function ActorFilter({ chosen, onChange }: { chosen: { id: number; name: string }[]; onChange: (actors: { id: number; name: string }[]) => void }) {
  const [text, setText] = useState('');
  const [options, setOptions] = useState<Actor[]>([]);
  const debounced = useDebouncedValue(text, 150);

  useEffect(() => {
    if (!debounced.trim()) return;
    let current = true;
    api.invoke('actors.list', { query: debounced.trim(), limit: 8 }).then(
      (page) => current && setOptions(page.rows),
      () => current && setOptions([]),
    );
    return () => {
      current = false;
    };
  }, [debounced]);

  return (
    <fieldset>
      <legend>Actor</legend>
      <div className="chip-row">
        {chosen.map((actor) => (
          <button key={actor.id} type="button" className="filter-chip" onClick={() => onChange(chosen.filter((a) => a.id !== actor.id))} aria-label={`Remove ${actor.name}`}>
            {actor.name} ×
          </button>
        ))}
      </div>
      <div className="typeahead">
        <input aria-label="Add an actor" placeholder="Add an actor…" value={text} onChange={(event) => setText(event.target.value)} />
        {text.trim() && options.length > 0 && (
          <ul className="typeahead-options" role="listbox" aria-label="Actors">
            {options.map((actor) => (
              <li
                key={actor.id}
                role="option"
                aria-selected={false}
                onMouseDown={(event) => {
                  event.preventDefault();
                  if (!chosen.some((a) => a.id === actor.id)) onChange([...chosen, { id: actor.id, name: actor.name }]);
                  setText('');
                }}
              >
                {actor.name} <span className="muted">· {actor.statementCount}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </fieldset>
  );
}
