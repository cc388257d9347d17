import { describe, expect, it } from 'vitest';
import type { NetworkEdge, PositionsNetwork } from '../../../shared/domain/positions';
import { layoutNetwork } from '../../../shared/positions/network-layout';

const edge = (source: string, target: string, agree: number, disagree: number): NetworkEdge => ({
  source,
  target,
  agree,
  disagree,
  agreeTopics: Array.from({ length: agree }, (_, i) => `Topic ${i}`),
  disagreeTopics: Array.from({ length: disagree }, (_, i) => `Topic ${i}`),
});

/** Two blocs: the US, South Korea and Japan agree with each other; Russia, North Korea and China too; across, they disagree. */
function twoBlocs(): PositionsNetwork {
  const west = ['US', 'KR', 'JP'];
  const east = ['RU', 'KP', 'CN'];
  const edges: NetworkEdge[] = [];
  for (const bloc of [west, east]) {
    for (let i = 0; i < bloc.length; i++) for (let j = i + 1; j < bloc.length; j++) edges.push(edge(bloc[i]!, bloc[j]!, 3, 0));
  }
  for (const a of west) for (const b of east) edges.push(edge(a, b, 0, 2));
  const nodes = [...west, ...east].map((id, i) => ({ id, label: id, nation: id, statements: 5 + i }));
  return { kind: 'nations', nodes, edges };
}

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('network layout', () => {
  it('gathers those who agree and holds apart those who disagree, inside the picture', () => {
    const network = twoBlocs();
    const placed = layoutNetwork(network, 560, 560, 90);
    expect([...placed.keys()].sort()).toEqual(['CN', 'JP', 'KP', 'KR', 'RU', 'US']);
    for (const node of placed.values()) {
      expect(node.x).toBeGreaterThanOrEqual(90 - 1e-6);
      expect(node.x).toBeLessThanOrEqual(470 + 1e-6);
      expect(node.y).toBeGreaterThanOrEqual(90 - 1e-6);
      expect(node.y).toBeLessThanOrEqual(470 + 1e-6);
    }
    const within: number[] = [];
    const across: number[] = [];
    for (const e of network.edges) (e.agree > 0 ? within : across).push(distance(placed.get(e.source)!, placed.get(e.target)!));
    // Every disagreeing pair sits further apart than any agreeing pair.
    expect(Math.min(...across)).toBeGreaterThan(Math.max(...within));
  });

  it('lands the same network the same way every time', () => {
    const first = layoutNetwork(twoBlocs(), 560, 560, 90);
    const second = layoutNetwork(twoBlocs(), 560, 560, 90);
    expect([...second.entries()]).toEqual([...first.entries()]);
  });

  it('places a lone node in the middle and an empty network nowhere', () => {
    const lone = layoutNetwork({ kind: 'nations', nodes: [{ id: 'US', label: 'US', nation: 'US', statements: 1 }], edges: [] }, 400, 300, 50);
    expect(lone.get('US')).toMatchObject({ x: 200, y: 150 });
    expect(layoutNetwork({ kind: 'nations', nodes: [], edges: [] }, 400, 300, 50).size).toBe(0);
  });
});
