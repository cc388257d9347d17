import { describe, expect, it } from 'vitest';
import { deskReducer, emptyDesk, MAX_PANES, type DeskState } from '../../../renderer/src/features/desk/desk-state';

function openAll(ids: number[], beside = true): DeskState {
  return ids.reduce((state, articleId) => deskReducer(state, { type: 'open', request: { articleId, beside } }), emptyDesk);
}

const articles = (state: DeskState) => state.panes.map((p) => p.articleId);

describe('the desk’s panes', () => {
  it('opens the first article in one pane, and the next beside the active one', () => {
    const state = openAll([10, 20]);
    expect(articles(state)).toEqual([10, 20]);
    expect(state.active).toBe(1);
  });

  it('opens in place (not beside) by replacing the active pane', () => {
    let state = openAll([10, 20]);
    state = deskReducer(state, { type: 'activate', index: 0 });
    state = deskReducer(state, { type: 'open', request: { articleId: 30, beside: false } });
    expect(articles(state)).toEqual([30, 20]);
    expect(state.active).toBe(0);
  });

  it('shows an article already open beside instead of opening it twice', () => {
    let state = openAll([10, 20, 30]);
    state = deskReducer(state, { type: 'open', request: { articleId: 10, beside: true, focusStatementId: 7 } });
    expect(articles(state)).toEqual([10, 20, 30]);
    expect(state.active).toBe(0);
    expect(state.panes[0]!.focusStatementId).toBe(7);
  });

  it('holds at most four panes: a fifth replaces the pane next to the active one', () => {
    let state = openAll([1, 2, 3, 4]);
    expect(state.panes).toHaveLength(MAX_PANES);
    state = deskReducer(state, { type: 'activate', index: 1 });
    state = deskReducer(state, { type: 'open', request: { articleId: 5, beside: true } });
    expect(articles(state)).toEqual([1, 2, 5, 4]);
    expect(state.active).toBe(2);
    // With the last pane active, its left neighbour gives way.
    state = deskReducer(state, { type: 'activate', index: 3 });
    state = deskReducer(state, { type: 'open', request: { articleId: 6, beside: true } });
    expect(articles(state)).toEqual([1, 2, 6, 4]);
  });

  it('keeps the same pane active when another closes, and each pane its key', () => {
    let state = openAll([1, 2, 3]);
    const keys = state.panes.map((p) => p.key);
    state = deskReducer(state, { type: 'close', key: keys[0]! });
    expect(articles(state)).toEqual([2, 3]);
    expect(state.active).toBe(1);
    expect(state.panes.map((p) => p.key)).toEqual(keys.slice(1));
    state = deskReducer(state, { type: 'close', key: keys[2]! });
    expect(state.active).toBe(0);
  });

  it('moves between panes round the ends', () => {
    let state = openAll([1, 2, 3]);
    state = deskReducer(state, { type: 'move-active', by: 1 });
    expect(state.active).toBe(0);
    state = deskReducer(state, { type: 'move-active', by: -1 });
    expect(state.active).toBe(2);
  });

  it('forgets the statement to show once the pane has shown it, and keeps the search’s highlights', () => {
    let state = deskReducer(emptyDesk, {
      type: 'open',
      request: { articleId: 1, beside: false, focusStatementId: 9, highlights: [{ start: 3, end: 8 }] },
    });
    state = deskReducer(state, { type: 'statement-shown', key: state.panes[0]!.key });
    expect(state.panes[0]!.focusStatementId).toBeNull();
    expect(state.panes[0]!.highlights).toEqual([{ start: 3, end: 8 }]);
  });
});
