import { useEffect, useState, useSyncExternalStore } from 'react';
import type { ArchiveInfo } from '../../../shared/domain/archive';
import { api, connection, errorMessage } from '../api/client';
import { useArchiveChanges } from '../api/use-archive-changes';
import { safeName } from '../../../shared/text/safe-name';
import { plural } from './format';

const connectionText = {
  connecting: 'Connecting…',
  connected: '',
  reconnecting: 'Connection to Parley lost — reconnecting…',
} as const;

/** The archive in use, its size, and whether live updates are arriving. */
export function StatusBar() {
  const [info, setInfo] = useState<ArchiveInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [refresh, setRefresh] = useState(0);
  const state = useSyncExternalStore(connection.subscribe.bind(connection), () => connection.current);

  useEffect(() => {
    let current = true;
    api.invoke('archive.info', {}).then(
      (next) => {
        if (!current) return;
        setInfo(next);
        setError(null);
      },
      (failure: unknown) => current && setError(errorMessage(failure)),
    );
    return () => {
      current = false;
    };
  }, [refresh]);

  useArchiveChanges(() => setRefresh((n) => n + 1));

  return (
    <footer className="status-bar">
      {error ? (
        <span className="status-error" role="alert">
          Archive unavailable: {error}
        </span>
      ) : info ? (
        <>
          <span>{plural(info.articleCount, 'article', 'articles')}</span>
          <span>{plural(info.statementCount, 'statement', 'statements')}</span>
          <span className="status-path" title={safeName(info.path)}>
            {safeName(info.path)}
          </span>
        </>
      ) : (
        <span>Opening the archive…</span>
      )}
      {connectionText[state] && (
        <span className="status-connection" role="status">
          {connectionText[state]}
        </span>
      )}
    </footer>
  );
}
