import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { Orphan } from '../../../../shared/domain/desk';
import { api, errorMessage } from '../../api/client';
import type { OpenRequest } from '../desk/desk-state';
import { OrphanFix } from '../desk/orphan-fix';
import { selectedSpan } from '../desk/text-offsets';

interface Props {
  hidden: boolean;
  onOpen: (request: OpenRequest) => void;
}

/** Statements and notes whose words were not found again after their article changed: listed to fix, never dropped. */
export function OrphansView({ hidden, onOpen }: Props) {
  const [orphans, setOrphans] = useState<Orphan[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fixing, setFixing] = useState<string | null>(null);
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
        <p className="toolbar-note">Statements and notes whose words changed in a re-imported article. Choose “Fix”, select the new words in the article, and re-attach; or discard.</p>
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
              <div className="button-row">
                <button type="button" aria-expanded={fixing === `${orphan.kind}-${orphan.id}`} onClick={() => setFixing((key) => (key === `${orphan.kind}-${orphan.id}` ? null : `${orphan.kind}-${orphan.id}`))}>
                  Fix
                </button>
                <button type="button" onClick={() => onOpen({ articleId: orphan.articleId, beside: true })}>
                  Open article
                </button>
              </div>
              {fixing === `${orphan.kind}-${orphan.id}` && <OrphanReader orphan={orphan} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The orphan's article as it reads now, to select the words the orphan should point at. */
function OrphanReader({ orphan }: { orphan: Orphan }) {
  const [text, setText] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let current = true;
    api.invoke('articles.get', { id: orphan.articleId }).then(
      (article) => current && setText(article.text),
      (failure: unknown) => current && setProblem(errorMessage(failure)),
    );
    return () => {
      current = false;
    };
  }, [orphan.articleId]);
  // Opens near where the words used to be: the new ones are often close by.
  useEffect(() => {
    const node = box.current?.firstChild;
    if (!text || !node || node.nodeType !== Node.TEXT_NODE) return;
    const range = document.createRange();
    const at = Math.min(orphan.anchor.start, text.length);
    range.setStart(node, at);
    range.setEnd(node, at);
    const top = range.getBoundingClientRect().top - box.current!.getBoundingClientRect().top;
    box.current!.scrollTop = Math.max(0, top - 60);
  }, [text, orphan.anchor.start]);
  if (problem) return <p className="field-error" role="alert">{problem}</p>;
  if (text === null) return <p className="muted">Opening the article…</p>;
  // Without a mouse, the new words can be typed (or pasted) instead of selected.
  const typedSpan = () => {
    const wanted = typed.trim();
    if (!wanted) return null;
    const near = text.indexOf(wanted, Math.max(0, orphan.anchor.start - 2000));
    const at = near >= 0 ? near : text.indexOf(wanted);
    return at >= 0 ? { start: at, end: at + wanted.length } : null;
  };
  const typedMissing = typed.trim() !== '' && typedSpan() === null;
  return (
    <div className="orphan-reader">
      <div ref={box} className="orphan-text" tabIndex={0} role="region" aria-label="Article text as it reads now">
        {text}
      </div>
      <label className="orphan-typed">
        Or type its new words
        <input value={typed} onChange={(event) => setTyped(event.target.value)} aria-invalid={typedMissing} placeholder="Exactly as they read in the article" />
      </label>
      {typedMissing && <p className="field-error">These words are not in the article as it reads now.</p>}
      <OrphanFix kind={orphan.kind} id={orphan.id} currentSelection={() => (box.current ? selectedSpan(box.current) : null) ?? typedSpan()} />
    </div>
  );
}
