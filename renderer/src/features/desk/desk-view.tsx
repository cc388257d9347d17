import './desk.css';
import { Fragment, useCallback, useEffect, useMemo, useState, type Dispatch, type DragEvent, type ReactNode } from 'react';
import { Group, Panel, Separator } from 'react-resizable-panels';
import { ErrorBoundary } from '../../app/error-boundary';
import { ArticlePane } from './article-pane';
import { carriesArticle, draggedArticleId } from './article-drag';
import type { DeskAction, DeskState, LinkSelection, OpenRequest } from './desk-state';
import { MAX_PANES } from './desk-state';
import { NationDatalist } from './statement-tools';
import { useTopics } from './use-topics';
import type { Topic } from '../../../../shared/domain/desk';

interface Props {
  desk: DeskState;
  dispatch: Dispatch<DeskAction>;
  onBack: () => void;
  /** Where Back leads, when the reading started elsewhere (a briefing's citation, a positions cell). */
  backLabel?: string | undefined;
  /** The library, to show at the desk's left so rows can be opened or dragged beside. */
  library: ReactNode;
  showLibrary: boolean;
  onToggleLibrary: () => void;
  onShortcuts: () => void;
}

const NO_TOPICS: readonly Topic[] = [];

function focusPane(index: number): void {
  document.querySelector<HTMLElement>(`.pane[data-pane-index="${index}"] .pane-text`)?.focus();
}

/** Two to four articles side by side, each with its own scroll, find and highlights, linked by speaker, nation or topic. */
export function DeskView({ desk, dispatch, onBack, backLabel = 'Back to library', library, showLibrary, onToggleLibrary, onShortcuts }: Props) {
  const { topics } = useTopics();
  const [dropping, setDropping] = useState(false);
  const openArticleIds = useMemo(() => new Set(desk.panes.map((p) => p.articleId)), [desk.panes]);

  const onActivate = useCallback((index: number) => dispatch({ type: 'activate', index }), [dispatch]);
  const onClose = useCallback((key: number) => dispatch({ type: 'close', key }), [dispatch]);
  const onOpen = useCallback((request: OpenRequest) => dispatch({ type: 'open', request }), [dispatch]);
  const onLink = useCallback((link: LinkSelection | null) => dispatch({ type: 'link', link }), [dispatch]);
  const onFocusShown = useCallback((key: number) => dispatch({ type: 'statement-shown', key }), [dispatch]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey && !event.ctrlKey && (event.key === 'ArrowRight' || event.key === 'ArrowLeft')) {
        if (desk.panes.length < 2) return;
        event.preventDefault();
        const next = (desk.active + (event.key === 'ArrowRight' ? 1 : -1) + desk.panes.length) % desk.panes.length;
        dispatch({ type: 'activate', index: next });
        focusPane(next);
      } else if ((event.ctrlKey || event.metaKey) && !event.altKey && /^[1-4]$/.test(event.key)) {
        const index = Number(event.key) - 1;
        if (index >= desk.panes.length) return;
        event.preventDefault();
        dispatch({ type: 'activate', index });
        focusPane(index);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [desk.panes.length, desk.active, dispatch]);

  function onDragOver(event: DragEvent<HTMLDivElement>): void {
    if (!carriesArticle([...event.dataTransfer.types])) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDropping(true);
  }

  function onDrop(event: DragEvent<HTMLDivElement>): void {
    setDropping(false);
    const id = draggedArticleId(event.dataTransfer);
    if (id === null) return;
    event.preventDefault();
    dispatch({ type: 'open', request: { articleId: id, beside: true } });
  }

  const paneSize = `${100 / Math.max(1, desk.panes.length)}%`;

  return (
    <section className="desk" aria-label="Desk">
      <div className="toolbar desk-toolbar">
        <button type="button" onClick={onBack} title={`${backLabel} (Escape)`}>
          <span aria-hidden="true">← </span>
          {backLabel}
        </button>
        <button type="button" aria-pressed={showLibrary} onClick={onToggleLibrary} title="Show the library beside the articles, to open or drag rows">
          Library beside
        </button>
        <span className="muted desk-count">
          {desk.panes.length} of {MAX_PANES} panes
        </span>
        {desk.link && (
          <span className="link-chip" role="status" aria-label="Linked selection">
            Linked: <strong>{desk.link.label}</strong>
            <span className="muted"> ({desk.link.kind})</span>
            <button type="button" className="icon-button" aria-label="Clear the linked selection" onClick={() => onLink(null)}>
              ×
            </button>
          </span>
        )}
        {topics && topics.length > 0 && (
          <select
            aria-label="Link a topic"
            className="link-topic"
            value={desk.link?.kind === 'topic' ? desk.link.topicId : ''}
            onChange={(event) => {
              const topic = topics.find((t) => t.id === Number(event.target.value));
              onLink(topic ? { kind: 'topic', topicId: topic.id, label: topic.name } : null);
            }}
          >
            <option value="">Link a topic…</option>
            {topics.map((topic) => (
              <option key={topic.id} value={topic.id}>
                {topic.path.join(' › ')}
              </option>
            ))}
          </select>
        )}
        <span className="toolbar-end">
          <button type="button" onClick={onShortcuts} title="Keyboard shortcuts (?)" aria-label="Keyboard shortcuts">
            ?
          </button>
        </span>
      </div>
      <NationDatalist />
      <Group orientation="horizontal" className="desk-body" id="desk-body">
        {showLibrary && (
          <>
            <Panel id="desk-library" defaultSize="28%" minSize="18%" className="desk-library">
              {library}
            </Panel>
            <Separator className="separator" />
          </>
        )}
        <Panel id="desk-panes" minSize="40%">
          <div className={`desk-panes${dropping ? ' is-drop-target' : ''}`} onDragOver={onDragOver} onDragLeave={() => setDropping(false)} onDrop={onDrop}>
            {desk.panes.length === 0 ? (
              <div className="empty-state">
                <h2>No article open</h2>
                <p>Open an article from the library (Enter or a double click), or drag a library row here. Shift+Enter opens another beside it, up to four.</p>
              </div>
            ) : (
              <Group orientation="horizontal" className="pane-group" id={`panes-${desk.panes.map((p) => p.key).join('-')}`}>
                {desk.panes.map((pane, index) => (
                  <Fragment key={pane.key}>
                    {index > 0 && <Separator className="separator pane-separator" />}
                    <Panel id={`pane-${pane.key}`} minSize="15%" defaultSize={paneSize}>
                      <ErrorBoundary area="This article pane" onReset={() => onClose(pane.key)}>
                        <ArticlePane
                          pane={pane}
                          index={index}
                          active={index === desk.active}
                          paneCount={desk.panes.length}
                          link={desk.link}
                          topics={topics ?? NO_TOPICS}
                          openArticleIds={openArticleIds}
                          onActivate={onActivate}
                          onClose={onClose}
                          onOpen={onOpen}
                          onLink={onLink}
                          onFocusShown={onFocusShown}
                        />
                      </ErrorBoundary>
                    </Panel>
                  </Fragment>
                ))}
              </Group>
            )}
            {dropping && <div className="pane-drop-hint">Drop to open beside</div>}
          </div>
        </Panel>
      </Group>
    </section>
  );
}
