// Benchmarks measure what users run: the command line, core and workers built to JavaScript.
import { join } from 'node:path';
import { buildNode, NODE_OUT, nodeBuildIsStale } from '../scripts/build-node.mjs';

if (nodeBuildIsStale()) await buildNode({ quiet: true });

export function builtWorkerPath(): string {
  return join(NODE_OUT, 'prepare-worker.mjs');
}

export function builtBackupWorkerPath(): string {
  return join(NODE_OUT, 'backup-worker.mjs');
}

export const BUILT_CLI = join(NODE_OUT, '..', '..', 'bin', 'parley.mjs');
