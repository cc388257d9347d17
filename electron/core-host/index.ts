import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createCore } from '../core';
import { serveCore } from './serve-core';

/**
 * Entry of the utility process that owns the archive, so database work never runs on
 * the main (UI) thread. It does not import `electron`: Electron hands it `process.parentPort`.
 */
interface ParentPortLike {
  on(event: 'message', listener: (messageEvent: { data: unknown }) => void): unknown;
  postMessage(message: unknown): void;
}

const { parentPort } = process as unknown as { parentPort?: ParentPortLike };

if (!parentPort) {
  console.error('The Parley core host runs only as an Electron utility process.');
  process.exit(1);
}

// The workers are built beside this file; without one, its work runs on this thread.
const bundled = (name: string): string | null => {
  const path = fileURLToPath(new URL(`./${name}.js`, import.meta.url));
  return existsSync(path) ? path : null;
};
const importWorkerPath = bundled('import-worker');
const backupWorkerPath = bundled('backup-worker');

serveCore(
  {
    onMessage: (listener) => parentPort.on('message', (messageEvent) => listener(messageEvent.data)),
    postMessage: (message) => parentPort.postMessage(message),
  },
  (options) => createCore({ ...options, importWorkerPath, backupWorkerPath }),
  (code) => process.exit(code),
);
