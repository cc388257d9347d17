import { buildRendererIfStale } from './build-renderer';

import { buildNode, nodeBuildIsStale } from '../../../scripts/build-node.mjs';

export default async function globalSetup(): Promise<void> {
  // `parley serve` runs the command line built to JavaScript; built once here, not by the first server.
  if (nodeBuildIsStale()) await buildNode({ quiet: true });
  if (await buildRendererIfStale()) console.log('Built the renderer into out/renderer.');
}
