import Papa from 'papaparse';
import { SPREADSHEET_CSV } from './csv-options';
import type { PositionsNetwork } from '../domain/positions';
import { xmlText } from './xml-text';

/** The network as GraphML (undirected), readable by Gephi, yEd, Cytoscape and visone. */
export function networkToGraphml(network: PositionsNetwork): string {
  const keys = [
    '<key id="label" for="node" attr.name="label" attr.type="string"/>',
    '<key id="nation" for="node" attr.name="nation" attr.type="string"/>',
    '<key id="statements" for="node" attr.name="statements" attr.type="int"/>',
    '<key id="agree" for="edge" attr.name="agree" attr.type="int"/>',
    '<key id="disagree" for="edge" attr.name="disagree" attr.type="int"/>',
    '<key id="weight" for="edge" attr.name="weight" attr.type="int"/>',
    '<key id="agreeTopics" for="edge" attr.name="agree_topics" attr.type="string"/>',
    '<key id="disagreeTopics" for="edge" attr.name="disagree_topics" attr.type="string"/>',
  ];
  const nodes = network.nodes.map(
    (n) =>
      `    <node id="${xmlText(n.id)}"><data key="label">${xmlText(n.label)}</data><data key="nation">${xmlText(n.nation)}</data>` +
      `<data key="statements">${n.statements}</data></node>`,
  );
  const edges = network.edges.map(
    (e, i) =>
      `    <edge id="e${i + 1}" source="${xmlText(e.source)}" target="${xmlText(e.target)}">` +
      `<data key="agree">${e.agree}</data><data key="disagree">${e.disagree}</data><data key="weight">${e.agree - e.disagree}</data>` +
      `<data key="agreeTopics">${xmlText(e.agreeTopics.join('; '))}</data><data key="disagreeTopics">${xmlText(e.disagreeTopics.join('; '))}</data></edge>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys.map((k) => `  ${k}`),
    `  <graph id="parley-${network.kind}" edgedefault="undirected">`,
    ...nodes,
    ...edges,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}

/** One row per edge: who, with whom, how often they agree and disagree, and on what. */
export function networkToCsv(network: PositionsNetwork): string {
  const label = new Map(network.nodes.map((n) => [n.id, n.label]));
  return Papa.unparse(
    {
      fields: ['source', 'source_label', 'target', 'target_label', 'agree', 'disagree', 'agree_topics', 'disagree_topics'],
      data: network.edges.map((e) => [
        e.source,
        label.get(e.source) ?? e.source,
        e.target,
        label.get(e.target) ?? e.target,
        e.agree,
        e.disagree,
        e.agreeTopics.join('; '),
        e.disagreeTopics.join('; '),
      ]),
    },
    SPREADSHEET_CSV,
  );
}
