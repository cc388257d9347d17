// Starts the TypeScript extraction-bench thread from the sources (workers do not inherit tsx's loader).
import { register } from 'tsx/esm/api';

register();
await import('./extraction-thread.ts');
