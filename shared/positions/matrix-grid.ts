import type { MatrixCell, MatrixQuote, PositionsMatrix, StanceKey, StanceMix } from '../domain/positions';
import { STANCE_ORDER } from './stance-style';

/** Stance counts kept per cell in PositionsMatrix.stances. */
export const STANCES_PER_CELL = STANCE_ORDER.length;
const STANCE_SLOT = new Map<StanceKey, number>(STANCE_ORDER.map((stance, i) => [stance, i]));

/** Where a stance's count sits among a cell's six. */
export function stanceSlot(stance: StanceKey): number {
  return STANCE_SLOT.get(stance)!;
}

/** The grid position of a cell: its row (nation) and column, by index. */
export function gridIndex(matrix: PositionsMatrix, row: number, column: number): number {
  return row * matrix.columns.length + column;
}

/** The stance mix of the cell at grid position `index`. */
export function stanceMixAt(matrix: PositionsMatrix, index: number): StanceMix {
  const mix = {} as StanceMix;
  STANCE_ORDER.forEach((stance, i) => (mix[stance] = matrix.stances[index * STANCES_PER_CELL + i] ?? 0));
  return mix;
}

/** The cell at a row and column (by index), or undefined when it holds no statement. */
export function matrixCell(matrix: PositionsMatrix, row: number, column: number): MatrixCell | undefined {
  const index = gridIndex(matrix, row, column);
  const count = matrix.counts[index] ?? 0;
  if (count === 0) return undefined;
  return { nation: matrix.nations[row]!, columnId: matrix.columns[column]!.id, count, stances: stanceMixAt(matrix, index), latest: matrix.latest[index] ?? null };
}

/** The cell of a nation (code) and column (id), or undefined when it holds no statement or is not in the matrix. */
export function findMatrixCell(matrix: PositionsMatrix, nation: string, columnId: number): MatrixCell | undefined {
  const row = matrix.nations.indexOf(nation);
  const column = matrix.columns.findIndex((c) => c.id === columnId);
  return row < 0 || column < 0 ? undefined : matrixCell(matrix, row, column);
}

/** An empty grid for these nations and columns, to be filled with addToCell. */
export function emptyGrid(nations: number, columns: number): Pick<PositionsMatrix, 'counts' | 'stances' | 'latest'> {
  const cells = nations * columns;
  return { counts: new Array<number>(cells).fill(0), stances: new Array<number>(cells * STANCES_PER_CELL).fill(0), latest: new Array<MatrixQuote | null>(cells).fill(null) };
}

/** Adds `n` statements of one stance to the cell at grid position `index`. */
export function addToCell(grid: Pick<PositionsMatrix, 'counts' | 'stances'>, index: number, stance: StanceKey, n: number): void {
  grid.counts[index]! += n;
  grid.stances[index * STANCES_PER_CELL + stanceSlot(stance)]! += n;
}

/** A matrix from a list of its non-empty cells (cells outside its nations or columns are left out). */
export function matrixFromCells(frame: Omit<PositionsMatrix, 'counts' | 'stances' | 'latest'>, cells: readonly MatrixCell[]): PositionsMatrix {
  const matrix: PositionsMatrix = { ...frame, ...emptyGrid(frame.nations.length, frame.columns.length) };
  const rows = new Map(frame.nations.map((nation, i) => [nation, i]));
  const columns = new Map(frame.columns.map((column, i) => [column.id, i]));
  for (const cell of cells) {
    const row = rows.get(cell.nation);
    const column = columns.get(cell.columnId);
    if (row === undefined || column === undefined) continue;
    const index = gridIndex(matrix, row, column);
    for (const stance of STANCE_ORDER) if (cell.stances[stance]) addToCell(matrix, index, stance, cell.stances[stance]);
    matrix.latest[index] = cell.latest;
  }
  return matrix;
}
