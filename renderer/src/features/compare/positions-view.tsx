import { useCallback, useEffect, useState } from 'react';
import { ANALYSED_REVIEW_STATES, type PositionOptions, type PositionQuote } from '../../../../shared/domain/positions';
import { api, errorMessage } from '../../api/client';
import { ErrorMessage } from '../../app/error-message';
import { ArchiveExchange } from './archive-exchange';
import { MatrixView } from './matrix-view';
import { NetworkView } from './network-view';
import { hashFor, DEFAULT_STATE, POSITIONS_VIEWS, serialisePositionsState, stateFromHash, type PositionsState, type PositionsViewKind } from './positions-state';
import { TimelineView } from './timeline-view';
import { usePositionsData } from './use-positions-data';
import { VersusView } from './versus-view';
import './positions.css';

const VIEW_LABELS: Record<PositionsViewKind, string> = {
  matrix: 'Matrix',
  versus: 'Nation against nation',
  timeline: 'Timeline',
  network: 'Network',
};

interface Props {
  /** Opens a quote's article with the statement selected. */
  onOpenQuote: (quote: PositionQuote, beside: boolean) => void;
}

/** Positions: the view and its filters live in the address (#positions?…), so any view can be saved and reopened. */
export function PositionsView({ onOpenQuote }: Props) {
  const [state, setState] = useState<PositionsState>(() => stateFromHash(window.location.hash) ?? DEFAULT_STATE);
  const { state: options, reload } = usePositionsData('positions.options', {});

  useEffect(() => {
    if (!window.location.hash.startsWith('#positions')) history.replaceState(null, '', hashFor(state));
    const onHash = () => {
      const next = stateFromHash(window.location.hash);
      if (next) setState(next);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
    // Only on entering the view: later changes go through `change`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const change = useCallback((next: PositionsState) => {
    setState(next);
    history.replaceState(null, '', hashFor(next));
  }, []);

  return (
    <section className="positions" aria-label="Positions">
      <div className="positions-header">
        <div role="tablist" aria-label="Positions views" className="positions-tabs">
          {POSITIONS_VIEWS.map((view, i) => (
            <button
              key={view}
              type="button"
              role="tab"
              aria-selected={state.view === view}
              tabIndex={state.view === view ? 0 : -1}
              title={`${VIEW_LABELS[view]} (Alt+${i + 1})`}
              onClick={() => change({ ...state, view })}
              onKeyDown={(event) => {
                const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
                if (!step) return;
                event.preventDefault();
                const next = POSITIONS_VIEWS[(i + step + POSITIONS_VIEWS.length) % POSITIONS_VIEWS.length]!;
                change({ ...state, view: next });
                requestAnimationFrame(() => document.querySelector<HTMLElement>('.positions-tabs [aria-selected="true"]')?.focus());
              }}
            >
              {VIEW_LABELS[view]}
            </button>
          ))}
        </div>
        {options.status === 'ready' && <FilterBar state={state} options={options.data} onChange={change} />}
        <SavedViews state={state} onOpen={change} />
        <ArchiveExchange />
      </div>
      <div className="positions-body" role="tabpanel" aria-label={VIEW_LABELS[state.view]}>
        {options.status === 'loading' && <p className="muted loading-line">Opening positions…</p>}
        {options.status === 'failed' && <ErrorMessage title="Positions could not be opened" message={options.message} onRetry={reload} />}
        {options.status === 'ready' && state.view === 'matrix' && <MatrixView state={state} onChange={change} onOpen={onOpenQuote} />}
        {options.status === 'ready' && state.view === 'versus' && <VersusView state={state} options={options.data} onChange={change} onOpen={onOpenQuote} />}
        {options.status === 'ready' && state.view === 'timeline' && <TimelineView state={state} options={options.data} onChange={change} onOpen={onOpenQuote} />}
        {options.status === 'ready' && state.view === 'network' && <NetworkView state={state} onChange={change} />}
      </div>
    </section>
  );
}

function FilterBar({ state, options, onChange }: { state: PositionsState; options: PositionOptions; onChange: (next: PositionsState) => void }) {
  const filters = state.filters;
  const set = (changes: Partial<PositionsState['filters']>) => {
    const next = { ...filters, ...changes };
    for (const key of Object.keys(next) as (keyof typeof next)[]) if (next[key] === undefined) delete next[key];
    onChange({ ...state, filters: next, cell: null });
  };
  const outlets = filters.outlets;
  const states = filters.reviewStates ?? [...ANALYSED_REVIEW_STATES];
  return (
    <div className="filter-bar" role="group" aria-label="Filters">
      <label>
        From{' '}
        <input type="date" value={filters.from ?? ''} min={options.earliest ?? undefined} max={options.latest ?? undefined} onChange={(e) => set({ from: e.target.value || undefined })} />
      </label>
      <label>
        to <input type="date" value={filters.to ?? ''} min={options.earliest ?? undefined} max={options.latest ?? undefined} onChange={(e) => set({ to: e.target.value || undefined })} />
      </label>
      <details className="filter-menu">
        <summary>{outlets === undefined ? 'All outlets' : `${outlets.length} of ${options.outlets.length} outlets`}</summary>
        <div className="filter-menu-body">
          <button type="button" className="small" onClick={() => set({ outlets: undefined })}>
            All outlets
          </button>
          {options.outlets.map((outlet) => (
            <label key={outlet} className="toggle">
              <input
                type="checkbox"
                checked={outlets === undefined || outlets.includes(outlet)}
                onChange={(e) => {
                  const current = outlets ?? options.outlets;
                  const next = e.target.checked ? [...current, outlet] : current.filter((o) => o !== outlet);
                  set({ outlets: next.length === options.outlets.length ? undefined : next });
                }}
              />
              {outlet || 'Outlet unknown'}
            </label>
          ))}
        </div>
      </details>
      <fieldset className="review-filter">
        <legend className="visually-hidden">Review states</legend>
        {ANALYSED_REVIEW_STATES.map((review) => (
          <label key={review} className="toggle" title="Rejected statements are never counted">
            <input
              type="checkbox"
              checked={states.includes(review)}
              disabled={states.length === 1 && states.includes(review)}
              onChange={(e) => {
                const next = e.target.checked ? [...states, review] : states.filter((s) => s !== review);
                set({ reviewStates: next.length === ANALYSED_REVIEW_STATES.length ? undefined : next });
              }}
            />
            {review}
          </label>
        ))}
      </fieldset>
      {Object.keys(filters).length > 0 && (
        <button type="button" className="small" onClick={() => onChange({ ...state, filters: {}, cell: null })}>
          Clear filters
        </button>
      )}
    </div>
  );
}

function SavedViews({ state, onOpen }: { state: PositionsState; onOpen: (state: PositionsState) => void }) {
  const { state: views, reload } = usePositionsData('positions.views.list', {});
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const save = () => {
    if (!name.trim()) return;
    api
      .invoke('positions.views.save', { name: name.trim(), state: serialisePositionsState(state) })
      .then(() => {
        setName('');
        setProblem(null);
        reload();
      })
      .catch((error: unknown) => setProblem(errorMessage(error)));
  };
  const list = views.status === 'ready' ? views.data : [];
  return (
    <div className="saved-views" role="group" aria-label="Saved views">
      <select
        aria-label="Open a saved view"
        value=""
        onChange={(e) => {
          const found = list.find((v) => String(v.id) === e.target.value);
          const next = found && stateFromHash(`#positions?${found.state}`);
          if (next) onOpen(next);
        }}
      >
        <option value="">{list.length ? `Saved views (${list.length})` : 'No saved views'}</option>
        {list.map((v) => (
          <option key={v.id} value={v.id}>
            {v.name}
          </option>
        ))}
      </select>
      <input
        type="text"
        placeholder="Name this view"
        aria-label="Name for this view"
        value={name}
        maxLength={200}
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => e.key === 'Enter' && save()}
      />
      <button type="button" onClick={save} disabled={!name.trim()}>
        Save view
      </button>
      {problem && <span className="error-message">{problem}</span>}
    </div>
  );
}
