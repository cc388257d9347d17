import { useCallback, useEffect, useReducer, useRef, useState, type ChangeEvent } from 'react';
import { ImportPanel } from '../features/import/import-panel';
import { DropOverlay } from '../features/import/drop-overlay';
import { collectChosenFiles, type CollectedFiles } from '../features/import/picked-file';
import { useImportSession } from '../features/import/use-import-session';
import { useWindowDrop } from '../features/import/use-window-drop';
import { BriefingsView } from '../features/briefings/briefings-view';
import { PositionsView } from '../features/compare/positions-view';
import type { SourceRequest } from '../features/briefings/briefing-editor';
import { LibraryView } from '../features/library/library-view';
import { DeskView } from '../features/desk/desk-view';
import { deskReducer, emptyDesk, type OpenRequest } from '../features/desk/desk-state';
import { HistoryButtons } from '../features/desk/history-buttons';
import { NoticeLine } from '../features/desk/notice-line';
import { notices } from '../features/desk/notices';
import { useApiEvent } from '../api/use-api-event';
import { ShortcutSheet } from '../features/desk/shortcut-sheet';
import { ActorsView } from '../features/actors/actors-view';
import { OrphansView } from '../features/orphans/orphans-view';
import { StatementSearchView } from '../features/statement-search/statement-search-view';
import type { SearchForm } from '../features/statement-search/search-filters';
import { TopicsView } from '../features/topics/topics-view';
import { useHistory } from '../features/desk/use-history';
import { ErrorBoundary } from './error-boundary';
import { StatusBar } from './status-bar';

type View =
  | { kind: 'library' }
  | { kind: 'reader'; from?: 'positions' | 'briefings' }
  | { kind: 'positions' }
  | { kind: 'briefings' }
  | { kind: DeskViewKind };
type DeskViewKind = 'statements' | 'actors' | 'topics' | 'orphans';

const DESK_VIEWS: { kind: DeskViewKind; label: string }[] = [
  { kind: 'statements', label: 'Statements' },
  { kind: 'actors', label: 'Actors' },
  { kind: 'topics', label: 'Topics' },
  { kind: 'orphans', label: 'Orphans' },
];

