#!/usr/bin/env node
// Runs the TypeScript CLI straight from the sources, so `npx parley` works right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../electron/cli/main.ts');
process.exitCode = await main(process.argv);
