import type { HistoryState } from '../../../../shared/domain/desk';

interface Props {
  history: { state: HistoryState | null; undo: () => void; redo: () => void };
}

/** Undo and redo, each naming the edit it would take back or do again. */
export function HistoryButtons({ history }: Props) {
  const { state, undo, redo } = history;
  return (
    <span className="history-buttons">
      <button
        type="button"
        onClick={undo}
        disabled={!state?.canUndo}
        title={state?.nextUndo ? `Undo: ${state.nextUndo.label} (Ctrl+Z)` : 'Nothing to undo'}
      >
        Undo
      </button>
      <button
        type="button"
        onClick={redo}
        disabled={!state?.canRedo}
        title={state?.nextRedo ? `Redo: ${state.nextRedo.label} (Ctrl+Shift+Z)` : 'Nothing to redo'}
      >
        Redo
      </button>
    </span>
  );
}
