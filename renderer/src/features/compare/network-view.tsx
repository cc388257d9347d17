import { useMemo } from 'react';
import type { PositionsNetwork } from '../../../../shared/domain/positions';
import { networkToCsv, networkToGraphml } from '../../../../shared/positions/network-export';
import { layoutNetwork } from '../../../../shared/positions/network-layout';
import { ErrorMessage } from '../../app/error-message';
import { nationColour } from '../reader/nation-colours';
import { download } from './downloads';
import type { PositionsState } from './positions-state';
import { usePositionsData } from './use-positions-data';

const SIZE = 560;
/** Room around the drawing for the labels. */
const MARGIN = 110;
const AGREE = '#2f8f5b';
const DISAGREE = '#c2453d';

/**
 * A force-directed drawing: those who agree gather, those who disagree drift apart, so the blocs show
 * at a glance; edges coloured by relation (agreement green, disagreement red and dashed).
 */
function NetworkGraph({ network }: { network: PositionsNetwork }) {
  const at = useMemo(() => layoutNetwork(network, SIZE, SIZE, MARGIN), [network]);
  return (
    <svg className="network-graph" viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-label="Who agrees and disagrees, as a graph">
      {network.edges.map((edge) => {
        const a = at.get(edge.source)!;
        const b = at.get(edge.target)!;
        const lines = [];
        if (edge.agree) lines.push({ colour: AGREE, n: edge.agree, offset: edge.disagree ? -3 : 0 });
        if (edge.disagree) lines.push({ colour: DISAGREE, n: edge.disagree, offset: edge.agree ? 3 : 0 });
        return lines.map((line) => (
          <line
            key={`${edge.source}-${edge.target}-${line.colour}`}
            x1={a.x + line.offset}
            y1={a.y + line.offset}
            x2={b.x + line.offset}
            y2={b.y + line.offset}
            stroke={line.colour}
            strokeOpacity={0.75}
            strokeWidth={1 + Math.min(6, line.n * 1.5)}
            strokeDasharray={line.colour === DISAGREE ? '6 4' : undefined}
          >
            <title>{`${edge.source}–${edge.target}: ${edge.agree} agree, ${edge.disagree} disagree`}</title>
          </line>
        ));
      })}
      {network.nodes.map((node) => {
        const p = at.get(node.id)!;
        // Labels point away from the middle, where the edges cross.
        const right = p.x >= SIZE / 2;
        return (
          <g key={node.id} data-node={node.id} transform={`translate(${p.x.toFixed(1)} ${p.y.toFixed(1)})`}>
            <circle r={p.radius} fill={nationColour(node.nation || null).border} fillOpacity={0.85} stroke="#ffffff" strokeWidth={1.5} />
            <text x={right ? p.radius + 4 : -p.radius - 4} y={4} fontSize="12" textAnchor={right ? 'start' : 'end'} fill="#1d232b">
              {node.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export function NetworkView({ state, onChange }: { state: PositionsState; onChange: (next: PositionsState) => void }) {
  const { state: loaded, reload } = usePositionsData('positions.network', { filters: state.filters, nodes: state.nodes });
  const label = (id: string) => (loaded.status === 'ready' ? (loaded.data.nodes.find((n) => n.id === id)?.label ?? id) : id);
  return (
    <div className="network">
      <div className="toolbar positions-toolbar">
        <label>
          Link{' '}
          <select value={state.nodes} onChange={(e) => onChange({ ...state, nodes: e.target.value === 'actors' ? 'actors' : 'nations' })}>
            <option value="nations">Nations</option>
            <option value="actors">Actors</option>
          </select>
        </label>
        <span className="toolbar-note muted">Linked when they take the same side (green) or opposite sides (red, dashed) on a topic.</span>
        <span className="spacer" />
        {loaded.status === 'ready' && (
          <>
            <button type="button" onClick={() => download(`parley-${state.nodes}-network.graphml`, networkToGraphml(loaded.data), 'application/graphml+xml')}>
              Export GraphML
            </button>
            <button type="button" onClick={() => download(`parley-${state.nodes}-network.csv`, networkToCsv(loaded.data), 'text/csv')}>
              Export CSV
            </button>
          </>
        )}
      </div>
      {loaded.status === 'loading' && <p className="muted loading-line">Linking positions…</p>}
      {loaded.status === 'failed' && <ErrorMessage title="The network could not be built" message={loaded.message} onRetry={reload} />}
      {loaded.status === 'ready' && loaded.data.edges.length === 0 && (
        <div className="empty-state">
          <h2>No one agrees or disagrees yet</h2>
          <p className="muted">Tag statements with topics and a stance (supports, opposes, concerned): {state.nodes} that take sides on the same topic are linked here.</p>
        </div>
      )}
      {loaded.status === 'ready' && loaded.data.edges.length > 0 && (
        <div className="network-body">
          <NetworkGraph network={loaded.data} />
          <table className="network-table">
            <caption>Links</caption>
            <thead>
              <tr>
                <th scope="col">Between</th>
                <th scope="col">Agree on</th>
                <th scope="col">Disagree on</th>
              </tr>
            </thead>
            <tbody>
              {loaded.data.edges.map((edge) => (
                <tr key={`${edge.source}-${edge.target}`}>
                  <td>
                    {label(edge.source)} – {label(edge.target)}
                  </td>
                  <td>{edge.agreeTopics.join('; ') || '—'}</td>
                  <td>{edge.disagreeTopics.join('; ') || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
