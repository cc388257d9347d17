import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import type { MatrixColumn, PositionsMatrix } from '../../../../shared/domain/positions';
import { quoted } from '../../../../shared/positions/stance-style';
import { matrixToCsv, matrixToSvg, NO_STATEMENT } from '../../../../shared/positions/matrix-export';
import { matrixCell } from '../../../../shared/positions/matrix-grid';
import { ErrorMessage } from '../../app/error-message';
import { plural } from '../../app/format';
import { download, fileStem, svgToPng } from './downloads';
import { nationText } from './nation-text';
import type { PositionsState } from './positions-state';
import { QuoteCard, type OpenQuote } from './quote-card';
import { StanceBar, StanceLegend } from './stance-bar';
import { usePositionsData } from './use-positions-data';

interface Props {
  state: PositionsState;
  onChange: (next: PositionsState) => void;
  onOpen: OpenQuote;
}

const CELL_QUOTES = 200;

export function MatrixView({ state, onChange, onOpen }: Props) {
  const { state: loaded, reload } = usePositionsData('positions.matrix', { filters: state.filters, columns: state.columns });
  const gridRef = useRef<HTMLTableElement>(null);
  // The grid keeps one selection handler for good, reading the latest state when a cell is chosen:
  // a change of filters then leaves the grid as drawn until the new matrix arrives, not drawn twice.
  const latest = useRef({ state, onChange });
  useLayoutEffect(() => {
    latest.current = { state, onChange };
  });
  const select = useCallback((cell: { nation: string; columnId: number }) => latest.current.onChange({ ...latest.current.state, cell }), []);

  if (loaded.status === 'loading') return <p className="muted loading-line">Counting statements…</p>;
  if (loaded.status === 'failed') return <ErrorMessage title="The matrix could not be built" message={loaded.message} onRetry={reload} />;
  const matrix = loaded.data;
  const openCell = state.cell && matrix.columns.some((c) => c.id === state.cell!.columnId) ? state.cell : null;

  return (
    <div className="matrix-layout">
      <div className="matrix-main">
        <MatrixToolbar matrix={matrix} state={state} onChange={onChange} />
        {matrix.nations.length === 0 ? (
          <div className="empty-state">
            <h2>No statements to compare</h2>
            <p className="muted">
              {Object.keys(state.filters).length
                ? 'No statement matches these filters. Widen the period or choose more outlets.'
                : 'Import articles: every statement extraction finds is placed here by nation.'}
            </p>
          </div>
        ) : (
          <MatrixGrid
            matrix={matrix}
            gridRef={gridRef}
            selectedNation={openCell?.nation ?? null}
            selectedColumnId={openCell?.columnId ?? null}
            onSelect={select}
          />
        )}
      </div>
      {openCell && (
        <CellPanel
          key={`${openCell.nation}:${openCell.columnId}`}
          state={state}
          column={matrix.columns.find((c) => c.id === openCell.columnId)!}
          nation={openCell.nation}
          onOpen={onOpen}
          onClose={() => {
            onChange({ ...state, cell: null });
            requestAnimationFrame(() => gridRef.current?.querySelector<HTMLElement>('[aria-selected="true"]')?.focus());
          }}
        />
      )}
    </div>
  );
}

function MatrixToolbar({ matrix, state, onChange }: { matrix: PositionsMatrix; state: PositionsState; onChange: (s: PositionsState) => void }) {
  const title = matrix.columnKind === 'topics' ? 'Positions by nation and topic' : `Statements by nation and ${matrix.columnKind === 'stories' ? 'story' : 'article'}`;
  const svg = () => matrixToSvg(matrix, nationText, title);
  return (
    <div className="toolbar positions-toolbar">
      <label>
        Columns{' '}
        <select value={state.columns} onChange={(e) => onChange({ ...state, columns: e.target.value as PositionsState['columns'], cell: null })}>
          <option value="auto">Topics once tagged</option>
          <option value="topics">Topics</option>
          <option value="articles">Articles</option>
          <option value="stories">Stories</option>
        </select>
      </label>
      {matrix.columnKind !== 'topics' && (
        <span className="toolbar-note muted">
          From extraction alone{matrix.hiddenColumns > 0 ? `: the ${matrix.columns.length} most recent, ${plural(matrix.hiddenColumns, 'more', 'more')} not shown` : ''}. Tag statements with
          topics to compare positions.
        </span>
      )}
      <span className="spacer" />
      {matrix.columnKind === 'topics' && <StanceLegend />}
      <button type="button" onClick={() => download(`${fileStem(title)}.csv`, matrixToCsv(matrix, nationText), 'text/csv')}>
        Export CSV
      </button>
      <button type="button" onClick={() => download(`${fileStem(title)}.svg`, svg(), 'image/svg+xml')}>
        Export SVG
      </button>
      <button type="button" onClick={() => void svgToPng(svg()).then((png) => download(`${fileStem(title)}.png`, png, 'image/png'))}>
        Export PNG
      </button>
    </div>
  );
}

