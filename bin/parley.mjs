#!/usr/bin/env node
// Runs the command line built to JavaScript (out/node); builds it first when it is missing or older
// than its sources, so `npx parley` works in a checkout right after `npm ci` and after every edit.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');
const built = join(root, 'out', 'node', 'cli.mjs');
const builder = join(root, 'scripts', 'build-node.mjs');

if (existsSync(builder)) {
  const { buildNode, nodeBuildIsStale } = await import(pathToFileURL(builder).href);
  if (nodeBuildIsStale()) await buildNode({ quiet: true });
}
// "parley extract *.txt | head": a reader that stops early ends the output quietly, as it does for
// any command-line tool, instead of in an unhandled EPIPE error.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});
const { main } = await import(pathToFileURL(built).href);
process.exitCode = await main(process.argv);
