import { useEffect, useEffectEvent, useState } from 'react';
import type { Orphan } from '../../../../shared/domain/desk';
import { api, errorMessage } from '../../api/client';
import type { OpenRequest } from '../desk/desk-state';

interface Props {
  hidden: boolean;
  onOpen: (request: OpenRequest) => void;
}

/** Statements and notes whose words were not found again after their article changed: listed to fix, never dropped. */
export function OrphansView({ hidden, onOpen }: Props) {
  const [orphans, setOrphans] = useState<Orphan[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useEffectEvent(() => {
    api.invoke('anchors.orphans', {}).then(
      (list) => {
        setOrphans(list);
        setError(null);
      },
      (failure: unknown) => setError(errorMessage(failure)),
    );
  });
  useEffect(() => {
    if (hidden) return;
    load();
    return api.on('desk.changed', () => load());
  }, [hidden]);

  return (
    <section className="orphans-view" aria-label="Orphans" hidden={hidden}>
      <div className="toolbar">
        <p className="toolbar-note">Statements and notes whose words changed in a re-imported article. Open the article, select the words, and re-attach.</p>
      </div>
      {error && (
        <div className="error-panel" role="alert">
          <h2>The orphans could not be listed</h2>
          <p className="error-message">{error}</p>
        </div>
      )}
      {orphans && orphans.length === 0 && (
        <div className="empty-state">
          <h2>Nothing to re-attach</h2>
          <p>Every statement and note still finds its words.</p>
        </div>
      )}
      {orphans && orphans.length > 0 && (
        <ul className="orphan-list" aria-label="Orphans">
          {orphans.map((orphan) => (
            <li key={`${orphan.kind}-${orphan.id}`}>
              <span className="kind-badge">{orphan.kind}</span>
              <p className="orphan-quote">
                <span className="muted">…{orphan.anchor.prefix}</span>
                <mark>{orphan.anchor.exact}</mark>
                <span className="muted">{orphan.anchor.suffix}…</span>
              </p>
              <span className="muted">{orphan.articleTitle ?? 'Untitled article'}</span>
              <button type="button" onClick={() => onOpen({ articleId: orphan.articleId, beside: true })}>
                Open article
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
