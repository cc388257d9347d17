import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { safeName } from '../../../../shared/text/safe-name';
import { articleTitle } from '../../app/article-title';
import { formatArticleDate, formatCount, plural } from '../../app/format';
import { ErrorMessage } from '../../app/error-message';
import { useDebouncedValue } from '../../app/use-debounced-value';
import type { ArticleSort } from '../../../../shared/domain/article-list';
import { ARTICLE_DRAG_TYPE } from '../desk/article-drag';
import { filterCount, LibraryFilters } from './library-filters';
import { useArticleRows, type ListFilters, type ListOrder } from './use-article-rows';

const ROW_HEIGHT = 30;
const SEARCH_DEBOUNCE_MS = 250;

interface Props {
  hidden: boolean;
  searchRef: RefObject<HTMLInputElement | null>;
  onOpen: (articleId: number) => void;
  /** Opens the article next to those already open on the desk (Shift+Enter). */
  onOpenBeside?: (articleId: number) => void;
  onImport: () => void;
  /** Label of the search box, so a second library (beside the desk) is told apart. */
  searchLabel?: string;
}

/** The sortable columns, and the order each opens in when first clicked. */
const COLUMNS: { label: string; className: string; sort: ArticleSort; first: 'asc' | 'desc' }[] = [
  { label: 'Title', className: 'title', sort: 'title', first: 'asc' },
  { label: 'Outlet', className: 'outlet', sort: 'outlet', first: 'asc' },
  { label: 'Date', className: 'date', sort: 'published', first: 'desc' },
  { label: 'Statements', className: 'count', sort: 'statements', first: 'desc' },
];

