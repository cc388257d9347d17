import { useEffect, useRef } from 'react';

export const SHORTCUTS: { group: string; keys: [string, string][] }[] = [
  {
    group: 'Reading',
    keys: [
      ['J / K', 'Next / previous statement in the pane'],
      ['Alt+→ / Alt+←', 'Next / previous pane'],
      ['Ctrl+1 … Ctrl+4', 'Go to pane 1 … 4'],
      ['Ctrl+F', 'Find in the article (in a pane); search the library elsewhere'],
      ['L / Shift+L', 'Link the selected statement’s speaker / nation across panes'],
      ['Escape', 'Close the open form, the find bar, the link; then back to the library'],
    ],
  },
  {
    group: 'Reviewing',
    keys: [
      ['C', 'Confirm the selected statement'],
      ['X', 'Reject it (kept, hidden from analysis); X again restores it'],
      ['E', 'Edit its span, kind, speaker, role, organization, nation'],
      ['T', 'Tag it with a topic and a stance'],
      ['N / Shift+N', 'Notes on it / notes on the article'],
      ['Tab to a highlight’s end, ← → (Ctrl: a word), Enter', 'Move the selected statement’s start or end (or drag the ends)'],
      ['A', 'Add the selected words as a statement'],
      ['Ctrl+Z / Ctrl+Shift+Z', 'Undo / redo the last edit, in any pane or view'],
    ],
  },
  {
    group: 'Opening',
    keys: [
      ['Enter', 'Open the library’s current row'],
      ['Shift+Enter', 'Open it beside the open articles'],
      ['S', 'Open the first “also reported by” article beside'],
      ['?', 'This sheet'],
    ],
  },
];

/** Every keyboard shortcut, on "?". */
export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} className="sheet" aria-label="Keyboard shortcuts" onClose={onClose} onCancel={onClose}>
      <div className="sheet-head">
        <h2>Keyboard shortcuts</h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={() => ref.current?.close()}>
          ×
        </button>
      </div>
      <div className="sheet-columns">
        {SHORTCUTS.map((section) => (
          <section key={section.group}>
            <h3>{section.group}</h3>
            <dl>
              {section.keys.map(([keys, what]) => (
                <div key={keys} className="shortcut-row">
                  <dt>
                    <kbd>{keys}</kbd>
                  </dt>
                  <dd>{what}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </dialog>
  );
}
