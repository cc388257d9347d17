// A worker thread that prepares import tasks (parse, extract, fingerprint) for the core.
import { parentPort } from 'node:worker_threads';
import { prepareTask, type PrepareTask } from './prepare';

export interface PrepareRequest {
  id: number;
  task: PrepareTask;
}

if (!parentPort) throw new Error('prepare-worker must run as a worker thread');
const port = parentPort;

port.on('message', (request: PrepareRequest) => {
  prepareTask(request.task).then(
    (results) => port.postMessage({ id: request.id, results }),
    (error: unknown) => port.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
