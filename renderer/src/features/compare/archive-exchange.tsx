import { useRef, useState, type ChangeEvent } from 'react';
import { api, errorMessage } from '../../api/client';
import { safeName } from '../../../../shared/text/safe-name';
import { plural } from '../../app/format';
import { download } from './downloads';

/** The whole archive out (statements as CSV, a REFI-QDA project) and a REFI-QDA project in. */
export function ArchiveExchange() {
  const input = useRef<HTMLInputElement>(null);
  const [note, setNote] = useState<{ text: string; failed: boolean } | null>(null);
  const run = (work: () => Promise<string>) =>
    work()
      .then((text) => setNote({ text, failed: false }))
      .catch((error: unknown) => setNote({ text: errorMessage(error), failed: true }));

  const onChosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    run(async () => {
      const outcome = await api.invoke('interchange.importQdpx', { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
      return `${safeName(file.name)}: ${plural(outcome.articles, 'article', 'articles')}, ${plural(outcome.statements, 'statement', 'statements')}, ${plural(outcome.tags, 'tag', 'tags')} added${outcome.duplicates ? `; ${plural(outcome.duplicates, 'source', 'sources')} already here` : ''}.`;
    });
  };

  return (
    <details className="filter-menu archive-exchange">
      <summary>Exchange</summary>
      <div className="filter-menu-body">
        <button type="button" onClick={() => run(async () => (download('parley-statements.csv', await api.invoke('interchange.statementsCsv', {}), 'text/csv'), 'Statements exported as CSV.'))}>
          Export statements (CSV)
        </button>
        <button
          type="button"
          title="For NVivo, MAXQDA, ATLAS.ti and QualCoder"
          onClick={() => run(async () => (download('parley-archive.qdpx', await api.invoke('interchange.exportQdpx', {}), 'application/zip'), 'Archive exported as a REFI-QDA project.'))}
        >
          Export REFI-QDA project (.qdpx)
        </button>
        <button type="button" onClick={() => input.current?.click()}>
          Import REFI-QDA project…
        </button>
        <input ref={input} type="file" accept=".qdpx" hidden onChange={onChosen} data-testid="qdpx-input" />
        {note && (
          <p className={note.failed ? 'error-message' : 'muted'} role="status">
            {note.text}
          </p>
        )}
      </div>
    </details>
  );
}