/** Every cell has one size, so the grid can draw only what is in view (hundreds of cells, not thousands). */
const ROW_HEIGHT = 96;
const COLUMN_WIDTH = 220;
const NATION_WIDTH = 150;
const HEAD_HEIGHT = 52;

const MatrixGrid = memo(function MatrixGrid({
  matrix,
  gridRef,
  selectedNation,
  selectedColumnId,
  onSelect,
}: {
  matrix: PositionsMatrix;
  gridRef: React.RefObject<HTMLTableElement | null>;
  selectedNation: string | null;
  selectedColumnId: number | null;
  onSelect: (cell: { nation: string; columnId: number }) => void;
}) {
  const selected = selectedNation !== null && selectedColumnId !== null ? { nation: selectedNation, columnId: selectedColumnId } : null;
  const scrollRef = useRef<HTMLDivElement>(null);
  // Rows and columns out of view are not drawn: the sticky nation column and header stay, spacers keep the scroll size.
  const rows = useVirtualizer({
    count: matrix.nations.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    paddingStart: HEAD_HEIGHT,
    overscan: 6,
  });
  const columns = useVirtualizer({
    horizontal: true,
    count: matrix.columns.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => COLUMN_WIDTH,
    paddingStart: NATION_WIDTH,
    overscan: 2,
  });
  const shownRows = rows.getVirtualItems();
  const shownColumns = columns.getVirtualItems();
  const top = (shownRows[0]?.start ?? HEAD_HEIGHT) - HEAD_HEIGHT;
  const bottom = rows.getTotalSize() - (shownRows[shownRows.length - 1]?.end ?? HEAD_HEIGHT);
  const left = (shownColumns[0]?.start ?? NATION_WIDTH) - NATION_WIDTH;
  const right = columns.getTotalSize() - (shownColumns[shownColumns.length - 1]?.end ?? NATION_WIDTH);
  const spanned = shownColumns.length + (left > 0 ? 1 : 0) + (right > 0 ? 1 : 0) + 1;

  // Arrow keys move between cells, as in a spreadsheet (scrolling the next one into view); Enter or Space opens one.
  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const target = event.target as HTMLElement;
    const row = Number(target.dataset.row);
    const col = Number(target.dataset.col);
    if (!Number.isInteger(row) || !Number.isInteger(col)) return;
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], Home: [0, -col], End: [0, matrix.columns.length - 1 - col] };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const [nextRow, nextCol] = [row + move[0], col + move[1]];
    if (nextRow < 0 || nextRow >= matrix.nations.length || nextCol < 0 || nextCol >= matrix.columns.length) return;
    rows.scrollToIndex(nextRow);
    columns.scrollToIndex(nextCol);
    const focus = (tries: number) => {
      const next = gridRef.current?.querySelector<HTMLElement>(`[data-row="${nextRow}"][data-col="${nextCol}"]`);
      if (next) next.focus();
      else if (tries > 0) requestAnimationFrame(() => focus(tries - 1));
    };
    focus(10);
  };

  return (
    <div className="matrix-scroll" ref={scrollRef}>
      <table
        className="matrix"
        role="grid"
        aria-label="Positions matrix"
        aria-rowcount={matrix.nations.length + 1}
        aria-colcount={matrix.columns.length + 1}
        ref={gridRef}
        onKeyDown={onKeyDown}
        style={{ width: columns.getTotalSize() }}
      >
        <thead>
          <tr aria-rowindex={1} style={{ height: HEAD_HEIGHT }}>
            <th scope="col" className="matrix-corner" style={{ width: NATION_WIDTH }}>
              Nation
            </th>
            {left > 0 && <th className="matrix-spacer" aria-hidden="true" style={{ width: left }} />}
            {shownColumns.map((c) => (
              <ColumnHead key={matrix.columns[c.index]!.id} column={matrix.columns[c.index]!} index={c.index} />
            ))}
            {right > 0 && <th className="matrix-spacer" aria-hidden="true" style={{ width: right }} />}
          </tr>
        </thead>
        <tbody>
          {top > 0 && (
            <tr className="matrix-spacer" aria-hidden="true" style={{ height: top }}>
              <td colSpan={spanned} />
            </tr>
          )}
          {shownRows.map(({ index: r }) => {
            const nation = matrix.nations[r]!;
            return (
              <tr key={nation || 'unknown'} aria-rowindex={r + 2} style={{ height: ROW_HEIGHT }}>
                <th scope="row" className="matrix-nation" aria-colindex={1}>
                  {nationText(nation)}
                </th>
                {left > 0 && <td className="matrix-spacer" aria-hidden="true" />}
                {shownColumns.map(({ index: c }) => {
                  const column = matrix.columns[c]!;
                  // Read straight from the answer's flat grid: only the cells in view are ever looked at.
                  const cell = matrixCell(matrix, r, c);
                  const isSelected = selected?.nation === nation && selected.columnId === column.id;
                  const label = `${nationText(nation)}, ${column.label}: ${cell ? plural(cell.count, 'statement', 'statements') : NO_STATEMENT}`;
                  return (
                    <td key={column.id} className={cell ? 'matrix-cell' : 'matrix-cell is-empty'} aria-colindex={c + 2}>
                    <button
                      type="button"
                      className="matrix-cell-button"
                      data-row={r}
                      data-col={c}
                      tabIndex={(selected ? isSelected : r === 0 && c === 0) ? 0 : -1}
                      aria-selected={isSelected}
                      aria-label={label}
                      disabled={false}
                      onClick={() => cell && onSelect({ nation, columnId: column.id })}
                    >
                      {cell ? (
                        <>
                          <span className="matrix-cell-head">
                            <StanceBar stances={cell.stances} count={cell.count} />
                            <span className="matrix-count">{cell.count}</span>
                          </span>
                          {cell.latest && (
                            <span className="matrix-quote">
                              {quoted(cell.latest.text)}
                              <span className="matrix-quote-source">
                                {[cell.latest.speakerName, cell.latest.outlet].filter(Boolean).join(', ')}
                              </span>
                            </span>
                          )}
                        </>
                      ) : (
                        <span className="muted matrix-empty">{NO_STATEMENT}</span>
                      )}
                    </button>
                  </td>
                );
              })}
                {right > 0 && <td className="matrix-spacer" aria-hidden="true" />}
              </tr>
            );
          })}
          {bottom > 0 && (
            <tr className="matrix-spacer" aria-hidden="true" style={{ height: bottom }}>
              <td colSpan={spanned} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
});

function ColumnHead({ column, index }: { column: MatrixColumn; index: number }) {
  return (
    <th scope="col" className="matrix-column" title={column.detail ?? column.label} aria-colindex={index + 2} style={{ width: COLUMN_WIDTH }}>
      <span className="matrix-column-label">{column.label}</span>
      {column.detail && <span className="matrix-column-detail muted">{column.detail}</span>}
    </th>
  );
}

function CellPanel({
  state,
  column,
  nation,
  onOpen,
  onClose,
}: {
  state: PositionsState;
  column: MatrixColumn;
  nation: string;
  onOpen: OpenQuote;
  onClose: () => void;
}) {
  const { state: loaded, reload } = usePositionsData('positions.cell', {
    filters: state.filters,
    nation,
    column: { kind: column.kind, id: column.id },
    limit: CELL_QUOTES,
  });
  return (
    <aside
      className="cell-panel"
      aria-label={`Quotes: ${nationText(nation)} on ${column.label}`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <div className="panel-heading">
        <span>
          <strong>{nationText(nation)}</strong> · {column.label}
        </span>
        <button type="button" className="small" onClick={onClose} aria-label="Close the quotes" autoFocus>
          ✕
        </button>
      </div>
      {loaded.status === 'loading' && <p className="muted loading-line">Loading quotes…</p>}
      {loaded.status === 'failed' && <ErrorMessage title="The quotes could not be loaded" message={loaded.message} onRetry={reload} />}
      {loaded.status === 'ready' && (
        <>
          <p className="muted cell-panel-count">
            {plural(loaded.data.total, 'statement', 'statements')}
            {loaded.data.total > loaded.data.quotes.length ? `, the ${loaded.data.quotes.length} newest shown` : ''}
          </p>
          <div className="quote-list">
            {loaded.data.quotes.map((quote) => (
              <QuoteCard key={quote.statementId} quote={quote} onOpen={onOpen} showStance={column.kind === 'topics'} />
            ))}
          </div>
        </>
      )}
    </aside>
  );
}
