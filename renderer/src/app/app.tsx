import { useCallback, useEffect, useRef, useState, type ChangeEvent } from 'react';
import { ImportPanel } from '../features/import/import-panel';
import { DropOverlay } from '../features/import/drop-overlay';
import { collectChosenFiles, type CollectedFiles } from '../features/import/picked-file';
import { useImportSession } from '../features/import/use-import-session';
import { useWindowDrop } from '../features/import/use-window-drop';
import { BriefingsView } from '../features/briefings/briefings-view';
import type { SourceRequest } from '../features/briefings/briefing-editor';
import { LibraryView } from '../features/library/library-view';
import { ReaderView } from '../features/reader/reader-view';
import { PositionsView } from '../features/compare/positions-view';
import { ErrorBoundary } from './error-boundary';
import { StatusBar } from './status-bar';

type View =
  | { kind: 'library' }
  | { kind: 'positions' }
  | { kind: 'briefings' }
  | { kind: 'reader'; articleId: number; statementId?: number; source?: SourceRequest; from?: 'positions' | 'briefings' };

export function App() {
  const [view, setView] = useState<View>(() => (window.location.hash.startsWith('#positions') ? { kind: 'positions' } : { kind: 'library' }));
  const searchRef = useRef<HTMLInputElement>(null);
  const filesInputRef = useRef<HTMLInputElement>(null);
  const folderInputRef = useRef<HTMLInputElement>(null);
  const { session, state: importState } = useImportSession();

  const onDrop = useCallback((collected: CollectedFiles) => session.add(collected.files, collected.unreadable), [session]);
  const dragging = useWindowDrop(onDrop);

  const openSource = useCallback((source: SourceRequest) => setView({ kind: 'reader', articleId: source.articleId, source, from: 'briefings' }), []);

  const backToLibrary = useCallback(() => {
    setView({ kind: 'library' });
    // Return the keyboard to the list the user came from.
    requestAnimationFrame(() => document.querySelector<HTMLElement>('[role="grid"][aria-label="Articles"]:not([hidden])')?.focus());
  }, []);

  const readerFrom = view.kind === 'reader' ? view.from : undefined;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        setView({ kind: 'library' });
        requestAnimationFrame(() => {
          searchRef.current?.focus();
          searchRef.current?.select();
        });
      } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'o') {
        event.preventDefault();
        filesInputRef.current?.click();
      } else if (event.key === 'Escape' && !event.defaultPrevented && view.kind === 'reader') {
        event.preventDefault();
        if (readerFrom === 'positions') setView({ kind: 'positions' });
        else backToLibrary();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [view.kind, readerFrom, backToLibrary]);

  function onChosen(event: ChangeEvent<HTMLInputElement>): void {
    if (event.target.files) session.add(collectChosenFiles(event.target.files));
    event.target.value = '';
  }

  const openImport = () => filesInputRef.current?.click();

  return (
    <div className="app">
      <header className="app-header">
        <div className="brand" aria-label="Parley">
          <span className="brand-mark" aria-hidden="true">P</span>
          Parley
        </div>
        <nav className="crumbs" aria-label="Where you are">
          <button
            type="button"
            className="link-button"
            aria-current={view.kind === 'library' ? 'page' : undefined}
            onClick={backToLibrary}
          >
            Library
          </button>
          <button
            type="button"
            className="link-button"
            aria-current={view.kind === 'positions' ? 'page' : undefined}
            onClick={() => setView({ kind: 'positions' })}
          >
            Positions
          </button>
          <button
            type="button"
            className="link-button"
            aria-current={view.kind === 'briefings' ? 'page' : undefined}
            onClick={() => setView({ kind: 'briefings' })}
          >
            Briefings
          </button>
        </nav>
        <div className="header-actions">
          <button type="button" onClick={openImport} title="Import article files (Ctrl+O)">
            Import…
          </button>
          <button type="button" onClick={() => folderInputRef.current?.click()} title="Import every article in a folder">
            Import folder…
          </button>
          <input ref={filesInputRef} type="file" multiple hidden onChange={onChosen} data-testid="import-files-input" />
          <input
            ref={folderInputRef}
            type="file"
            multiple
            hidden
            onChange={onChosen}
            data-testid="import-folder-input"
            {...{ webkitdirectory: '' }}
          />
        </div>
      </header>

      <main className="app-main">
        <ErrorBoundary area="The library">
          <LibraryView
            hidden={view.kind !== 'library'}
            searchRef={searchRef}
            onOpen={(articleId) => setView({ kind: 'reader', articleId })}
            onImport={openImport}
          />
        </ErrorBoundary>
        {view.kind === 'positions' && (
          <ErrorBoundary area="Positions">
            <PositionsView onOpenQuote={(q) => setView({ kind: 'reader', articleId: q.articleId, statementId: q.statementId, from: 'positions' })} />
          </ErrorBoundary>
        )}
        <ErrorBoundary area="Briefings">
          <BriefingsView hidden={view.kind !== 'briefings'} onOpenSource={openSource} />
        </ErrorBoundary>
        {view.kind === 'reader' && (
          <ErrorBoundary key={view.articleId} area="The article view" onReset={backToLibrary}>
            <ReaderView
              articleId={view.articleId}
              statementId={view.statementId}
              focusSpan={view.source}
              backLabel={view.from === 'briefings' ? 'Back to briefing' : undefined}
              onBack={view.from ? () => setView({ kind: view.from ?? 'library' }) : backToLibrary}
            />
          </ErrorBoundary>
        )}
      </main>

      <ImportPanel state={importState} onCancel={() => session.cancel()} onDismiss={() => session.dismiss()} />
      <StatusBar />
      <DropOverlay visible={dragging} />
    </div>
  );
}
