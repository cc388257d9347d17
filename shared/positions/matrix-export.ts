import Papa from 'papaparse';
import { SPREADSHEET_CSV } from './csv-options';
import type { PositionsMatrix } from '../domain/positions';
import { matrixCell } from './matrix-grid';
import { quoted, STANCE_COLOURS, STANCE_ORDER } from './stance-style';
import { xmlText } from './xml-text';

export const NO_STATEMENT = 'no statement found';

/** One row per nation and column, empty cells included and named as such. */
export function matrixToCsv(matrix: PositionsMatrix, nationLabel: (code: string) => string): string {
  const rows: (string | number)[][] = [];
  for (const [r, nation] of matrix.nations.entries()) {
    for (const [c, column] of matrix.columns.entries()) {
      const cell = matrixCell(matrix, r, c);
      const q = cell?.latest;
      rows.push([
        nation,
        nationLabel(nation),
        column.detail && matrix.columnKind === 'topics' ? column.detail : column.label,
        cell ? cell.count : NO_STATEMENT,
        ...STANCE_ORDER.map((s) => (cell ? cell.stances[s] : '')),
        q?.text ?? '',
        q?.speakerName ?? '',
        q?.outlet ?? '',
        q?.publishedAt?.slice(0, 10) ?? '',
      ]);
    }
  }
  return Papa.unparse(
    {
      fields: ['nation_code', 'nation', matrix.columnKind === 'topics' ? 'topic' : matrix.columnKind === 'stories' ? 'story' : 'article', 'statements',
        ...STANCE_ORDER.map((s) => (s === 'unset' ? 'no_stance' : s)), 'latest_quote', 'latest_speaker', 'latest_outlet', 'latest_date'],
      data: rows,
    },
    SPREADSHEET_CSV,
  );
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** The matrix as a picture: stance bars, counts and the latest quote per cell, as the screen shows them. */
export function matrixToSvg(matrix: PositionsMatrix, nationLabel: (code: string) => string, title: string): string {
  const rowHead = 170;
  const colWidth = 210;
  const headHeight = 64;
  const rowHeight = 74;
  const width = rowHead + colWidth * Math.max(1, matrix.columns.length) + 16;
  const height = headHeight + 32 + rowHeight * Math.max(1, matrix.nations.length) + 16;
  const font = `font-family="Inter, 'Segoe UI', Helvetica, Arial, sans-serif"`;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ${font} font-size="12">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="12" y="22" font-size="15" font-weight="600" fill="#1d2330">${xmlText(title)}</text>`,
  ];
  const top = 32;
  matrix.columns.forEach((column, i) => {
    const x = rowHead + i * colWidth;
    out.push(`<text x="${x + 8}" y="${top + 22}" font-weight="600" fill="#1d2330">${xmlText(clip(column.label, 30))}</text>`);
    if (column.detail) out.push(`<text x="${x + 8}" y="${top + 40}" fill="#5b6475" font-size="11">${xmlText(clip(column.detail, 34))}</text>`);
  });
  matrix.nations.forEach((nation, r) => {
    const y = top + headHeight + r * rowHeight;
    out.push(`<line x1="0" x2="${width}" y1="${y}" y2="${y}" stroke="#e3e6eb"/>`);
    out.push(`<text x="12" y="${y + 24}" font-weight="600" fill="#1d2330">${xmlText(clip(nationLabel(nation), 24))}</text>`);
    matrix.columns.forEach((_column, c) => {
      const x = rowHead + c * colWidth;
      const cell = matrixCell(matrix, r, c);
      if (!cell) {
        out.push(`<text x="${x + 8}" y="${y + 24}" fill="#8a94a3" font-style="italic">${NO_STATEMENT}</text>`);
        return;
      }
      let offset = 0;
      const barWidth = colWidth - 60;
      for (const stance of STANCE_ORDER) {
        const n = cell.stances[stance];
        if (!n) continue;
        const w = (barWidth * n) / cell.count;
        out.push(`<rect x="${(x + 8 + offset).toFixed(1)}" y="${y + 12}" width="${w.toFixed(1)}" height="10" fill="${STANCE_COLOURS[stance]}"/>`);
        offset += w;
      }
      out.push(`<text x="${x + colWidth - 44}" y="${y + 22}" font-weight="600" fill="#1d2330">${cell.count}</text>`);
      if (cell.latest) {
        out.push(`<text x="${x + 8}" y="${y + 42}" fill="#2b3240">${xmlText(clip(quoted(cell.latest.text), 34))}</text>`);
        const source = [cell.latest.speakerName, cell.latest.outlet].filter(Boolean).join(', ');
        out.push(`<text x="${x + 8}" y="${y + 58}" fill="#5b6475" font-size="11">${xmlText(clip(source, 36))}</text>`);
      }
    });
  });
  out.push('</svg>');
  return out.join('\n');
}
