import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import type { MatrixCell, MatrixQuote, PositionsMatrix, PositionsNetwork } from '../../../shared/domain/positions';
import { matrixToCsv, matrixToSvg } from '../../../shared/positions/matrix-export';
import { matrixFromCells } from '../../../shared/positions/matrix-grid';
import { networkToCsv, networkToGraphml } from '../../../shared/positions/network-export';

const quote = (text: string): MatrixQuote => ({
  statementId: 1,
  text,
  speakerName: 'Anna <Berg> & Co',
  outlet: 'Wire, "Daily"',
  publishedAt: '2026-03-01',
  stance: 'opposes',
});

const cell = (nation: string, columnId: number, text: string): MatrixCell => ({
  nation,
  columnId,
  count: 3,
  stances: { supports: 1, opposes: 2, concerned: 0, neutral: 0, ambiguous: 0, unset: 0 },
  latest: quote(text),
});

const matrix: PositionsMatrix = matrixFromCells(
  {
    columnKind: 'topics',
    columns: [
      { kind: 'topics', id: 1, label: 'Arms, "transfers"', detail: null },
      { kind: 'topics', id: 2, label: 'Sanctions', detail: 'Security › Sanctions' },
    ],
    nations: ['US', 'RU'],
    hiddenColumns: 0,
  },
  [cell('US', 1, '=cmd|\' /C calc\'!A0'), cell('RU', 2, 'Line one,\nline "two"')],
);

const network: PositionsNetwork = {
  kind: 'nations',
  nodes: [
    { id: 'US', label: 'United States', nation: 'US', statements: 3 },
    { id: 'RU', label: 'Russia & <friends>', nation: 'RU', statements: 2 },
  ],
  edges: [{ source: 'RU', target: 'US', agree: 0, disagree: 2, agreeTopics: [], disagreeTopics: ['Arms, "transfers"', 'Sanctions\u0001'] }],
};

const label = (code: string) => ({ US: 'United States', RU: 'Russia' })[code] ?? code;

async function wellFormed(xml: string) {
  // Normalisation alone parses the document: it fails on anything that is not well-formed XML.
  return validateXML({ xml: [{ fileName: 'doc.xml', contents: xml }], normalization: 'format' });
}

describe('positions exports', () => {
  it('writes the matrix as CSV with empty cells named and every awkward value escaped', () => {
    const rows = Papa.parse<Record<string, string>>(matrixToCsv(matrix, label), { header: true }).data.filter((r) => r.nation_code);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatchObject({ nation: 'United States', topic: 'Arms, "transfers"', statements: '3', supports: '1', opposes: '2', latest_outlet: 'Wire, "Daily"' });
    // A formula-looking quote stays text in a spreadsheet.
    expect(rows[0]!.latest_quote).toBe('\'=cmd|\' /C calc\'!A0');
    expect(rows[1]).toMatchObject({ topic: 'Security › Sanctions', statements: 'no statement found', supports: '' });
    expect(rows[3]!.latest_quote).toBe('Line one,\nline "two"');
  });

  it('draws the matrix as a well-formed SVG picture', async () => {
    const svg = matrixToSvg(matrix, label, 'Positions & <stances>');
    const result = await wellFormed(svg);
    expect(result.errors).toEqual([]);
    expect(svg).toContain('no statement found');
    expect(svg).toContain('Anna &lt;Berg&gt; &amp; Co');
  });

  it('writes the network as well-formed GraphML and as a CSV edge list', async () => {
    const graphml = networkToGraphml(network);
    const result = await wellFormed(graphml);
    expect(result.errors).toEqual([]);
    expect(graphml).toContain('<edge id="e1" source="RU" target="US">');
    expect(graphml).toContain('Russia &amp; &lt;friends&gt;');
    const rows = Papa.parse<Record<string, string>>(networkToCsv(network), { header: true }).data.filter((r) => r.source);
    expect(rows).toEqual([
      { source: 'RU', source_label: 'Russia & <friends>', target: 'US', target_label: 'United States', agree: '0', disagree: '2', agree_topics: '', disagree_topics: 'Arms, "transfers"; Sanctions\u0001' },
    ]);
  });
});
