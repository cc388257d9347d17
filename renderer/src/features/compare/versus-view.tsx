import type { PositionOptions } from '../../../../shared/domain/positions';
import { ErrorMessage } from '../../app/error-message';
import { plural } from '../../app/format';
import { nationText } from './nation-text';
import { NationToggles, TopicSelect } from './pickers';
import type { PositionsState } from './positions-state';
import { QuoteCard, type OpenQuote } from './quote-card';
import { usePositionsData } from './use-positions-data';

/** Nations shown side by side when none are chosen yet: those with the most statements. */
const DEFAULT_NATIONS = 4;

export function VersusView({
  state,
  options,
  onChange,
  onOpen,
}: {
  state: PositionsState;
  options: PositionOptions;
  onChange: (next: PositionsState) => void;
  onOpen: OpenQuote;
}) {
  const nations = state.nations.length ? state.nations : options.nations.slice(0, DEFAULT_NATIONS);
  const { state: loaded, reload } = usePositionsData('positions.versus', nations.length ? { filters: state.filters, topicId: state.topicId, nations } : null);
  const topic = options.topics.find((t) => t.id === state.topicId);
  return (
    <div className="versus">
      <div className="toolbar positions-toolbar">
        <TopicSelect options={options} value={state.topicId} onChange={(topicId) => onChange({ ...state, topicId })} />
        <NationToggles options={options} value={nations} onChange={(next) => onChange({ ...state, nations: next })} />
      </div>
      {nations.length === 0 && (
        <div className="empty-state">
          <h2>No nations to set against each other</h2>
          <p className="muted">Import articles: the nations their speakers speak for appear here.</p>
        </div>
      )}
      {nations.length > 0 && loaded.status === 'loading' && <p className="muted loading-line">Collecting statements…</p>}
      {loaded.status === 'failed' && <ErrorMessage title="The statements could not be loaded" message={loaded.message} onRetry={reload} />}
      {nations.length > 0 && loaded.status === 'ready' && (
        <div className="versus-columns" style={{ gridTemplateColumns: `repeat(${loaded.data.length}, minmax(240px, 1fr))` }}>
          {loaded.data.map((column) => (
            <section key={column.nation} className="versus-column" aria-label={`${nationText(column.nation)}${topic ? ` on ${topic.path}` : ''}`}>
              <h2 className="versus-heading">
                {nationText(column.nation)} <span className="muted">{plural(column.quotes.length, 'statement', 'statements')}</span>
              </h2>
              {column.quotes.length === 0 ? (
                <p className="muted panel-empty">No statement found{topic ? ` on ${topic.path}` : ''}.</p>
              ) : (
                column.quotes.map((quote) => <QuoteCard key={quote.statementId} quote={quote} onOpen={onOpen} showStance={state.topicId !== null} />)
              )}
            </section>
          ))}
        </div>
      )}
    </div>
  );
}
