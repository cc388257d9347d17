// Starts the TypeScript worker from the sources (CLI, tests, browser mode); the desktop build bundles it instead.
import { register } from 'tsx/esm/api';

register();
await import('./prepare-worker.ts');
