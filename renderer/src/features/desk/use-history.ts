import { useCallback, useEffect, useState } from 'react';
import type { HistoryState } from '../../../../shared/domain/desk';
import { api } from '../../api/client';
import { attempt, notices } from './notices';

function isEditingText(target: EventTarget | null): boolean {
  // Text fields keep their own undo.
  return target instanceof HTMLElement && (target.isContentEditable || Boolean(target.closest('input, textarea')));
}

/**
 * Undo and redo through the archive's history, so they reach every pane and view and
 * survive a restart: Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) anywhere but in a text field.
 */
export function useHistory(): { state: HistoryState | null; undo: () => void; redo: () => void } {
  const [state, setState] = useState<HistoryState | null>(null);

  const refresh = useCallback(() => {
    api.invoke('history.state', {}).then(setState, () => setState(null));
  }, []);

  useEffect(() => {
    refresh();
    return api.on('desk.changed', refresh);
  }, [refresh]);

  const undo = useCallback(() => {
    void attempt('Undo', api.invoke('history.undo', {})).then((step) => {
      if (!step) return;
      setState(step);
      notices.show('info', step.entry ? `Undone: ${step.entry.label}` : 'Nothing to undo');
    });
  }, []);
  const redo = useCallback(() => {
    void attempt('Redo', api.invoke('history.redo', {})).then((step) => {
      if (!step) return;
      setState(step);
      notices.show('info', step.entry ? `Redone: ${step.entry.label}` : 'Nothing to redo');
    });
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isEditingText(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [undo, redo]);

  return { state, undo, redo };
}