export function App() {
  const [view, setView] = useState<View>(() => (window.location.hash.startsWith('#positions') ? { kind: 'positions' } : { kind: 'library' }));
  const [desk, dispatchDesk] = useReducer(deskReducer, emptyDesk);
  const [libraryBeside, setLibraryBeside] = useState(false);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const history = useHistory();
  const sideSearchRef = useRef<HTMLInputElement>(null);
  const statementSearchRef = useRef<HTMLInputElement>(null);
  const [searchPreset, setSearchPreset] = useState<{ nonce: number; form: Partial<SearchForm> } | null>(null);
  const searchStatements = useCallback((form: Partial<SearchForm>) => {
    setSearchPreset((previous) => ({ nonce: (previous?.nonce ?? 0) + 1, form }));
    setView({ kind: 'statements' });
  }, []);
  const openArticle = useCallback((request: OpenRequest, from?: 'positions' | 'briefings') => {
    dispatchDesk({ type: 'open', request });
    setView(from ? { kind: 'reader', from } : { kind: 'reader' });
  }, []);
  const searchRef = useRef<HTMLInputElement>(null);
  const filesInputRef = useRef<HTMLInputElement>(null);
  const folderInputRef = useRef<HTMLInputElement>(null);
  const { session, state: importState } = useImportSession();
  // The daily backup runs unasked in the background: a refused one would otherwise go unseen.
  useApiEvent('backup.failed', ({ message }) => notices.show('error', message));

  const onDrop = useCallback((collected: CollectedFiles) => session.add(collected.files, collected.unreadable), [session]);
  const dragging = useWindowDrop(onDrop);

  // A citation opens its source in the desk with the cited span highlighted.
  const openSource = useCallback(
    (source: SourceRequest) =>
      openArticle(
        { articleId: source.articleId, beside: false, focusStatementId: source.statementId, highlights: [{ start: source.start, end: source.end }] },
        'briefings',
      ),
    [openArticle],
  );

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
        const target = view.kind === 'statements' ? statementSearchRef : searchRef;
        if (view.kind !== 'statements') setView({ kind: 'library' });
        requestAnimationFrame(() => {
          target.current?.focus();
          target.current?.select();
        });
      } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'o') {
        event.preventDefault();
        filesInputRef.current?.click();
      } else if (event.key === 'Escape' && !event.defaultPrevented && view.kind !== 'library' && !isTypingIn(event.target)) {
        event.preventDefault();
        // Back to where the reading started: a positions cell or a briefing's citation.
        if (readerFrom) setView({ kind: readerFrom });
        else backToLibrary();
      } else if (event.key === '?' && !event.ctrlKey && !event.altKey && !isTypingIn(event.target)) {
        event.preventDefault();
        setShortcutsOpen(true);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [view.kind, readerFrom, backToLibrary]);

  function onChosen(event: ChangeEvent<HTMLInputElement>): void {
    if (event.target.files) session.add(collectChosenFiles(event.target.files));
    event.target.value = '';
  }

  const openImport = useCallback(() => filesInputRef.current?.click(), []);
  // The library and the other views stay mounted while hidden: with steady callbacks they are not
  // drawn again each time the desk changes (a pane opened beside another).
  const openFromLibrary = useCallback((articleId: number) => openArticle({ articleId, beside: false }), [openArticle]);
  const openBesideFromLibrary = useCallback((articleId: number) => openArticle({ articleId, beside: true }), [openArticle]);

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
          {desk.panes.length > 0 && (
            <button
              type="button"
              className="link-button"
              aria-current={view.kind === 'reader' ? 'page' : undefined}
              onClick={() => setView({ kind: 'reader' })}
            >
              Desk <span className="muted">{desk.panes.length}</span>
            </button>
          )}
          {DESK_VIEWS.map((item) => (
            <button
              key={item.kind}
              type="button"
              className="link-button"
              aria-current={view.kind === item.kind ? 'page' : undefined}
              onClick={() => setView({ kind: item.kind })}
            >
              {item.label}
            </button>
          ))}
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
          <NoticeLine />
          <HistoryButtons history={history} />
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
          <LibraryView hidden={view.kind !== 'library'} searchRef={searchRef} onOpen={openFromLibrary} onOpenBeside={openBesideFromLibrary} onImport={openImport} />
        </ErrorBoundary>
        {view.kind === 'positions' && (
          <ErrorBoundary area="Positions">
            <PositionsView onOpenQuote={(q, beside) => openArticle({ articleId: q.articleId, beside, focusStatementId: q.statementId }, 'positions')} />
          </ErrorBoundary>
        )}
        <ErrorBoundary area="Briefings">
          <BriefingsView hidden={view.kind !== 'briefings'} onOpenSource={openSource} />
        </ErrorBoundary>
        {view.kind === 'reader' && (
          <ErrorBoundary area="The desk" onReset={backToLibrary}>
            <DeskView
              desk={desk}
              dispatch={dispatchDesk}
              onBack={view.from ? () => setView({ kind: view.from ?? 'library' }) : backToLibrary}
              backLabel={view.from === 'briefings' ? 'Back to briefing' : view.from === 'positions' ? 'Back to positions' : undefined}
              showLibrary={libraryBeside}
              onToggleLibrary={() => setLibraryBeside((shown) => !shown)}
              onShortcuts={() => setShortcutsOpen(true)}
              library={
                <LibraryView
                  hidden={false}
                  searchRef={sideSearchRef}
                  searchLabel="Search articles to open beside"
                  onOpen={openBesideFromLibrary}
                  onOpenBeside={openBesideFromLibrary}
                  onImport={openImport}
                />
              }
            />
          </ErrorBoundary>
        )}
        <ErrorBoundary area="The statement search">
          <StatementSearchView hidden={view.kind !== 'statements'} searchRef={statementSearchRef} onOpen={openArticle} preset={searchPreset} />
        </ErrorBoundary>
        {view.kind === 'actors' && (
          <ErrorBoundary area="The actors" onReset={backToLibrary}>
            <ActorsView hidden={false} onOpen={openArticle} />
          </ErrorBoundary>
        )}
        {view.kind === 'topics' && (
          <ErrorBoundary area="The topics" onReset={backToLibrary}>
            <TopicsView
              hidden={false}
              onShowStatements={(topic) => searchStatements({ topicIds: [topic.id] })}
              onLinkInDesk={(topic) => {
                dispatchDesk({ type: 'link', link: { kind: 'topic', topicId: topic.id, label: topic.name } });
                if (desk.panes.length > 0) setView({ kind: 'reader' });
              }}
            />
          </ErrorBoundary>
        )}
        {view.kind === 'orphans' && (
          <ErrorBoundary area="The orphans" onReset={backToLibrary}>
            <OrphansView hidden={false} onOpen={openArticle} />
          </ErrorBoundary>
        )}
        {shortcutsOpen && <ShortcutSheet onClose={() => setShortcutsOpen(false)} />}
      </main>

      <ImportPanel state={importState} onCancel={() => session.cancel()} onDismiss={() => session.dismiss()} />
      <StatusBar />
      <DropOverlay visible={dragging} />
    </div>
  );
}

function isTypingIn(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || Boolean(target.closest('input, textarea, select')));
}
