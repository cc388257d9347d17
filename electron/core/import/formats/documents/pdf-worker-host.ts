import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';

/**
 * pdf.js's parsing half runs on a thread of its own. pdf.js leaves some look-ahead promises unobserved
 * when a damaged file makes them fail, which Node treats as a fatal unhandled rejection; on its own
 * thread those are dropped without touching the import. The thread also lets a parse that loops be
 * stopped from outside, and caps the memory a hostile PDF can take.
 */

/** The thread's code, run from a string so no separate file has to be found or bundled. */
const THREAD_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
// Only pdf.js runs here; its unobserved failures are already reported through the parse that caused them.
process.on('unhandledRejection', () => {});
import(workerData.pdfWorkerUrl).then(({ WorkerMessageHandler }) => {
  parentPort.once('message', ({ port }) => WorkerMessageHandler.initializeFromPort(port));
  parentPort.postMessage('loaded');
});
`;

/** Memory the thread may use; a PDF that needs more is refused rather than starving the app. */
const THREAD_HEAP_MB = 1024;

export interface PdfThread {
  /** A port to hand pdf.js as its worker (`PDFWorker.create({ port })`). */
  port: MessagePort;
  /** Settles (rejects) when the thread dies: a crash, the memory cap, or {@link stopPdfThread}. */
  died: Promise<never>;
  worker: Worker;
}

let current: Promise<PdfThread> | null = null;

/**
 * Lets the process end while the thread idles. Call after pdf.js has started listening on the port,
 * since listening holds the process open again.
 */
export function letPdfThreadIdle(thread: PdfThread): void {
  thread.port.unref();
  thread.worker.unref();
}

export function pdfThread(): Promise<PdfThread> {
  current ??= startThread().catch((error: unknown) => {
    current = null;
    throw error;
  });
  return current;
}

/** Stops the thread (a parse overran its time bound); the next parse starts a fresh one. */
export async function stopPdfThread(thread: PdfThread): Promise<void> {
  if (current && (await current.catch(() => null)) === thread) current = null;
  await thread.worker.terminate();
}

async function startThread(): Promise<PdfThread> {
  const pdfWorkerUrl = pathToFileURL(createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')).href;
  const worker = new Worker(THREAD_SOURCE, {
    eval: true,
    workerData: { pdfWorkerUrl },
    resourceLimits: { maxOldGenerationSizeMb: THREAD_HEAP_MB },
    stdout: false,
    stderr: false,
  });
  // The thread must not keep a finished CLI run or test alive; a parse in flight holds its own timer.
  worker.unref();
  const died = new Promise<never>((_, reject) => {
    worker.once('error', (error) => reject(error));
    worker.once('exit', (code) => reject(new Error(`the PDF reader stopped (exit code ${code})`)));
  });
  died.catch(() => {
    if (current) void current.then((t) => (t.worker === worker ? (current = null) : null), () => null);
  });
  await Promise.race([new Promise<void>((resolve) => worker.once('message', () => resolve())), died]);
  const { port1, port2 } = new MessageChannel();
  worker.postMessage({ port: port2 }, [port2]);
  return { port: port1, died, worker };
}