export const LibraryView = memo(function LibraryView({ hidden, searchRef, onOpen, onOpenBeside, onImport, searchLabel = 'Search articles' }: Props) {
  const [searchText, setSearchText] = useState('');
  const query = useDebouncedValue(searchText, SEARCH_DEBOUNCE_MS);
  const [order, setOrder] = useState<ListOrder>(null);
  const [filters, setFilters] = useState<ListFilters>({});
  const rows = useArticleRows(query, order, filters);
  const filtered = filterCount(filters) > 0;

  function sortBy(sort: ArticleSort, first: 'asc' | 'desc'): void {
    setOrder((current) => {
      if (current?.sort !== sort) return { sort, direction: first };
      // A third click returns to the default order.
      return current.direction === first ? { sort, direction: first === 'asc' ? 'desc' : 'asc' } : null;
    });
  }
  // Until the cache has switched to a new search, its total belongs to the old one.
  const total = rows.query === (query.trim() || undefined) ? rows.total : null;
  const [active, setActive] = useState(0);
  const scrollRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);

  const virtualizer = useVirtualizer({
    count: total ?? 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const firstIndex = items[0]?.index ?? 0;
  const lastIndex = items[items.length - 1]?.index ?? -1;

  useEffect(() => {
    rows.ensureRange(firstIndex, lastIndex);
  }, [rows, firstIndex, lastIndex, rows.version]);

  // A new search or order starts at the top.
  useEffect(() => {
    setActive(0);
    virtualizer.scrollToOffset(0);
  }, [query, order, filters, virtualizer]);

  useEffect(() => {
    if (total !== null && active >= total) setActive(Math.max(0, total - 1));
  }, [total, active]);

  function moveTo(index: number): void {
    if (!total) return;
    const next = Math.min(Math.max(index, 0), total - 1);
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  }

  function openActive(beside = false): void {
    const row = rows.row(active);
    if (!row) return;
    if (beside && onOpenBeside) onOpenBeside(row.id);
    else onOpen(row.id);
  }

  function onGridKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    const pageRows = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(active + 1),
      ArrowUp: () => moveTo(active - 1),
      PageDown: () => moveTo(active + pageRows),
      PageUp: () => moveTo(active - pageRows),
      Home: () => moveTo(0),
      End: () => moveTo((total ?? 1) - 1),
      Enter: () => openActive(event.shiftKey),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  }

  function onSearchKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.key === 'Escape' && searchText) {
      event.preventDefault();
      event.stopPropagation();
      setSearchText('');
    } else if (event.key === 'ArrowDown' || event.key === 'Enter') {
      event.preventDefault();
      gridRef.current?.focus();
    }
  }

  const trimmedQuery = query.trim();
  const isEmptyArchive = total === 0 && !trimmedQuery && !filtered;
  const noMatches = total === 0 && (Boolean(trimmedQuery) || filtered);
  // Only a row that is rendered can be the active descendant.
  const activeRowId = items.some((item) => item.index === active) ? `article-row-${active}` : undefined;

  return (
    <section className="library" aria-label="Library" hidden={hidden}>
      <div className="toolbar">
        <div className="search-field">
          <input
            ref={searchRef}
            type="search"
            aria-label={searchLabel}
            placeholder="Search articles and quotes   (Ctrl+F)"
            value={searchText}
            onChange={(event) => setSearchText(event.target.value)}
            onKeyDown={onSearchKeyDown}
            spellCheck={false}
          />
        </div>
        <p className="toolbar-note" role="status" aria-live="polite">
          {total === null
            ? rows.error
              ? ''
              : 'Loading…'
            : trimmedQuery
              ? `${plural(total, 'article matches', 'articles match')} “${trimmedQuery}”${filtered ? ' (filtered)' : ''}`
              : filtered
                ? plural(total, 'article matches the filters', 'articles match the filters')
                : plural(total, 'article', 'articles')}
        </p>
        {onOpenBeside && Boolean(total) && (
          <button type="button" className="toolbar-end" onClick={() => openActive(true)} title="Open the current row beside the open articles (Shift+Enter), or drag a row onto the desk">
            Open beside
          </button>
        )}
      </div>

      {(filtered || total !== 0) && <LibraryFilters filters={filters} onChange={setFilters} />}

      {rows.error && (
        <ErrorMessage
          title="The library could not be loaded"
          message={rows.error}
          onRetry={() => rows.reset(trimmedQuery || undefined)}
        />
      )}

      {isEmptyArchive && !rows.error && (
        <div className="empty-state">
          <h2>Your archive is empty</h2>
          <p>Drop article files or folders anywhere on this window, or choose Import… to pick them.</p>
          <p className="muted">Each file that cannot be read is listed with the reason; the others still import.</p>
          <button type="button" className="primary" onClick={onImport}>
            Import…
          </button>
        </div>
      )}

      {noMatches && !rows.error && (
        <div className="empty-state">
          <h2>{trimmedQuery ? `No articles match “${trimmedQuery}”` : 'No articles match these filters'}</h2>
          <p>
            {trimmedQuery ? 'Search looks through article text and quotes. Try fewer or different words.' : ''}
            {filtered ? ' Loosen or clear the filters above.' : ''}
          </p>
        </div>
      )}

      <div
        ref={gridRef}
        className="article-grid"
        role="grid"
        aria-label="Articles"
        aria-rowcount={(total ?? 0) + 1}
        aria-activedescendant={activeRowId}
        tabIndex={0}
        onKeyDown={onGridKeyDown}
        hidden={!total}
      >
        <div role="rowgroup" className="article-grid-head">
          <div role="row" aria-rowindex={1} className="article-row">
            {COLUMNS.map((column) => {
              const sorted = order?.sort === column.sort ? order.direction : null;
              return (
                <div
                  key={column.sort}
                  role="columnheader"
                  className={`cell ${column.className}`}
                  aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                >
                  <button type="button" className="column-sort" onClick={() => sortBy(column.sort, column.first)}>
                    {column.label}
                    <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                  </button>
                </div>
              );
            })}
          </div>
        </div>
        <div role="rowgroup" ref={scrollRef} className="article-grid-body">
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((item) => {
              const row = rows.row(item.index);
              const isActive = item.index === active;
              return (
                <div
                  key={item.key}
                  id={`article-row-${item.index}`}
                  role="row"
                  aria-rowindex={item.index + 2}
                  aria-selected={isActive}
                  className={`article-row${isActive ? ' is-active' : ''}${item.index % 2 ? ' is-odd' : ''}`}
                  style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                  onClick={() => {
                    setActive(item.index);
                    gridRef.current?.focus();
                  }}
                  onDoubleClick={() => row && onOpen(row.id)}
                  draggable={Boolean(row)}
                  onDragStart={(event) => {
                    if (!row) return;
                    event.dataTransfer.setData(ARTICLE_DRAG_TYPE, String(row.id));
                    event.dataTransfer.effectAllowed = 'copy';
                  }}
                >
                  {row ? (
                    <>
                      <div role="gridcell" className="cell title" title={articleTitle(row.title, row.originalName)}>
                        {row.title ?? <span className="muted">{safeName(row.originalName)}</span>}
                      </div>
                      <div role="gridcell" className="cell outlet">{row.outlet ?? ''}</div>
                      <div role="gridcell" className="cell date">{formatArticleDate(row.publishedAt)}</div>
                      <div role="gridcell" className="cell count">{formatCount(row.statementCount)}</div>
                    </>
                  ) : (
                    <div role="gridcell" className="cell placeholder" aria-busy="true">
                      <span className="skeleton" />
                    </div>
                  )}
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </section>
  );
});
