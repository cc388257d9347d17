import type { UnparseConfig } from 'papaparse';

/**
 * CSV as spreadsheets read it. A cell starting with = + - @ (or a tab or carriage return) would run as a
 * formula, so it is kept as text; Papa's own check misses multi-line cells, hence the explicit pattern.
 */
export const SPREADSHEET_CSV: UnparseConfig = { escapeFormulae: /^[=+\-@\t\r]/, newline: '\r\n' };
