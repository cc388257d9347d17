// A worker thread for the extraction bench: settles the JIT on its warm-up texts, says so, then on `go`
// extracts statements from the timed texts and reports its own thread's CPU time and wall time.
import { parentPort, workerData } from 'node:worker_threads';
import { extractStatements } from '../../shared/extraction/index';
import { callingThreadCpuMs } from '../measure';

export interface ExtractionThreadData {
  warmTexts: string[];
  texts: string[];
}

export interface ExtractionThreadTiming {
  cpuMs: number | null;
  wallMs: number;
}

if (!parentPort) throw new Error('extraction-thread must run as a worker thread');
const port = parentPort;
const { warmTexts, texts } = workerData as ExtractionThreadData;

for (const t of warmTexts) extractStatements(t);
port.postMessage('ready');
port.once('message', () => {
  const cpuBefore = callingThreadCpuMs();
  const started = performance.now();
  for (const t of texts) extractStatements(t);
  const wallMs = performance.now() - started;
  const cpuAfter = callingThreadCpuMs();
  const timing: ExtractionThreadTiming = { cpuMs: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore, wallMs };
  port.postMessage(timing);
});
