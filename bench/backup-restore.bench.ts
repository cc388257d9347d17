// How long a restore holds the thread that asks for it (the desktop app's window thread) with a
// ~300 MB backup: checking the chosen file, finding the latest usable backup past a damaged newer one
// (two checks), and the restore itself (its own check, then the copy), on the calling thread as
// before and on the backup worker, runs interleaved. A timer due every 10 ms
// runs throughout; the worst gap between two of its turns is how long the thread was held at once.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { markRollbackJournal } from '../electron/core/backup/backup-copy';
import {
  backupFolder,
  checkBackup,
  checkBackupOffThread,
  latestUsableBackup,
  latestUsableBackupOffThread,
  restoreBackup,
  restoreBackupOffThread,
  type BackupCheckWorker,
} from '../electron/core/backup/backups';
import { openArchive } from '../electron/core/db/open';
import { damageFirstPageOf } from '../tests/support/damage-page';
import { builtBackupWorkerPath } from './built';
import { POLNEAR_DIR, report } from './measure';
import { readPolnearTexts } from './polnear-texts';
import { backupBenchArchive } from './support/backup-bench-archive';

const RUNS = 3;
const TIMER_EVERY_MS = 10;

const texts = readPolnearTexts('train');
if (texts === null) {
  console.log(`backup-restore: skipped: PolNeAR is not at ${fileURLToPath(POLNEAR_DIR)}`);
  process.exit(0);
}

const source = backupBenchArchive(texts);

const dir = mkdtempSync(join(tmpdir(), 'parley-bench-restore-'));
const archivePath = join(dir, 'archive.sqlite');
mkdirSync(backupFolder(archivePath));
// A backup as Parley makes one: a whole copy, marked for a rollback journal.
const backupPath = join(backupFolder(archivePath), `${basename(archivePath)}-20260101T000000000Z.sqlite`);
copyFileSync(source, backupPath);
markRollbackJournal(backupPath);
// A newer one damaged since on disk, which the search for the latest usable backup reads and passes over.
const damagedPath = join(backupFolder(archivePath), `${basename(archivePath)}-20260102T000000000Z.sqlite`);
copyFileSync(backupPath, damagedPath);
damageFirstPageOf(damagedPath, 'edit_history_undone');
const worker: BackupCheckWorker = { workerPath: builtBackupWorkerPath(), nativeBinding: null };

/** A small archive in the place a restore replaces; the one restored before, and the file it set aside, go. */
function freshArchive(): void {
  for (const name of readdirSync(dir)) {
    if (name.startsWith(basename(archivePath)) && name !== basename(backupFolder(archivePath))) rmSync(join(dir, name), { force: true });
  }
  openArchive(archivePath).close();
}

function expectBackup(found: string | undefined): void {
  if (found !== backupPath) throw new Error(`the latest usable backup found was ${found}, not ${backupPath}`);
}

interface Run {
  worstGapMs: number;
  wallMs: number;
}

/** Runs `work` while a timer ticks, and gives the worst gap between its turns and the wall time. */
async function heldWhile(work: () => Promise<unknown>): Promise<Run> {
  let last = performance.now();
  let worstGapMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worstGapMs = Math.max(worstGapMs, now - last);
    last = now;
  }, TIMER_EVERY_MS);
  // Two turns first, so the timer is running when the work starts.
  await new Promise((resolve) => setTimeout(resolve, 2 * TIMER_EVERY_MS));
  const started = performance.now();
  await work();
  const wallMs = performance.now() - started;
  // A turn after the work, so a gap that ends with it counts.
  await new Promise((resolve) => setTimeout(resolve, 2 * TIMER_EVERY_MS));
  clearInterval(timer);
  return { worstGapMs, wallMs };
}

const modes = {
  'check on-calling-thread': async () => checkBackup(backupPath, null),
  'check on-worker': () => checkBackupOffThread(backupPath, worker),
  'latest-usable on-calling-thread': async () => expectBackup(latestUsableBackup(archivePath)?.path),
  'latest-usable on-worker': async () => expectBackup((await latestUsableBackupOffThread(archivePath, worker))?.path),
  'restore on-calling-thread': async () => restoreBackup(archivePath, backupPath),
  'restore on-worker': () => restoreBackupOffThread(archivePath, backupPath, worker),
} as const;
type Mode = keyof typeof modes;
const runs = Object.fromEntries(Object.keys(modes).map((mode) => [mode, [] as Run[]])) as Record<Mode, Run[]>;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;
const loadBefore = loadavg()[0]!;
try {
  // One untimed check first, so every run reads the backup from a warm page cache.
  checkBackup(backupPath, null);
  for (let run = 0; run < RUNS; run++) {
    for (const mode of Object.keys(modes) as Mode[]) {
      freshArchive();
      runs[mode].push(await heldWhile(modes[mode]));
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const loadAfter = loadavg()[0]!;
for (const [mode, results] of Object.entries(runs)) {
  report(`backup-restore ${mode}`, {
    backup_mib: Math.round(statSync(source).size / 1024 / 1024),
    runs: results.length,
    worst_gap_ms: results.map((r) => r.worstGapMs.toFixed(0)).join('/'),
    wall_s_median: (median(results.map((r) => r.wallMs)) / 1000).toFixed(2),
  });
}
report('backup-restore load', { load_1min_before: loadBefore.toFixed(2), load_1min_after: loadAfter.toFixed(2) });
