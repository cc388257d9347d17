import { useEffect, useRef, useState } from 'react';
import { safeName } from '../../../../shared/text/safe-name';
import { formatCount, plural } from '../../app/format';
import type { ImportState } from './import-session';

/** Enough to read; a drop of thousands of bad files should not build thousands of rows at once. */
const FAILURES_SHOWN = 300;

interface Props {
  state: ImportState;
  onCancel: () => void;
  onDismiss: () => void;
}

function CountsLine({ state }: { state: ImportState }) {
  const { counts } = state;
  return (
    <p className="import-counts">
      <span data-count="imported">{plural(counts.imported, 'imported', 'imported')}</span>
      <span data-count="duplicates">{plural(counts.duplicates, 'duplicate', 'duplicates')}</span>
      <span data-count="failed" className={counts.failed ? 'has-failures' : undefined}>
        {formatCount(counts.failed)} failed
      </span>
    </p>
  );
}

/** The import's progress while it runs, then its summary with every failure and why. */
export function ImportPanel({ state, onCancel, onDismiss }: Props) {
  const dismissRef = useRef<HTMLButtonElement>(null);
  const [showAllFailures, setShowAllFailures] = useState(false);
  const finished = state.phase === 'finished';
  const hasFailures = state.failures.length > 0;

  // A summary with failures takes focus so keyboard users hear about them and can dismiss.
  useEffect(() => {
    if (finished && hasFailures) dismissRef.current?.focus();
  }, [finished, hasFailures]);

  if (state.phase === 'idle') return null;

  if (state.phase === 'running') {
    const total = Math.max(state.queued, state.counts.processed, 1);
    return (
      <section className="import-panel is-running" aria-label="Import progress">
        <div className="import-row">
          <strong>{state.cancelling ? 'Cancelling import…' : 'Importing…'}</strong>
          <progress
            className="import-progress"
            aria-label="Import progress"
            max={total}
            value={state.counts.processed}
          />
          <span className="muted">
            {formatCount(state.counts.processed)} of {formatCount(total)}
          </span>
          <button type="button" onClick={onCancel} disabled={state.cancelling}>
            Cancel
          </button>
        </div>
        <div className="import-row" role="status" aria-live="polite">
          <CountsLine state={state} />
          {state.current && <span className="import-current muted" title={safeName(state.current)}>{safeName(state.current)}</span>}
        </div>
      </section>
    );
  }

  const headline = state.cancelled
    ? 'Import cancelled — what was already imported is kept'
    : hasFailures
      ? 'Import finished with failures'
      : 'Import finished';

  return (
    <section className={`import-panel${hasFailures ? ' has-failures' : ''}`} aria-labelledby="import-summary-heading">
      <div className="import-row">
        <h2 id="import-summary-heading" className="panel-heading">
          {headline}
        </h2>
        <div role="status" aria-live="polite">
          <CountsLine state={state} />
        </div>
        <button ref={dismissRef} type="button" className="dismiss" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
      {hasFailures && (
        <ul className="import-failures" aria-label="Import failures">
          {(showAllFailures ? state.failures : state.failures.slice(0, FAILURES_SHOWN)).map((failure, index) => (
            <li key={`${failure.path}-${index}`}>
              <span className="failure-path">{safeName(failure.path)}</span>
              <span className="failure-reason">{safeName(failure.reason)}</span>
            </li>
          ))}
        </ul>
      )}
      {!showAllFailures && state.failures.length > FAILURES_SHOWN && (
        <button type="button" className="link-button" onClick={() => setShowAllFailures(true)}>
          Show all {formatCount(state.failures.length)} failures
        </button>
      )}
      {state.duplicates.length > 0 && (
        <details className="import-duplicates">
          <summary>{plural(state.duplicates.length, 'file was', 'files were')} already in the archive</summary>
          <ul>
            {state.duplicates.map((duplicate, index) => (
              <li key={`${duplicate.path}-${index}`}>{safeName(duplicate.path)}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
