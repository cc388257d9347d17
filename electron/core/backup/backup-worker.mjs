// Starts the TypeScript worker from the sources (CLI, tests, browser mode); the builds bundle it instead.
import { register } from 'tsx/esm/api';

register();
await import('./backup-worker.ts');
