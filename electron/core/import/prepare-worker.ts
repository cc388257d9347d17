// A worker thread that prepares import tasks (parse, extract, fingerprint) for the core.
import { parentPort } from 'node:worker_threads';
import { prepareTask, type PrepareTask } from './prepare';

export interface PrepareRequest {
  id: number;
  task: PrepareTask;
}

if (!parentPort) throw new Error('prepare-worker must run as a worker thread');
const port = parentPort;

/** Each chunk is posted as soon as it is ready, then `done`; a failure ends the task with `error`. */
port.on('message', (request: PrepareRequest) => {
  void (async () => {
    try {
      for await (const result of prepareTask(request.task)) port.postMessage({ id: request.id, result });
      port.postMessage({ id: request.id, done: true });
    } catch (error) {
      port.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
    }
  })();
});
