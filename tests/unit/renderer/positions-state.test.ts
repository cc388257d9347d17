import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STATE,
  hashFor,
  parsePositionsState,
  serialisePositionsState,
  stateFromHash,
  type PositionsState,
} from '../../../renderer/src/features/compare/positions-state';

describe('positions URL state', () => {
  it('round-trips a view with its filters through the address', () => {
    const state: PositionsState = {
      view: 'timeline',
      filters: { from: '2026-03-01', to: '2026-03-31', outlets: ['Wire', 'Daily & Co', ''], reviewStates: ['confirmed', 'corrected'] },
      columns: 'stories',
      topicId: 7,
      nations: ['US', '', 'KR'],
      nation: '',
      actorId: null,
      nodes: 'actors',
      cell: { nation: 'RU', columnId: 3 },
    };
    expect(stateFromHash(hashFor(state))).toEqual(state);
  });

  it('keeps the default view short and reads nothing from other pages', () => {
    expect(serialisePositionsState(DEFAULT_STATE)).toBe('view=matrix');
    expect(stateFromHash('#library')).toBeNull();
    expect(stateFromHash('')).toBeNull();
  });

  it('falls back to defaults for anything malformed', () => {
    const state = parsePositionsState('view=pie&from=yesterday&review=rejected,confirmed&topic=-4&nations=usa,US&cellNation=US&cellColumn=x&columns=rows');
    expect(state).toEqual({ ...DEFAULT_STATE, filters: { reviewStates: ['confirmed'] }, nations: ['US'] });
  });
});
