import { ANALYSED_REVIEW_STATES, type AnalysedReviewState, type MatrixColumnKind, type NetworkNodeKind, type PositionFilters } from '../../../../shared/domain/positions';

export const POSITIONS_VIEWS = ['matrix', 'versus', 'timeline', 'network'] as const;
export type PositionsViewKind = (typeof POSITIONS_VIEWS)[number];

/** Everything a positions view shows, as the address bar keeps it (#positions?…), so it can be saved and reopened. */
export interface PositionsState {
  view: PositionsViewKind;
  filters: PositionFilters;
  columns: MatrixColumnKind | 'auto';
  /** The topic of the nation-against-nation and timeline views (null: every statement). */
  topicId: number | null;
  /** Nations set against each other. */
  nations: string[];
  /** Whose timeline: a nation, or an actor. */
  nation: string | null;
  actorId: number | null;
  nodes: NetworkNodeKind;
  /** The open matrix cell. */
  cell: { nation: string; columnId: number } | null;
}

export const HASH_PREFIX = '#positions';

export const DEFAULT_STATE: PositionsState = {
  view: 'matrix',
  filters: {},
  columns: 'auto',
  topicId: null,
  nations: [],
  nation: null,
  actorId: null,
  nodes: 'nations',
  cell: null,
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const NATION = /^[A-Z]{2}$/;

function positiveInt(value: string | null): number | null {
  const n = Number(value);
  return value !== null && Number.isInteger(n) && n > 0 ? n : null;
}

/** Reads the state from a query string; anything unknown or malformed falls back to the default. */
export function parsePositionsState(query: string): PositionsState {
  const p = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  const view = POSITIONS_VIEWS.find((v) => v === p.get('view')) ?? DEFAULT_STATE.view;
  const filters: PositionFilters = {};
  const from = p.get('from');
  const to = p.get('to');
  if (from && DAY.test(from)) filters.from = from;
  if (to && DAY.test(to)) filters.to = to;
  if (p.has('outlet')) filters.outlets = p.getAll('outlet');
  const review = (p.get('review') ?? '').split(',').filter((s): s is AnalysedReviewState => (ANALYSED_REVIEW_STATES as readonly string[]).includes(s));
  if (review.length) filters.reviewStates = review;
  const columns = (['auto', 'topics', 'articles', 'stories'] as const).find((c) => c === p.get('columns')) ?? 'auto';
  const cellNation = p.get('cellNation');
  const cellColumn = positiveInt(p.get('cellColumn'));
  return {
    view,
    filters,
    columns,
    topicId: positiveInt(p.get('topic')),
    nations: (p.get('nations') ?? '').split(',').filter((n) => NATION.test(n) || n === '-').map((n) => (n === '-' ? '' : n)),
    nation: p.has('nation') ? ((n) => (n === '-' ? '' : NATION.test(n) ? n : null))(p.get('nation')!) : null,
    actorId: positiveInt(p.get('actor')),
    nodes: p.get('nodes') === 'actors' ? 'actors' : 'nations',
    cell: cellNation !== null && cellColumn !== null && (NATION.test(cellNation) || cellNation === '-') ? { nation: cellNation === '-' ? '' : cellNation, columnId: cellColumn } : null,
  };
}

/** The query string for a state; defaults are left out so a saved view stays short. */
export function serialisePositionsState(state: PositionsState): string {
  const p = new URLSearchParams();
  p.set('view', state.view);
  if (state.filters.from) p.set('from', state.filters.from);
  if (state.filters.to) p.set('to', state.filters.to);
  for (const outlet of state.filters.outlets ?? []) p.append('outlet', outlet);
  if (state.filters.reviewStates?.length) p.set('review', state.filters.reviewStates.join(','));
  if (state.columns !== 'auto') p.set('columns', state.columns);
  if (state.topicId !== null) p.set('topic', String(state.topicId));
  if (state.nations.length) p.set('nations', state.nations.map((n) => n || '-').join(','));
  if (state.nation !== null) p.set('nation', state.nation || '-');
  if (state.actorId !== null) p.set('actor', String(state.actorId));
  if (state.nodes !== 'nations') p.set('nodes', state.nodes);
  if (state.cell) {
    p.set('cellNation', state.cell.nation || '-');
    p.set('cellColumn', String(state.cell.columnId));
  }
  return p.toString();
}

export function stateFromHash(hash: string): PositionsState | null {
  if (!hash.startsWith(HASH_PREFIX)) return null;
  return parsePositionsState(hash.slice(HASH_PREFIX.length));
}

export function hashFor(state: PositionsState): string {
  return `${HASH_PREFIX}?${serialisePositionsState(state)}`;
}
