import type { DeskStatement } from '../../../../shared/domain/desk';

type Listener = (statement: DeskStatement) => void;
const listeners = new Set<Listener>();

/**
 * A statement as an edit call returned it. Panes showing it take it at once, without waiting
 * for the reload that the archive's `desk.changed` event brings a moment later.
 */
export function publishStatement(statement: DeskStatement | null): void {
  if (statement) listeners.forEach((listener) => listener(statement));
}

export function onStatementPublished(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
