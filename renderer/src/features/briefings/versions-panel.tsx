import { useEffect, useState, type FormEvent } from 'react';
import type { BriefingVersion } from '../../../../shared/domain/briefings';
import { api, errorMessage } from '../../api/client';
import { formatArticleDate, plural } from '../../app/format';

interface Props {
  briefingId: number;
  beforeChange: () => Promise<void>;
  onRestored: () => void;
  onClose: () => void;
}

/** Kept versions, newest first: keep the current text under a name, or bring an older one back. */
export function VersionsPanel({ briefingId, beforeChange, onRestored, onClose }: Props) {
  const [versions, setVersions] = useState<BriefingVersion[] | null>(null);
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    let current = true;
    void beforeChange()
      .then(() => api.invoke('briefings.versions', { id: briefingId }))
      .then(
        (found) => current && setVersions(found),
        (e: unknown) => current && setError(errorMessage(e)),
      );
    return () => {
      current = false;
    };
  }, [briefingId, beforeChange, reload]);

  async function keep(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (!label.trim()) return;
    try {
      await beforeChange();
      await api.invoke('briefings.saveVersion', { id: briefingId, label: label.trim() });
      setLabel('');
      setReload((n) => n + 1);
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  async function restore(version: BriefingVersion): Promise<void> {
    try {
      await beforeChange();
      await api.invoke('briefings.restoreVersion', { versionId: version.id });
      onRestored();
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <aside className="versions-panel" aria-label="Versions">
      <div className="versions-head">
        <h2 className="panel-heading">Versions</h2>
        <button type="button" className="link-button" onClick={onClose} aria-label="Close versions">
          ✕
        </button>
      </div>
      <form className="keep-version" onSubmit={(e) => void keep(e)}>
        <input aria-label="Version name" placeholder="Name this version…" value={label} onChange={(e) => setLabel(e.target.value)} />
        <button type="submit" disabled={!label.trim()}>
          Keep
        </button>
      </form>
      {error && <p className="status-error">{error}</p>}
      {versions === null && !error && <p className="muted">Loading…</p>}
      <ol className="version-list">
        {versions?.map((v, i) => (
          <li key={v.id} className="version-item">
            <div>
              <strong>{v.label ?? (i === 0 ? 'Current (autosaved)' : 'Autosaved')}</strong>
              <div className="muted">
                {formatArticleDate(v.createdAt)} · {plural(v.wordCount, 'word', 'words')}
              </div>
            </div>
            {i > 0 && (
              <button type="button" onClick={() => void restore(v)} title="Bring this version back (the current text is kept as a version)">
                Restore
              </button>
            )}
          </li>
        ))}
      </ol>
    </aside>
  );
}
