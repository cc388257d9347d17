import { api } from '../../api/client';
import { attempt, notices } from './notices';

interface Props {
  kind: 'statement' | 'note';
  id: number;
  /** Offsets of the words selected in the article text right now. */
  currentSelection: () => { start: number; end: number } | null;
}

/**
 * What the analyst can do with an orphan (its words were not found in the article's new text):
 * point it at the new words, or discard it. Both are undoable edits.
 */
export function OrphanFix({ kind, id, currentSelection }: Props) {
  function reattach(): void {
    const span = currentSelection();
    if (!span) {
      notices.show('error', `Select (or type) the ${kind}’s new words first, then choose “Re-attach to selection”.`);
      return;
    }
    void attempt('Re-attaching', api.invoke('anchors.reattach', { kind, id, ...span }), `Re-attached the ${kind} to the selected words`);
  }

  function discard(): void {
    void attempt('Discarding', api.invoke('anchors.discard', { kind, id }), `Discarded the orphaned ${kind} (Ctrl+Z brings it back)`);
  }

  return (
    <div className="orphan-fix" role="group" aria-label={`Orphaned ${kind}`}>
      <p className="candidate-note">Its words are not in the new version of the article. Select its new words and re-attach it, or discard it.</p>
      <div className="button-row">
        {/* Keeps the text selection alive while the button is pressed. */}
        <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={reattach}>
          Re-attach to selection
        </button>
        <button type="button" onClick={discard}>
          Discard
        </button>
      </div>
    </div>
  );
}
