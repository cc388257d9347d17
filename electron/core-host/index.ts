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

// The import worker is built beside this file; without it, imports are prepared on this thread.
const bundledImportWorker = fileURLToPath(new URL('./import-worker.js', import.meta.url));
const importWorkerPath = existsSync(bundledImportWorker) ? bundledImportWorker : null;

serveCore(
  {
    onMessage: (listener) => parentPort.on('message', (messageEvent) => listener(messageEvent.data)),
    postMessage: (message) => parentPort.postMessage(message),
  },
  (options) => createCore({ ...options, importWorkerPath }),
  (code) => process.exit(code),
);
