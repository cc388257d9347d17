import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { Group, Panel, Separator } from 'react-resizable-panels';
import type { DeskStatement, Topic } from '../../../../shared/domain/desk';
import { api, openExternal } from '../../api/client';
import { articleTitle } from '../../app/article-title';
import { ErrorMessage } from '../../app/error-message';
import { nationColour } from '../reader/nation-colours';
import { nationLabel } from '../reader/nation-label';
import { ArticleDetailsForm, describeDate } from './article-details';
import { EMPTY_SOURCE, useFoundOnCore, useTextSource } from './article-text-source';
import type { DeskPane, LinkSelection, OpenRequest } from './desk-state';
import { linkByNation, linkBySpeaker, matchesLink, sameLink } from './link-selection';
import { NewStatementForm } from './new-statement';
import { OrphanFix } from './orphan-fix';
import { QuotePairs } from './quote-pairs';
import { PaneText, type PaneTextHandle } from './pane-text';
import { StatementCards } from './statement-cards';
import { NotesEditor, reviewStatement, StatementTools, type ToolMode } from './statement-tools';
import { findAll, mergeRanges, type TextRange } from './text-ranges';
import { selectedSpan } from './text-offsets';
import { SpanHandles } from './span-handles';
import { publishStatement } from './statement-updates';
import { attempt } from './notices';
import { TopicChips } from './topic-tags';
import { usePaneData } from './use-pane-data';

const FLASH_MS = 1600;

export interface PaneProps {
  pane: DeskPane;
  index: number;
  active: boolean;
  paneCount: number;
  link: LinkSelection | null;
  topics: readonly Topic[];
  openArticleIds: ReadonlySet<number>;
  onActivate: (index: number) => void;
  onClose: (key: number) => void;
  onOpen: (request: OpenRequest) => void;
  onLink: (link: LinkSelection | null) => void;
  onFocusShown: (key: number) => void;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || Boolean(target.closest('input, textarea, select, form')));
}

