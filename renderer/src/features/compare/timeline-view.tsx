import type { PositionOptions, TimelineEntry } from '../../../../shared/domain/positions';
import { STANCE_COLOURS, STANCE_LABELS } from '../../../../shared/positions/stance-style';
import { ErrorMessage } from '../../app/error-message';
import { formatArticleDate, plural } from '../../app/format';
import { nationText } from './nation-text';
import { TopicSelect } from './pickers';
import type { PositionsState } from './positions-state';
import { QuoteCard, type OpenQuote } from './quote-card';
import { usePositionsData } from './use-positions-data';

const WIDTH = 900;
const HEIGHT = 92;
const PAD = 24;

function dayNumber(iso: string): number {
  return Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000;
}

/** Stance marks along a time axis; a change of stance is ringed and named. */
function TimelineChart({ entries }: { entries: TimelineEntry[] }) {
  const days = entries.map((e) => dayNumber(e.publishedAt!));
  const first = Math.min(...days);
  const last = Math.max(...days);
  const span = last - first;
  // A single day sits in the middle rather than against one end.
  const x = (day: number) => (span === 0 ? WIDTH / 2 : PAD + ((day - first) / span) * (WIDTH - 2 * PAD));
  const stacked = new Map<number, number>();
  return (
    <svg className="timeline-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`${plural(entries.length, 'dated statement', 'dated statements')} over time`}>
      <line x1={PAD} x2={WIDTH - PAD} y1={HEIGHT - 26} y2={HEIGHT - 26} stroke="#c3c9d1" />
      <text x={PAD} y={HEIGHT - 8} fontSize="11" fill="#5d6772">
        {formatArticleDate(entries[0]!.publishedAt!.slice(0, 10))}
      </text>
      <text x={WIDTH - PAD} y={HEIGHT - 8} fontSize="11" fill="#5d6772" textAnchor="end">
        {formatArticleDate(entries[entries.length - 1]!.publishedAt!.slice(0, 10))}
      </text>
      {entries.map((entry, i) => {
        const cx = x(days[i]!);
        const level = stacked.get(Math.round(cx)) ?? 0;
        stacked.set(Math.round(cx), level + 1);
        const cy = HEIGHT - 38 - level * 12;
        const colour = STANCE_COLOURS[entry.stance ?? 'unset'];
        return (
          <g key={entry.statementId}>
            <title>{`${formatArticleDate(entry.publishedAt)}: ${entry.stance ? STANCE_LABELS[entry.stance] : 'no topic'}${entry.stanceChanged ? ' (stance changed)' : ''}`}</title>
            {entry.stanceChanged && <circle cx={cx} cy={cy} r={9} fill="none" stroke="#1d232b" strokeWidth={1.5} strokeDasharray="2 2" />}
            <circle cx={cx} cy={cy} r={5} fill={colour} />
          </g>
        );
      })}
    </svg>
  );
}

export function TimelineView({
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
  const nation = state.actorId === null ? (state.nation ?? options.nations[0] ?? null) : null;
  const who = state.actorId !== null ? { nation: null, actorId: state.actorId } : nation !== null ? { nation, actorId: null } : null;
  const { state: loaded, reload } = usePositionsData('positions.timeline', who ? { filters: state.filters, topicId: state.topicId, ...who } : null);
  const whoValue = state.actorId !== null ? `actor:${state.actorId}` : nation !== null ? `nation:${nation}` : '';
  const actor = options.actors.find((a) => a.id === state.actorId);
  const whoText = actor ? actor.name : nation !== null ? nationText(nation) : '';

  return (
    <div className="timeline">
      <div className="toolbar positions-toolbar">
        <TopicSelect options={options} value={state.topicId} onChange={(topicId) => onChange({ ...state, topicId })} />
        <label>
          Whose statements{' '}
          <select
            value={whoValue}
            onChange={(e) => {
              const [kind, value] = e.target.value.split(':') as [string, string];
              onChange(kind === 'actor' ? { ...state, actorId: Number(value), nation: null } : { ...state, nation: value, actorId: null });
            }}
          >
            <optgroup label="Nations">
              {options.nations.map((code) => (
                <option key={code} value={`nation:${code}`}>
                  {nationText(code)}
                </option>
              ))}
            </optgroup>
            <optgroup label="Actors">
              {options.actors.map((a) => (
                <option key={a.id} value={`actor:${a.id}`}>
                  {a.name}
                  {a.nation ? ` (${a.nation})` : ''}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
      </div>
      {!who && (
        <div className="empty-state">
          <h2>No one to follow yet</h2>
          <p className="muted">Import articles: each nation and speaker found gets a timeline.</p>
        </div>
      )}
      {who && loaded.status === 'loading' && <p className="muted loading-line">Collecting statements…</p>}
      {loaded.status === 'failed' && <ErrorMessage title="The timeline could not be drawn" message={loaded.message} onRetry={reload} />}
      {who && loaded.status === 'ready' && (
        <>
          <h2 className="timeline-heading">
            {whoText}
            {state.topicId !== null ? ` on ${options.topics.find((t) => t.id === state.topicId)?.path ?? 'this topic'}` : ''}
            <span className="muted">
              {' '}
              · {plural(loaded.data.dated.length, 'dated statement', 'dated statements')}
              {loaded.data.dated.some((e) => e.stanceChanged) ? ` · ${plural(loaded.data.dated.filter((e) => e.stanceChanged).length, 'change', 'changes')} of stance` : ''}
            </span>
          </h2>
          {loaded.data.dated.length === 0 && loaded.data.undated.length === 0 && <p className="muted panel-empty">No statement found for these filters.</p>}
          {loaded.data.dated.length > 0 && <TimelineChart entries={loaded.data.dated} />}
          <ol className="timeline-list" aria-label="Dated statements, oldest first">
            {loaded.data.dated.map((entry) => (
              <li key={entry.statementId} className={entry.stanceChanged ? 'is-change' : undefined}>
                <span className="timeline-date">{formatArticleDate(entry.publishedAt)}</span>
                <div>
                  {entry.stanceChanged && <span className="change-flag">Stance changed</span>}
                  <QuoteCard quote={entry} onOpen={onOpen} showStance={state.topicId !== null} />
                </div>
              </li>
            ))}
          </ol>
          {loaded.data.undated.length > 0 && (
            <section className="undated" aria-label="Statements with unknown dates">
              <h3>Date unknown ({loaded.data.undated.length})</h3>
              <p className="muted">These articles carry no date, so their statements are listed here rather than placed on the timeline.</p>
              {loaded.data.undated.map((quote) => (
                <QuoteCard key={quote.statementId} quote={quote} onOpen={onOpen} showStance={state.topicId !== null} />
              ))}
            </section>
          )}
        </>
      )}
    </div>
  );
}
