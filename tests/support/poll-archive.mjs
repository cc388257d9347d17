// A reader on its own thread and connection: polls the library's first page until told to stop, then
// reports how many polls it made and the longest any of them took.
import { parentPort, workerData } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3';

const { archivePath, pollMs, total } = workerData;
const db = new BetterSqlite3(archivePath, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');
const page = db.prepare('SELECT id, title FROM articles ORDER BY id DESC LIMIT 50');
const count = db.prepare('SELECT count(*) FROM articles').pluck();
let polls = 0;
let longestMs = 0;
let sawGrowth = false;
const timer = setInterval(() => {
  const started = performance.now();
  page.all();
  const n = count.get();
  longestMs = Math.max(longestMs, performance.now() - started);
  polls++;
  if (n > 0 && n < total) sawGrowth = true;
}, pollMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.postMessage({ polls, longestMs, sawGrowth });
});
