import type { TextRange } from './text-ranges';

/** What the desk shows: up to four article panes side by side, one of them active, and the linked selection. */

export const MAX_PANES = 4;

export interface DeskPane {
  /** Stable across reorders, so a pane keeps its scroll and find state when another closes. */
  key: number;
  articleId: number;
  /** Stretches to mark in the text (a statement search's hits), if it was opened from one. */
  highlights: readonly TextRange[];
  /** The statement to show once the article is open. */
  focusStatementId: number | null;
}

/** Choosing a speaker, a nation or a topic lights its statements in every pane and dims the rest. */
export type LinkSelection =
  | { kind: 'speaker'; key: string; label: string }
  | { kind: 'nation'; code: string | null; label: string }
  | { kind: 'topic'; topicId: number; label: string };

export interface DeskState {
  panes: readonly DeskPane[];
  active: number;
  link: LinkSelection | null;
  nextKey: number;
}

export interface OpenRequest {
  articleId: number;
  /** Open next to the active pane instead of replacing it. */
  beside: boolean;
  highlights?: readonly TextRange[];
  focusStatementId?: number | null;
}

export type DeskAction =
  | { type: 'open'; request: OpenRequest }
  | { type: 'close'; key: number }
  | { type: 'activate'; index: number }
  | { type: 'move-active'; by: number }
  | { type: 'link'; link: LinkSelection | null }
  | { type: 'statement-shown'; key: number };

export const emptyDesk: DeskState = { panes: [], active: 0, link: null, nextKey: 1 };

function clampIndex(index: number, length: number): number {
  return Math.min(Math.max(index, 0), Math.max(0, length - 1));
}

export function deskReducer(state: DeskState, action: DeskAction): DeskState {
  switch (action.type) {
    case 'open': {
      const { request } = action;
      const pane: DeskPane = {
        key: state.nextKey,
        articleId: request.articleId,
        highlights: request.highlights ?? [],
        focusStatementId: request.focusStatementId ?? null,
      };
      const nextKey = state.nextKey + 1;
      if (state.panes.length === 0) return { ...state, panes: [pane], active: 0, nextKey };
      // Already open beside: show that pane rather than a second copy.
      const existing = state.panes.findIndex((p) => p.articleId === request.articleId);
      if (request.beside && existing >= 0) {
        const panes = state.panes.map((p, i) =>
          i === existing ? { ...p, highlights: pane.highlights, focusStatementId: pane.focusStatementId } : p,
        );
        return { ...state, panes, active: existing };
      }
      if (!request.beside) {
        const panes = state.panes.map((p, i) => (i === state.active ? pane : p));
        return { ...state, panes, nextKey };
      }
      if (state.panes.length < MAX_PANES) {
        const at = state.active + 1;
        const panes = [...state.panes.slice(0, at), pane, ...state.panes.slice(at)];
        return { ...state, panes, active: at, nextKey };
      }
      // Full desk: the pane right of the active one gives way (the one left of it when the active is last).
      const replaced = state.active + 1 < state.panes.length ? state.active + 1 : state.active - 1;
      const panes = state.panes.map((p, i) => (i === replaced ? pane : p));
      return { ...state, panes, active: replaced, nextKey };
    }
    case 'close': {
      const index = state.panes.findIndex((p) => p.key === action.key);
      if (index < 0) return state;
      const panes = state.panes.filter((p) => p.key !== action.key);
      const active = index < state.active ? state.active - 1 : clampIndex(state.active, panes.length);
      return { ...state, panes, active };
    }
    case 'activate':
      return action.index === state.active || action.index >= state.panes.length ? state : { ...state, active: action.index };
    case 'move-active': {
      if (state.panes.length === 0) return state;
      const active = (state.active + action.by + state.panes.length) % state.panes.length;
      return active === state.active ? state : { ...state, active };
    }
    case 'link':
      return { ...state, link: action.link };
    case 'statement-shown': {
      const panes = state.panes.map((p) => (p.key === action.key && p.focusStatementId !== null ? { ...p, focusStatementId: null } : p));
      return { ...state, panes };
    }
  }
}
