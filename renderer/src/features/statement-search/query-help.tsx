import { useEffect, useRef, useState } from 'react';
import { QUERY_SYNTAX_HELP } from '../../../../shared/search/query-syntax';

/** The search syntax, documented where the analyst types. */
export function QueryHelp() {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) => {
      if (!ref.current?.contains(event.target as Node)) setOpen(false);
    };
    window.addEventListener('mousedown', close);
    return () => window.removeEventListener('mousedown', close);
  }, [open]);

  return (
    <div className="query-help" ref={ref}>
      <button type="button" aria-expanded={open} aria-controls="query-help-popover" onClick={() => setOpen((v) => !v)} title="How to write a search">
        Syntax
      </button>
      {open && (
        <div
          id="query-help-popover"
          className="popover"
          role="dialog"
          aria-label="Search syntax"
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              event.stopPropagation();
              setOpen(false);
            }
          }}
        >
          <h3>Search syntax</h3>
          <table>
            <tbody>
              {QUERY_SYNTAX_HELP.map((line) => (
                <tr key={line.example}>
                  <td>
                    <code>{line.example}</code>
                  </td>
                  <td>{line.meaning}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted">
            Case and accents do not matter. A search Parley cannot run exactly as written (for example a lone <code>C++</code>) is refused with
            the reason, never answered with something else.
          </p>
        </div>
      )}
    </div>
  );
}
