import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import type { PositionsNetwork } from '../domain/positions';

export interface PlacedNode {
  id: string;
  x: number;
  y: number;
  radius: number;
}

interface LayoutNode extends SimulationNodeDatum {
  id: string;
  radius: number;
}

interface LayoutLink extends SimulationLinkDatum<LayoutNode> {
  /** Topics agreed on less topics disagreed on. */
  balance: number;
}

/** Every node's circle grows with its statements, up to a cap, so a talkative nation does not hide its neighbours. */
export function nodeRadius(statements: number): number {
  return 6 + Math.min(10, Math.sqrt(statements));
}

const TICKS = 300;

/**
 * A force-directed layout of the discourse network (d3-force, run to rest at once, so the same network
 * always lands the same way): agreement pulls two nodes close, disagreement holds them apart, and
 * every node repels the others, so those who agree gather into visible clusters. The result is
 * fitted into a `width` × `height` box, `margin` from its edges (room for the labels).
 */
export function layoutNetwork(network: PositionsNetwork, width: number, height: number, margin: number): Map<string, PlacedNode> {
  const nodes: LayoutNode[] = network.nodes.map((node) => ({ id: node.id, radius: nodeRadius(node.statements) }));
  const known = new Set(nodes.map((n) => n.id));
  const links: LayoutLink[] = network.edges
    .filter((edge) => known.has(edge.source) && known.has(edge.target))
    .map((edge) => ({ source: edge.source, target: edge.target, balance: edge.agree - edge.disagree }));

  const simulation = forceSimulation<LayoutNode>(nodes)
    .force(
      'link',
      forceLink<LayoutNode, LayoutLink>(links)
        .id((node) => node.id)
        // The more topics two agree on, the shorter and stiffer the link; a net disagreement is a long, slack one.
        .distance((link) => (link.balance > 0 ? 40 + 80 / link.balance : link.balance < 0 ? 320 : 180))
        .strength((link) => (link.balance > 0 ? Math.min(1, 0.4 + 0.15 * link.balance) : 0.08)),
    )
    .force('charge', forceManyBody<LayoutNode>().strength(-260))
    .force('collide', forceCollide<LayoutNode>((node) => node.radius + 14))
    .force('centre', forceCenter(0, 0))
    .stop();
  simulation.tick(TICKS);

  const placed = new Map<string, PlacedNode>();
  if (nodes.length === 0) return placed;
  const xs = nodes.map((n) => n.x ?? 0);
  const ys = nodes.map((n) => n.y ?? 0);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // One scale for both axes keeps the distances the forces settled on comparable.
  const spanX = maxX - minX;
  const spanY = maxY - minY;
  const scale = Math.min(spanX > 0 ? (width - 2 * margin) / spanX : Infinity, spanY > 0 ? (height - 2 * margin) / spanY : Infinity);
  const fit = Number.isFinite(scale) ? scale : 1;
  const offsetX = width / 2 - ((minX + maxX) / 2) * fit;
  const offsetY = height / 2 - ((minY + maxY) / 2) * fit;
  for (const node of nodes) {
    placed.set(node.id, { id: node.id, x: (node.x ?? 0) * fit + offsetX, y: (node.y ?? 0) * fit + offsetY, radius: node.radius });
  }
  return placed;
}
