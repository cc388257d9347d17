// Vitest's global setup: the tests that start `parley` run the command line built to JavaScript, built
// once here (and only when a source changed) rather than by each test's process at once.
import { buildNode, nodeBuildIsStale } from '../../scripts/build-node.mjs';

export default async function setup(): Promise<void> {
  if (nodeBuildIsStale()) await buildNode({ quiet: true });
}