/** One article on the desk: its text with highlights, its statements, its story, find-in-article. */
export const ArticlePane = memo(function ArticlePane(props: PaneProps) {
  const { pane, index, active, paneCount, link, topics, openArticleIds, onActivate, onClose, onOpen, onLink, onFocusShown } = props;
  const [side, setSide] = useState<'statements' | 'pairs'>('statements');
  const { data, reload } = usePaneData(pane.articleId, side === 'pairs');
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [flash, setFlash] = useState<{ id: number; nonce: number } | null>(null);
  const [mode, setMode] = useState<ToolMode>(null);
  const [editingDetails, setEditingDetails] = useState(false);
  const [articleNotes, setArticleNotes] = useState(false);
  const [findOpen, setFindOpen] = useState(false);
  const [findText, setFindText] = useState('');
  const [currentHit, setCurrentHit] = useState(0);
  const [pending, setPending] = useState<{ start: number; end: number; text: string } | null>(null);
  const [creating, setCreating] = useState<{ start: number; end: number; text: string } | null>(null);
  const textRef = useRef<HTMLDivElement>(null);
  /** The article's own text, without the pane's controls, is what offsets count. */
  const articleSpan = useCallback((): { start: number; end: number } | null => {
    const article = textRef.current?.querySelector<HTMLElement>('.article-text');
    return article ? selectedSpan(article) : null;
  }, []);
  const findRef = useRef<HTMLInputElement>(null);
  const paneText = useRef<PaneTextHandle>(null);

  const ready = data.status === 'ready' ? data : null;
  const statements = useMemo(() => ready?.statements ?? [], [ready]);
  const source = useTextSource(ready?.article ?? null, ready?.outline ?? null);
  /** The whole text when it came whole; a long article's comes in pieces through `source`. */
  const text = source?.whole ?? '';
  const coreFinds = ready !== null && ready.article.text === null;
  const foundOnCore = useFoundOnCore(pane.articleId, coreFinds && findOpen ? findText.trim() : '');

  // An orphan's offsets belong to the article's old text: it is listed with its card, not marked in this text.
  const anchored = useMemo(() => statements.filter((s) => s.anchorState === 'anchored'), [statements]);

  const linked = useMemo(() => {
    if (!link) return null;
    return new Set(statements.filter((s) => matchesLink(link, s, s.topics.map((t) => t.topicId))).map((s) => s.id));
  }, [link, statements]);

  const hits: readonly TextRange[] = useMemo(() => {
    if (findOpen && findText.trim()) return coreFinds ? foundOnCore : findAll(text, findText);
    return mergeRanges(pane.highlights);
  }, [findOpen, findText, text, pane.highlights, coreFinds, foundOnCore]);

  useEffect(() => {
    if (!flash) return;
    const timer = setTimeout(() => setFlash(null), FLASH_MS);
    return () => clearTimeout(timer);
  }, [flash]);

  const statementsRef = useRef(statements);
  useLayoutEffect(() => {
    statementsRef.current = statements;
  }, [statements]);
  const show = useCallback((id: number, scroll = true) => {
    setSelectedId(id);
    setFlash((previous) => ({ id, nonce: (previous?.nonce ?? 0) + 1 }));
    if (!scroll) return;
    // The text draws only what is on screen: scroll to where the statement starts, then to its mark.
    const statement = statementsRef.current.find((s) => s.id === id);
    if (statement) paneText.current?.reveal(statement.content.start, `[data-statement-ids~="${id}"]`);
  }, []);

  // Opened for one statement (a search hit, a pair, an actor page): show it once it is here.
  useEffect(() => {
    if (!ready || pane.focusStatementId === null) return;
    const id = pane.focusStatementId;
    const present = ready.statements.some((s) => s.id === id);
    // A long article's later statements are still coming: wait for the page that holds it.
    if (!present && !ready.statementsComplete) return;
    const frame = requestAnimationFrame(() => {
      if (present) show(id);
      else if (hits[0]) paneText.current?.reveal(hits[0].start, '.find-hit');
      onFocusShown(pane.key);
    });
    return () => cancelAnimationFrame(frame);
  }, [ready, hits, pane.focusStatementId, pane.key, show, onFocusShown]);

  // A pane that opens active takes the keyboard, so J/K work at once.
  const tookFocus = useRef(false);
  useEffect(() => {
    if (!ready || tookFocus.current) return;
    tookFocus.current = true;
    if (active) textRef.current?.focus({ preventScroll: true });
  }, [ready, active]);

  // The current find hit stays in view.
  useEffect(() => {
    const hit = hits[currentHit];
    if (!findOpen || !hit) return;
    paneText.current?.reveal(hit.start, `[data-hit="${currentHit}"]`);
  }, [findOpen, hits, currentHit]);

  const selected = statements.find((s) => s.id === selectedId) ?? null;

  function step(by: number): void {
    if (statements.length === 0) return;
    const at = statements.findIndex((s) => s.id === selectedId);
    const next = at < 0 ? (by > 0 ? 0 : statements.length - 1) : Math.min(Math.max(at + by, 0), statements.length - 1);
    setMode(null);
    show(statements[next]!.id);
  }

  function openFind(): void {
    setFindOpen(true);
    requestAnimationFrame(() => {
      findRef.current?.focus();
      findRef.current?.select();
    });
  }

  function startCreating(): void {
    const span = pending ?? spanWithText(articleSpan());
    if (!span) return;
    setCreating(span);
    setPending(null);
    setSide('statements');
  }

  function spanWithText(span: { start: number; end: number } | null): { start: number; end: number; text: string } | null {
    if (!span) return null;
    return { ...span, text: source?.slice(span.start, span.end) ?? window.getSelection()?.toString() ?? '' };
  }

  async function moveSpan(statement: DeskStatement, span: { start: number; end: number }): Promise<void> {
    const saved = await attempt('Moving the statement’s ends', api.invoke('statements.update', { id: statement.id, changes: span }));
    publishStatement(saved);
  }

  function onPaneKeyDown(event: KeyboardEvent<HTMLElement>): void {
    const ctrl = event.ctrlKey || event.metaKey;
    if (ctrl && !event.altKey && event.key.toLowerCase() === 'f') {
      event.preventDefault();
      event.stopPropagation();
      openFind();
      return;
    }
    if (event.key === 'Escape') {
      if (mode) setMode(null);
      else if (creating) setCreating(null);
      else if (editingDetails) setEditingDetails(false);
      else if (articleNotes) setArticleNotes(false);
      else if (findOpen) setFindOpen(false);
      else if (link) onLink(null);
      else return;
      event.preventDefault();
      return;
    }
    if (ctrl || event.altKey || isTyping(event.target)) return;
    const keys: Record<string, () => void> = {
      j: () => step(1),
      k: () => step(-1),
      c: () => selected && selected.reviewState !== 'rejected' && reviewStatement(selected, 'confirm'),
      x: () => selected && reviewStatement(selected, selected.reviewState === 'rejected' ? 'restore' : 'reject'),
      e: () => selected && setMode('edit'),
      t: () => selected && setMode('tag'),
      n: () => selected && setMode('note'),
      N: () => setArticleNotes((v) => !v),
      l: () => selected && onLink(linkBySpeaker(selected)),
      L: () => selected && onLink(linkByNation(selected.nation)),
      a: startCreating,
      s: () => ready?.siblings[0] && onOpen({ articleId: ready.siblings[0].id, beside: true }),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    action();
  }

  function onTextClick(event: MouseEvent<HTMLDivElement>): void {
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed) return;
    const mark = (event.target as HTMLElement).closest<HTMLElement>('mark[data-statement-ids]');
    if (!mark) return;
    const ids = (mark.dataset.statementIds ?? '').split(' ').map(Number).filter(Boolean);
    if (ids.length === 0) return;
    // Repeated clicks on nested statements walk outwards through them.
    const at = selectedId === null ? -1 : ids.indexOf(selectedId);
    const id = ids[(at + 1) % ids.length]!;
    setMode(null);
    show(id, false);
  }

  function onTextMouseUp(): void {
    const span = spanWithText(articleSpan());
    setPending(span && span.text.trim().length > 1 ? span : null);
  }

  // The cards redraw only when what they show changes, not with every render of the pane (a pane opening beside it, its story arriving).
  // One handler whatever is selected, so choosing a card draws again only the two cards that change.
  const selectedRef = useRef(selectedId);
  useLayoutEffect(() => {
    selectedRef.current = selectedId;
  }, [selectedId]);
  const selectCard = useCallback(
    (s: DeskStatement) => {
      if (s.id !== selectedRef.current) setMode(null);
      show(s.id);
    },
    [show],
  );
  const linkSpeaker = useCallback((s: DeskStatement) => onLink(sameLink(link, linkBySpeaker(s)) ? null : linkBySpeaker(s)), [link, onLink]);
  const linkNation = useCallback((code: string | null) => onLink(sameLink(link, linkByNation(code)) ? null : linkByNation(code)), [link, onLink]);
  const renderCardExtra = useCallback(
    (s: DeskStatement) => (
      <>
        {s.flaggedForReview && s.reviewState === 'unreviewed' && (
          <p className="candidate-note">Found again by the extractor next to a statement you reviewed: confirm or reject it.</p>
        )}
        {s.anchorState === 'orphaned' && <OrphanFix kind="statement" id={s.id} currentSelection={articleSpan} />}
        <TopicChips statement={s} />
      </>
    ),
    [articleSpan],
  );
  const renderCardTools = useCallback(
    (s: DeskStatement) => <StatementTools statement={s} topics={topics} mode={mode} onMode={setMode} currentSelection={articleSpan} />,
    [topics, mode, articleSpan],
  );

  const title = ready ? articleTitle(ready.article.title, ready.article.originalName) : '';
  const unreviewed = statements.filter((s) => s.reviewState === 'unreviewed').length;
  const offered = statements.filter((s) => s.flaggedForReview && s.reviewState === 'unreviewed').length;
  const nations = useMemo(() => {
    const counts = new Map<string | null, number>();
    for (const s of statements) {
      if (s.reviewState === 'rejected') continue;
      const key = s.nation?.toUpperCase() ?? null;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return [...counts].sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)));
  }, [statements]);

  return (
    <section
      className={`pane${active ? ' is-active' : ''}`}
      aria-label={title ? `Article: ${title}` : 'Article'}
      data-pane-index={index}
      data-article-id={pane.articleId}
      data-ready={data.status === 'ready'}
      data-statements-complete={ready?.statementsComplete ?? false}
      onFocusCapture={() => onActivate(index)}
      onMouseDownCapture={() => onActivate(index)}
      onKeyDown={onPaneKeyDown}
    >
      {data.status === 'loading' && <p className="muted loading-line">Opening the article…</p>}
      {data.status === 'failed' && <ErrorMessage title="This article could not be opened" message={data.message} onRetry={reload} />}
      {ready && (
        <>
          <header className="pane-header">
            <div className="pane-title-row">
              <h1 title={title}>{title}</h1>
              <div className="pane-actions">
                <button type="button" className="icon-button" onClick={openFind} title="Find in this article (Ctrl+F)" aria-label="Find in article">
                  ⌕
                </button>
                <button type="button" className="icon-button" onClick={() => setEditingDetails((v) => !v)} title="Edit title, outlet, author, date, language" aria-label="Edit article details">
                  ✎
                </button>
                <button
                  type="button"
                  className="icon-button"
                  onClick={() => setArticleNotes((v) => !v)}
                  aria-pressed={articleNotes}
                  title="Notes on this article (Shift+N)"
                  aria-label="Article notes"
                >
                  ✍
                </button>
                {paneCount > 1 && (
                  <button type="button" className="icon-button" onClick={() => onClose(pane.key)} title="Close this pane" aria-label="Close pane">
                    ×
                  </button>
                )}
              </div>
            </div>
            <p className="article-meta">
              {[ready.article.outlet ?? 'Outlet unknown', describeDate(ready.article.publishedAt), ready.article.byline && `By ${ready.article.byline}`, ready.article.language?.toUpperCase()]
                .filter(Boolean)
                .join(' · ')}
              {ready.article.url && /^https?:\/\//i.test(ready.article.url) && (
                <>
                  {' · '}
                  <a
                    href={ready.article.url}
                    rel="noopener noreferrer"
                    onClick={(event) => {
                      event.preventDefault();
                      openExternal(ready.article.url ?? '');
                    }}
                  >
                    source
                  </a>
                </>
              )}
            </p>
            {editingDetails && <ArticleDetailsForm article={ready.article} onDone={() => setEditingDetails(false)} />}
            {articleNotes && (
              <section className="article-notes" aria-label="Notes on this article">
                <h2>Notes on this article</h2>
                <NotesEditor target={{ kind: 'article', id: pane.articleId }} autoFocus />
              </section>
            )}
            {ready.siblings.length > 0 && (
              <div className="also-reported" aria-label="Also reported by">
                <span className="muted">Also reported by</span>
                {ready.siblings.map((sibling) => (
                  <button
                    key={sibling.id}
                    type="button"
                    className="sibling-chip"
                    title={`${articleTitle(sibling.title, sibling.originalName)} — open beside (S)`}
                    onClick={() => onOpen({ articleId: sibling.id, beside: true })}
                  >
                    {sibling.outlet ?? articleTitle(sibling.title, sibling.originalName)}
                    {openArticleIds.has(sibling.id) ? ' ✓' : ' ⇥'}
                  </button>
                ))}
              </div>
            )}
            {nations.length > 0 && (
              <ul className="nation-legend" aria-label="Nation colours">
                {nations.map(([code, count]) => {
                  const colour = nationColour(code);
                  const chosen = sameLink(link, linkByNation(code));
                  return (
                    <li key={code ?? 'none'}>
                      <button
                        type="button"
                        className={`legend-chip${chosen ? ' is-chosen' : ''}`}
                        aria-pressed={chosen}
                        data-nation={code ?? ''}
                        title="Link: light this nation's statements in every pane"
                        onClick={() => onLink(chosen ? null : linkByNation(code))}
                      >
                        <span className="swatch" aria-hidden="true" style={{ backgroundColor: colour.background, borderColor: colour.border }} />
                        {nationLabel(code)} <span className="muted">· {count}</span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            )}
          </header>
          {findOpen && (
            <div className="find-bar" role="search" aria-label="Find in article">
              <input
                ref={findRef}
                type="search"
                aria-label="Find in this article"
                placeholder="Find in this article"
                value={findText}
                onChange={(event) => {
                  setFindText(event.target.value);
                  setCurrentHit(0);
                }}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' && hits.length > 0) {
                    event.preventDefault();
                    setCurrentHit((n) => (n + (event.shiftKey ? hits.length - 1 : 1)) % hits.length);
                  } else if (event.key === 'Escape') {
                    event.preventDefault();
                    event.stopPropagation();
                    setFindOpen(false);
                    textRef.current?.focus();
                  }
                }}
              />
              <span className="muted find-count" role="status">
                {findText.trim() ? (hits.length === 0 ? 'No matches' : `${currentHit + 1} of ${hits.length}`) : ''}
              </span>
              <button type="button" disabled={hits.length === 0} onClick={() => setCurrentHit((n) => (n + hits.length - 1) % hits.length)} aria-label="Previous match">
                ↑
              </button>
              <button type="button" disabled={hits.length === 0} onClick={() => setCurrentHit((n) => (n + 1) % hits.length)} aria-label="Next match">
                ↓
              </button>
              <button type="button" className="icon-button" aria-label="Close find" onClick={() => setFindOpen(false)}>
                ×
              </button>
            </div>
          )}
          {ready.incomplete && (
            <div className="pane-incomplete" role="alert">
              <span>{ready.incomplete}.</span>
              <button type="button" onClick={reload}>
                Try again
              </button>
            </div>
          )}
          <Group orientation="horizontal" className="pane-body" id={`pane-body-${pane.key}`}>
            <Panel id="text" minSize="30%" defaultSize={paneCount > 2 ? '55%' : '62%'}>
              <div
                className="pane-text"
                ref={textRef}
                tabIndex={0}
                role="region"
                aria-label="Article text"
                onClick={onTextClick}
                onMouseUp={onTextMouseUp}
                onScroll={() => pending && setPending(null)}
              >
                {pending && (
                  <div className="selection-offer">
                    <button type="button" className="primary" onMouseDown={(event) => event.preventDefault()} onClick={startCreating} title="Add the selected words as a statement (A)">
                      Add as statement
                    </button>
                  </div>
                )}
                <SpanHandles
                  container={textRef}
                  text={text}
                  span={selected && selected.reviewState !== 'rejected' && selected.anchorState === 'anchored' ? selected.content : null}
                  onCommit={(span) => selected && void moveSpan(selected, span)}
                />
                <PaneText
                  source={source ?? EMPTY_SOURCE}
                  statements={anchored}
                  selectedId={selectedId}
                  linked={linked}
                  hits={hits}
                  currentHit={findOpen ? currentHit : -1}
                  flash={flash}
                  scrollRef={textRef}
                  handle={paneText}
                />
              </div>
            </Panel>
            <Separator className="separator" />
            <Panel id="side" minSize="22%">
              <aside className="statements-panel" aria-label="Statements of this article">
                <div className="side-tabs" role="tablist">
                  <button type="button" role="tab" aria-selected={side === 'statements'} onClick={() => setSide('statements')}>
                    Statements{' '}
                    <span className="muted" title={ready.statementsComplete ? undefined : 'More statements are still loading'}>
                      {statements.length}
                      {ready.statementsComplete ? '' : '…'}
                    </span>
                    {unreviewed > 0 && (
                      <span className="unreviewed-count" title={`${unreviewed} not reviewed yet`}>
                        {unreviewed}
                      </span>
                    )}
                    {offered > 0 && (
                      <span className="offered-count" title={`${offered} found again by a re-extraction next to a statement you reviewed: confirm or reject them`}>
                        ⚑ {offered}
                      </span>
                    )}
                  </button>
                  <button type="button" role="tab" aria-selected={side === 'pairs'} onClick={() => setSide('pairs')} title="The same statements reported by other articles">
                    Same quotes <span className="muted">{ready.pairsState === 'done' ? ready.pairs.length : '…'}</span>
                  </button>
                </div>
                {creating && (
                  <NewStatementForm
                    articleId={pane.articleId}
                    span={creating}
                    onDone={(id) => {
                      setCreating(null);
                      if (id !== null) show(id);
                    }}
                  />
                )}
                {side === 'statements' ? (
                  <StatementCards
                    statements={statements}
                    selectedId={selectedId}
                    linked={linked}
                    onSelect={selectCard}
                    onLinkSpeaker={linkSpeaker}
                    onLinkNation={linkNation}
                    renderExtra={renderCardExtra}
                    renderTools={renderCardTools}
                  />
                ) : ready.pairsState !== 'done' ? (
                  <p className="muted panel-empty" role="status">
                    Looking for the same quotes in other articles…
                  </p>
                ) : (
                  <QuotePairs
                    articleId={pane.articleId}
                    pairs={ready.pairs}
                    openArticleIds={openArticleIds}
                    onShowStatement={(id) => {
                      setSide('statements');
                      show(id);
                    }}
                    onOpenBeside={(articleId, statementId) => onOpen({ articleId, beside: true, focusStatementId: statementId })}
                  />
                )}
              </aside>
            </Panel>
          </Group>
        </>
      )}
    </section>
  );
});
