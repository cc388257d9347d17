import { ANALYSED_REVIEW_STATES, type PositionFilters } from '../../../shared/domain/positions';

export interface SqlPart {
  sql: string;
  params: (string | number)[];
}

function list(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ');
}

export function reviewStatesOf(filters: PositionFilters): readonly string[] {
  return filters.reviewStates?.length ? filters.reviewStates : ANALYSED_REVIEW_STATES;
}

/** True when the counts kept per cell (position_cells, position_outlet_cells) answer the filters: no period. */
export function spansWholeArchive(filters: PositionFilters): boolean {
  return !filters.from && !filters.to;
}

/** Conditions on the positions index (columns day, outlet, review_state of `alias`). */
export function factConditions(filters: PositionFilters, alias = 'f'): SqlPart {
  const states = reviewStatesOf(filters);
  const parts = [`${alias}.review_state IN (${list(states.length)})`];
  const params: (string | number)[] = [...states];
  if (filters.from) {
    parts.push(`${alias}.day >= ?`);
    params.push(filters.from);
  }
  if (filters.to) {
    parts.push(`${alias}.day <= ?`);
    params.push(filters.to);
  }
  if (filters.outlets !== undefined) {
    parts.push(filters.outlets.length ? `${alias}.outlet IN (${list(filters.outlets.length)})` : '0');
    params.push(...filters.outlets);
  }
  return { sql: parts.join(' AND '), params };
}

/** The same conditions on statements `s` joined to their articles `a`. */
export function statementConditions(filters: PositionFilters): SqlPart {
  const states = reviewStatesOf(filters);
  const parts = [`s.review_state IN (${list(states.length)})`];
  const params: (string | number)[] = [...states];
  if (filters.from) {
    parts.push(`substr(a.published_at, 1, 10) >= ?`);
    params.push(filters.from);
  }
  if (filters.to) {
    parts.push(`substr(a.published_at, 1, 10) <= ?`);
    params.push(filters.to);
  }
  if (filters.outlets !== undefined) {
    parts.push(filters.outlets.length ? `coalesce(a.outlet, '') IN (${list(filters.outlets.length)})` : '0');
    params.push(...filters.outlets);
  }
  return { sql: parts.join(' AND '), params };
}

export { list as placeholders };
