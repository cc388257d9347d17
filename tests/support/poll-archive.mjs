// A reader on its own thread and connection: polls the library's first page until told to stop, then
// reports how many polls it made and the longest any of them waited.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3';

/**
 * Milliseconds this thread has spent ready to run while the machine ran other work (Linux; 0 where
 * unknown). On a busy machine that time is the machine's, not a wait on the archive: a poll's wait
 * is its wall time less it.
 */
function queuedMs() {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[1]) / 1e6;
  } catch {
    return 0;
  }
}

const { archivePath, pollMs, total } = workerData;
const db = new BetterSqlite3(archivePath, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');
const page = db.prepare('SELECT id, title FROM articles ORDER BY id DESC LIMIT 50');
const count = db.prepare('SELECT count(*) FROM articles').pluck();
let polls = 0;
let longestMs = 0;
let longestWallMs = 0;
let sawGrowth = false;
const timer = setInterval(() => {
  const queuedBefore = queuedMs();
  const started = performance.now();
  page.all();
  const n = count.get();
  const wallMs = performance.now() - started;
  longestWallMs = Math.max(longestWallMs, wallMs);
  longestMs = Math.max(longestMs, wallMs - (queuedMs() - queuedBefore));
  polls++;
  if (n > 0 && n < total) sawGrowth = true;
}, pollMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.postMessage({ polls, longestMs, longestWallMs, sawGrowth });
});
