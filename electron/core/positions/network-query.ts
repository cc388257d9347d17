import type { Database } from 'better-sqlite3';
import { nationName } from '../../../shared/nations';
import type { NetworkEdge, NetworkNode, NetworkNodeKind, PositionFilters, PositionsNetwork } from '../../../shared/domain/positions';
import { factConditions } from './position-filters';
import { stanceKey } from './position-quotes';
import { topicCounts } from './matrix-query';
import { topicPaths } from './topic-paths';

/** Stances that take a side; neutral, ambiguous and unset ones link no one. */
const SIDED = new Set(['supports', 'opposes', 'concerned']);

interface NodeTopicStance {
  node: string;
  topicId: number;
  stance: string;
  n: number;
}

/** A node's stance on a topic: the sided stance it states most; a tie between sides reads as no clear side. */
function dominantStances(rows: readonly NodeTopicStance[]): Map<string, Map<number, string>> {
  const tallies = new Map<string, Map<number, Map<string, number>>>();
  for (const row of rows) {
    const stance = stanceKey(row.stance);
    if (!SIDED.has(stance)) continue;
    const byTopic = tallies.get(row.node) ?? new Map<number, Map<string, number>>();
    tallies.set(row.node, byTopic);
    const counts = byTopic.get(row.topicId) ?? new Map<string, number>();
    byTopic.set(row.topicId, counts);
    counts.set(stance, (counts.get(stance) ?? 0) + row.n);
  }
  const result = new Map<string, Map<number, string>>();
  for (const [node, byTopic] of tallies) {
    const chosen = new Map<number, string>();
    for (const [topicId, counts] of byTopic) {
      const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
      if (ranked.length === 1 || ranked[0]![1] > ranked[1]![1]) chosen.set(topicId, ranked[0]![0]);
    }
    result.set(node, chosen);
  }
  return result;
}

/** Same side: agree. Support against opposition or concern: disagree. Opposed and concerned are near enough to agree. */
function relation(a: string, b: string): 'agree' | 'disagree' {
  if (a === b) return 'agree';
  return a === 'supports' || b === 'supports' ? 'disagree' : 'agree';
}

/** Builds the congruence and conflict edges of a discourse network from each node's stance per topic. */
export function networkEdges(stances: Map<string, Map<number, string>>, topicName: (id: number) => string): NetworkEdge[] {
  const nodes = [...stances.keys()].sort();
  const edges: NetworkEdge[] = [];
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const a = stances.get(nodes[i]!)!;
      const b = stances.get(nodes[j]!)!;
      const edge: NetworkEdge = { source: nodes[i]!, target: nodes[j]!, agree: 0, disagree: 0, agreeTopics: [], disagreeTopics: [] };
      for (const [topicId, stanceA] of a) {
        const stanceB = b.get(topicId);
        if (!stanceB) continue;
        if (relation(stanceA, stanceB) === 'agree') {
          edge.agree++;
          edge.agreeTopics.push(topicName(topicId));
        } else {
          edge.disagree++;
          edge.disagreeTopics.push(topicName(topicId));
        }
      }
      if (edge.agree + edge.disagree > 0) edges.push(edge);
    }
  }
  return edges;
}

export function createNetworkQuery(db: Database) {
  function nationRows(filters: PositionFilters): { rows: NodeTopicStance[]; nodes: NetworkNode[] } {
    const rows = topicCounts(db, filters).map((r) => ({ node: r.nation, topicId: r.columnId, stance: r.stance, n: r.n }));
    const totals = new Map<string, number>();
    for (const r of rows) if (r.node !== '') totals.set(r.node, (totals.get(r.node) ?? 0) + r.n);
    const nodes = [...totals.entries()].map(([code, n]) => ({ id: code, label: nationName(code), nation: code, statements: n }));
    return { rows: rows.filter((r) => r.node !== ''), nodes };
  }

  function actorRows(filters: PositionFilters): { rows: NodeTopicStance[]; nodes: NetworkNode[] } {
    const where = factConditions(filters);
    const rows = db
      .prepare<unknown[], NodeTopicStance>(
        `SELECT CAST(f.actor_id AS TEXT) AS node, f.topic_id AS topicId, f.stance, count(*) AS n FROM position_facts f
         WHERE f.actor_id IS NOT NULL AND ${where.sql} GROUP BY f.actor_id, f.topic_id, f.stance`,
      )
      .all(...where.params);
    const totals = new Map<string, number>();
    for (const r of rows) totals.set(r.node, (totals.get(r.node) ?? 0) + r.n);
    const actor = db.prepare<[number], { name: string; nation: string | null }>('SELECT name, nation FROM actors WHERE id = ?');
    const nodes = [...totals.entries()].map(([id, n]) => {
      const found = actor.get(Number(id));
      return { id, label: found?.name ?? `Actor ${id}`, nation: found?.nation ?? '', statements: n };
    });
    return { rows, nodes };
  }

  return (filters: PositionFilters, kind: NetworkNodeKind): PositionsNetwork => {
    const { rows, nodes } = kind === 'nations' ? nationRows(filters) : actorRows(filters);
    const names = new Map(topicPaths(db).map((t) => [t.id, t.path]));
    const edges = networkEdges(dominantStances(rows), (id) => names.get(id) ?? `Topic ${id}`);
    nodes.sort((a, b) => b.statements - a.statements || a.label.localeCompare(b.label));
    return { kind, nodes, edges };
  };
}
